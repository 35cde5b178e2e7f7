/** `slant serve`: prints where it listens, warns when exposed without a token, stops cleanly. */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/index.js';
import type { Io } from '../io.js';
import { run } from '../program.js';
import { serveCommand } from './serve.js';

function captureIo(env: NodeJS.ProcessEnv = {}): Io & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    stdoutTTY: false,
    stderrTTY: false,
    stdin: Readable.from(['']),
    cwd: process.cwd(),
    env,
    stdout: () => out,
    stderr: () => err,
  };
}

/** Runs the command until it listens, hands the server to `use`, then stops it and returns the exit code. */
async function serveWhile(io: Io, options: Parameters<typeof serveCommand>[1], use: (server: RunningServer) => Promise<void>): Promise<number> {
  const stop = new AbortController();
  let listening: (server: RunningServer) => void = () => undefined;
  const ready = new Promise<RunningServer>((resolve) => (listening = resolve));
  const done = serveCommand({ io, dbPath: ':memory:' }, { workers: 0, port: 0, ...options, stop: stop.signal, onListening: listening });
  const server = await Promise.race([ready, done.then(() => Promise.reject(new Error('serve ended before listening')))]);
  try {
    await use(server);
  } finally {
    stop.abort();
  }
  return done;
}

describe('slant serve', () => {
  it('prints the URL on 127.0.0.1, serves, and stops with exit code 0', async () => {
    const io = captureIo();
    const code = await serveWhile(io, {}, async (server) => {
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    });
    expect(code).toBe(0);
    expect(io.stdout()).toMatch(/^slant API listening on http:\/\/127\.0\.0\.1:\d+ \(analyzing on the server thread; database :memory:\)\n/);
    expect(io.stdout()).toMatch(/openapi\.json/);
    expect(io.stderr()).not.toMatch(/warning/);
  });

  it('takes the token from SLANT_TOKEN', async () => {
    const io = captureIo({ SLANT_TOKEN: 'from-env' });
    await serveWhile(io, {}, async (server) => {
      expect((await fetch(`${server.url}/api/health`)).status).toBe(401);
      expect((await fetch(`${server.url}/api/health`, { headers: { Authorization: 'Bearer from-env' } })).status).toBe(200);
    });
    expect(io.stdout()).toMatch(/Authorization: Bearer/);
  });

  it('warns when bound beyond loopback without a token, not with one', async () => {
    const open = captureIo();
    await serveWhile(open, { host: '0.0.0.0' }, async () => undefined);
    expect(open.stderr()).toMatch(/warning: listening on 0\.0\.0\.0 without a token/);
    const guarded = captureIo();
    await serveWhile(guarded, { host: '0.0.0.0', token: 't0ken' }, async () => undefined);
    expect(guarded.stderr()).not.toMatch(/warning/);
  });

  it('is registered with its options, refusing bad values as usage errors', async () => {
    const help = captureIo();
    expect(await run(['serve', '--help'], help)).toBe(0);
    for (const flag of ['--port', '--host', '--token', '--workers', '--max-body', '--max-upload']) expect(help.stdout()).toContain(flag);
    expect(await run(['serve', '--port', '99999'], captureIo())).toBe(2);
    expect(await run(['serve', '--workers', 'two'], captureIo())).toBe(2);
  });
});
