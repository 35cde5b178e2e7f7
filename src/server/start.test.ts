/** The API on a real socket: it binds loopback by default, answers, and shrugs off clients that vanish mid-upload. */
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { SlantError } from '../core/errors.js';
import { DEFAULT_HOST, DEFAULT_PORT, isLoopback, startServer, type RunningServer } from './start.js';

const running: RunningServer[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) await server.close();
});

async function start(options: Partial<Parameters<typeof startServer>[0]> = {}): Promise<RunningServer> {
  const server = await startServer({ db: ':memory:', port: 0, workers: 0, webDir: false, analyze: { skip: ['techniques'] }, ...options });
  running.push(server);
  return server;
}

/** Sends the start of a request announcing `length` bytes, then destroys the socket without finishing. */
function abandonUpload(url: string, path: string, length: number, contentType: string, sent: string): Promise<void> {
  return new Promise((resolve) => {
    const req = request(`${url}${path}`, { method: 'POST', headers: { 'Content-Type': contentType, 'Content-Length': String(length) } });
    req.on('error', () => resolve());
    req.on('close', () => resolve());
    req.write(sent, () => setTimeout(() => req.destroy(), 50));
  });
}

describe('startServer', () => {
  it('listens on 127.0.0.1 by default (8484 unless told otherwise) and answers', async () => {
    expect([DEFAULT_HOST, DEFAULT_PORT]).toEqual(['127.0.0.1', 8484]);
    const server = await start();
    expect(server.host).toBe('127.0.0.1');
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
    const res = await fetch(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', documents: 0, workers: 0 });
    // Bound to loopback, it answers only to loopback names (a rebound domain gets 403).
    const rebound = await new Promise<number>((resolve, reject) => {
      request(`${server.url}/api/health`, { headers: { Host: `rebound.example:${server.port}` } }, (r) => {
        r.resume();
        resolve(r.statusCode ?? 0);
      })
        .on('error', reject)
        .end();
    });
    expect(rebound).toBe(403);
  });

  it('keeps serving when clients disconnect mid-upload, logging no failure', async () => {
    const logged: string[] = [];
    const server = await start({ log: (line) => logged.push(line) });
    const boundary = 'slantboundary';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nThe harbour at Velmora`;
    await Promise.all([
      abandonUpload(server.url, '/api/documents', 1_000_000, `multipart/form-data; boundary=${boundary}`, head),
      abandonUpload(server.url, '/api/analyze', 500_000, 'application/json', '{"text": "The ferry to Ostrel'),
      abandonUpload(server.url, '/api/analyze', 500_000, 'text/plain', 'The ferry to Ostrel'),
    ]);
    const res = await fetch(`${server.url}/api/analyze`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'The so-called experts were wrong.', store: true }),
    });
    expect(res.status).toBe(200);
    const health = (await (await fetch(`${server.url}/api/health`)).json()) as { documents: number };
    expect(health.documents).toBe(1);
    expect(logged).toEqual([]);
  });

  it('analyzes on worker threads when asked', async () => {
    const server = await start({ workers: 1 });
    expect(server.workers).toBe(1);
    const body = (await (
      await fetch(`${server.url}/api/analyze`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'The so-called experts were wrong.' })
    ).json()) as { findings: Array<{ rule: string }> };
    expect(body.findings.map((f) => f.rule)).toContain('scare-quotes/so-called');
  });

  it('says what to do when the port is taken', async () => {
    const first = await start();
    const error = await startServer({ db: ':memory:', port: first.port, workers: 0, webDir: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SlantError);
    expect((error as SlantError).message).toMatch(new RegExp(`port ${first.port} is in use.*--port`));
  });

  it('refuses bad ports and worker counts before opening anything', async () => {
    await expect(startServer({ db: ':memory:', port: 70000 })).rejects.toMatchObject({ code: 'SLANT_USAGE' });
    await expect(startServer({ db: ':memory:', port: 0, workers: -1 })).rejects.toMatchObject({ code: 'SLANT_USAGE' });
  });
});

describe('isLoopback', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['localhost', true],
    ['::1', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.20', false],
  ])('%s → %s', (host, expected) => {
    expect(isLoopback(host)).toBe(expected);
  });
});
