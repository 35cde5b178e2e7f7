/** A `slant add` killed at a random moment leaves no half-stored document; running it again finishes the job. */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/index.js';

const ROOT = resolve(import.meta.dirname, '../..');
const FILES = 600;

function article(i: number): string {
  return `Report ${i}. The council met on day ${i} to discuss the road, the convoys and the ${i % 7} checkpoints.\n\nOfficials said talks would resume; number ${i * 7919} was cited.`;
}

/** Starts `slant add` in a child process; resolves with the child once it has printed `after` lines. */
function startAdd(db: string, dir: string, after: number): Promise<{ kill: () => Promise<void>; done: Promise<number> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), '--db', db, 'add', dir, '-q', '--format', 'jsonl'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const done = new Promise<number>((res) => child.on('exit', (code, signal) => res(code ?? (signal === null ? -1 : 128))));
  return new Promise((res, rej) => {
    let lines = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      lines += chunk.toString().split('\n').length - 1;
      if (lines >= after) res({ kill: async () => void (child.kill('SIGKILL'), await done), done });
    });
    child.on('exit', () => res({ kill: async () => undefined, done }));
    child.on('error', rej);
  });
}

const dir = mkdtempSync(join(tmpdir(), 'slant-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('slant add killed mid-batch', () => {
  it('keeps every stored document whole and finishes on a re-run without duplicates', async () => {
    const input = join(dir, 'in');
    mkdirSync(input);
    for (let i = 0; i < FILES; i += 1) writeFileSync(join(input, `a${String(i).padStart(4, '0')}.txt`), article(i));
    const db = join(dir, 'kill.db');

    const run = await startAdd(db, input, 120);
    await run.kill();

    const store = openSqliteStore(db);
    const stored = await store.countDocuments();
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(FILES);
    expect(store.integrityCheck()).toEqual([]);
    for (const doc of await store.listDocuments()) {
      const i = Number(/^Report (\d+)\./.exec(doc.text)?.[1]);
      expect(doc.text).toBe(article(i));
    }
    await store.close();

    const rerun = await startAdd(db, input, Number.MAX_SAFE_INTEGER);
    expect(await rerun.done).toBe(0);
    const after = openSqliteStore(db);
    expect(await after.countDocuments()).toBe(FILES);
    expect(after.integrityCheck()).toEqual([]);
    await after.close();
  }, 60_000);
});
