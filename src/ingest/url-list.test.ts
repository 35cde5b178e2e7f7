import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlantError } from '../core/errors.js';
import { readUrlList } from './url-list.js';

const fixtures = fileURLToPath(new URL('../../test/fixtures/ingest/', import.meta.url));
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'slant-urls-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function rejection(promise: Promise<unknown>): Promise<SlantError> {
  try {
    await promise;
  } catch (error) {
    return error as SlantError;
  }
  throw new Error('expected a rejection');
}

describe('readUrlList', () => {
  it('reads the fixture: comments, blank lines and trailing comments dropped, other schemes kept for ingest to refuse', async () => {
    expect(await readUrlList(join(fixtures, 'urls.txt'))).toEqual([
      'https://courier.example/opinion/dam-lifeline',
      'http://wire.example/2024/03/commission',
      'ftp://old.example/archive.txt',
    ]);
  });

  it('keeps # fragments that are part of a URL, and handles CRLF and a BOM', async () => {
    const path = join(dir, 'crlf.txt');
    await writeFile(path, '\uFEFFhttps://a.example/page#section\r\n  https://b.example/  \r\n');
    expect(await readUrlList(path)).toEqual(['https://a.example/page#section', 'https://b.example/']);
  });

  it('returns nothing for a list of comments', async () => {
    const path = join(dir, 'comments.txt');
    await writeFile(path, '# nothing yet\n\n');
    expect(await readUrlList(path)).toEqual([]);
  });

  it('refuses lines that are not URLs, naming them', async () => {
    const path = join(dir, 'bad.txt');
    await writeFile(path, 'https://ok.example/\nexample.com/no-scheme\n\nnotes about it\n');
    const error = await rejection(readUrlList(path));
    expect(error.code).toBe('SLANT_INPUT_MALFORMED');
    expect(error.source).toBe(path);
    expect(error.message).toBe("2 line(s) are not URLs (line 2: 'example.com/no-scheme'; line 4: 'notes about it'); each line must be an http(s) URL, blank, or a # comment");
  });

  it('refuses a missing file', async () => {
    expect((await rejection(readUrlList(join(dir, 'missing.txt')))).code).toBe('SLANT_INPUT_UNREADABLE');
  });
});
