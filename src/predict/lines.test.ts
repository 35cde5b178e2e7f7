/** Specification of readLines: files, byte streams and line iterables, with BOMs and CRLF handled. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { readLines, type LineSource } from './lines.js';

const dir = mkdtempSync(join(tmpdir(), 'slant-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(source: LineSource): Promise<string[]> {
  const out: string[] = [];
  for await (const line of readLines(source)) out.push(line);
  return out;
}

describe('readLines', () => {
  it.each<[string, () => LineSource]>([
    ['a file', () => (writeFileSync(join(dir, 'a.jsonl'), '\uFEFFone\r\ntwo\n\nthree'), join(dir, 'a.jsonl'))],
    ['a byte stream in pieces', () => Readable.from([Buffer.from('\uFEFFo'), Buffer.from('ne\r\ntw'), Buffer.from('o\n\nthree')])],
    ['an iterable of lines', () => ['\uFEFFone\r', 'two', '', 'three']],
  ])('reads %s: BOM dropped, CRLF folded, blank lines kept', async (_name, source) => {
    expect(await collect(source())).toEqual(['one', 'two', '', 'three']);
  });

  it('refuses a missing file or a directory with SLANT_NOT_FOUND', async () => {
    await expect(collect(join(dir, 'missing.jsonl'))).rejects.toMatchObject({ code: 'SLANT_NOT_FOUND' });
    await expect(collect(dir)).rejects.toMatchObject({ code: 'SLANT_NOT_FOUND' });
  });
});
