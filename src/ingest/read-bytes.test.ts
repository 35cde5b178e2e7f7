import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlantError } from '../core/errors.js';
import { DEFAULT_MAX_BYTES, formatBytes, readFileCapped, readStreamCapped } from './read-bytes.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'slant-read-bytes-'));
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

describe('readFileCapped', () => {
  it('reads a file within the limit', async () => {
    const path = join(dir, 'ok.txt');
    await writeFile(path, 'hello');
    expect(Buffer.from(await readFileCapped(path, 5)).toString()).toBe('hello');
  });

  it('refuses a file over the limit with its size and how to raise the limit', async () => {
    const path = join(dir, 'big.txt');
    await writeFile(path, 'x'.repeat(3000));
    const error = await rejection(readFileCapped(path, 2048));
    expect(error.code).toBe('SLANT_INPUT_TOO_LARGE');
    expect(error.source).toBe(path);
    expect(error.message).toBe('file is 2.9 KB, over the 2 KB limit; raise it with --max-bytes, or split the input');
  });

  it.each([
    ['a missing file', 'missing.txt', /no such file or directory/],
    ['a directory', '.', /is a directory/],
  ])('refuses %s as SLANT_INPUT_UNREADABLE', async (_name, name, message) => {
    const path = join(dir, name);
    const error = await rejection(readFileCapped(path, DEFAULT_MAX_BYTES));
    expect(error.code).toBe('SLANT_INPUT_UNREADABLE');
    expect(error.source).toBe(path);
    expect(error.message).toMatch(message);
  });

  it('reads a character device as a stream and stops at the limit', async () => {
    const error = await rejection(readFileCapped('/dev/zero', 1000));
    expect(error.code).toBe('SLANT_INPUT_TOO_LARGE');
    expect(error.message).toMatch(/more than 1000 bytes/);
  });
});

describe('readStreamCapped', () => {
  it('concatenates buffer and string chunks', async () => {
    const bytes = await readStreamCapped(Readable.from([Buffer.from('ab'), 'cd', Buffer.from('é')]), 100, '-');
    expect(Buffer.from(bytes).toString()).toBe('abcdé');
  });

  it('stops consuming as soon as the limit is passed', async () => {
    let pulled = 0;
    async function* endless(): AsyncGenerator<Buffer> {
      while (true) {
        pulled += 1;
        yield Buffer.alloc(100, 0x61);
      }
    }
    const error = await rejection(readStreamCapped(endless(), 250, '-'));
    expect(error.code).toBe('SLANT_INPUT_TOO_LARGE');
    expect(error.source).toBe('-');
    expect(error.message).toBe('input is more than 250 bytes, over the 250 bytes limit; raise it with --max-bytes, or split the input');
    expect(pulled).toBe(3);
  });

  it('reads an empty stream', async () => {
    expect(await readStreamCapped(Readable.from([]), 10, '-')).toHaveLength(0);
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1023, '1023 bytes'],
    [1024, '1 KB'],
    [1536, '1.5 KB'],
    [20 * 1024 * 1024, '20 MB'],
    [25.3 * 1024 * 1024, '25.3 MB'],
    [3 * 1024 ** 3, '3 GB'],
  ])('%i → %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });
});
