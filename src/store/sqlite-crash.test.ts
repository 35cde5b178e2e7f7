/** A writer process killed mid-batch leaves a consistent SQLite store that a re-run completes. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { SlantDocument } from '../core/document.js';
import { openSqliteStore } from './index.js';

/** Documents to write: the child and this test import the same generator, so both agree on every byte. */
const GENERATOR = `
const mix = (value) => {
  let v = value >>> 0;
  v = Math.imul(v ^ (v >>> 16), 0x45d9f3b);
  v = Math.imul(v ^ (v >>> 16), 0x45d9f3b);
  return (v ^ (v >>> 16)) >>> 0;
};
const hex = (value) => value.toString(16).padStart(8, '0');
export function crashDocument(i) {
  const text = 'Crash document ' + i + ' carries crashmark' + i + '. ' +
    'Ceasefire talks went on while both sides traded accusations over the pipeline. '.repeat(15 + (i % 17));
  return {
    id: 'c' + i.toString(16).padStart(15, '0'),
    text,
    title: 'Crash ' + i,
    language: 'eng',
    source: 'crash#' + i,
    simhash: hex(mix(i * 7 + 3)) + hex(mix(i * 13 + 5)),
    tags: ['t' + (i % 5)],
  };
}
`;

const TOTAL = 5000;
const KILL_AFTER = 300;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Starts the writer, SIGKILLs it once it reports `KILL_AFTER` documents; resolves with the last count it reported. */
function runAndKill(script: string, file: string): Promise<{ reported: number; finished: boolean; signal: NodeJS.Signals | null }> {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', tsx, script, file, String(TOTAL)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let reported = 0;
    let finished = false;
    let stderr = '';
    let buffered = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'done') finished = true;
        else reported = Number(line);
      }
      if (reported >= KILL_AFTER && child.exitCode === null) child.kill('SIGKILL');
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code !== null && code !== 0) reject(new Error(`writer exited with ${code}: ${stderr}`));
      else resolve({ reported, finished, signal });
    });
  });
}

describe('SQLite store after a writer is killed', () => {
  it('keeps every committed document whole and lets a re-run finish without duplicates', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'slant-crash-'));
    dirs.push(dir);
    const file = join(dir, 'store.db');
    writeFileSync(join(dir, 'generator.mjs'), GENERATOR);
    const storeModule = pathToFileURL(fileURLToPath(new URL('./index.ts', import.meta.url))).href;
    const script = join(dir, 'writer.mts');
    writeFileSync(
      script,
      [
        `import { openSqliteStore } from ${JSON.stringify(storeModule)};`,
        `import { crashDocument } from './generator.mjs';`,
        'const store = openSqliteStore(process.argv[2]);',
        'const total = Number(process.argv[3]);',
        'for (let i = 0; i < total; i += 1) {',
        '  await store.addDocument(crashDocument(i));',
        "  if ((i + 1) % 25 === 0) process.stdout.write(`${i + 1}\\n`);",
        '}',
        "process.stdout.write('done\\n');",
      ].join('\n'),
    );
    const { crashDocument } = (await import(pathToFileURL(join(dir, 'generator.mjs')).href)) as { crashDocument: (i: number) => SlantDocument };

    const run = await runAndKill(script, file);
    expect(run.finished).toBe(false);
    expect(run.signal).toBe('SIGKILL');

    const store = openSqliteStore(file);
    expect(store.integrityCheck()).toEqual([]);
    const stored = await store.countDocuments();
    expect(stored).toBeGreaterThanOrEqual(run.reported);
    expect(stored).toBeLessThan(TOTAL);
    let index = 0;
    for await (const doc of store.iterateDocuments()) {
      // Documents are committed in order, so the survivors are exactly the first `stored` ones.
      const expected = crashDocument(index);
      expect(doc).toStrictEqual({ ...expected, addedAt: expect.any(String) });
      expect(doc.text.length).toBe(expected.text.length);
      expect((await store.search(`crashmark${index}`)).map((hit) => hit.id)).toEqual([expected.id]);
      index += 1;
    }
    expect(index).toBe(stored);

    let duplicates = 0;
    let nearDuplicates = 0;
    for (let i = 0; i < TOTAL; i += 1) {
      const outcome = await store.addDocument(crashDocument(i));
      if (outcome.status === 'duplicate') duplicates += 1;
      else if (outcome.nearDuplicateOf !== undefined) nearDuplicates += 1;
    }
    expect(duplicates).toBe(stored);
    expect(nearDuplicates).toBe(0);
    expect(await store.countDocuments()).toBe(TOTAL);
    expect((await store.facet('tag')).reduce((sum, row) => sum + row.count, 0)).toBe(TOTAL);
    expect(store.integrityCheck()).toEqual([]);
    await store.close();
  });
});
