import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadCompiled } from './compiled.js';

const dir = mkdtempSync(join(tmpdir(), 'slant-compiled-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): URL => {
  writeFileSync(join(dir, name), text);
  return pathToFileURL(join(dir, name));
};
const Schema = z.object({ items: z.array(z.string()) });

describe('loadCompiled', () => {
  it('parses, validates and caches per path', () => {
    const url = file('ok.json', '{"items":["a"]}');
    const first = loadCompiled(url, Schema, 'compiled items', 'data/items');
    expect(first).toEqual({ items: ['a'] });
    writeFileSync(join(dir, 'ok.json'), '{"items":["changed"]}');
    expect(loadCompiled(url, Schema, 'compiled items', 'data/items')).toBe(first);
  });

  it('names the file and how to rebuild it when the file is missing, not JSON or of the wrong shape', () => {
    const fail = (url: URL): unknown => {
      try {
        loadCompiled(url, Schema, 'compiled items', 'data/items');
      } catch (error) {
        return error;
      }
      return undefined;
    };
    expect(fail(pathToFileURL(join(dir, 'none.json')))).toMatchObject({ code: 'SLANT_DATA_INVALID', message: 'compiled items not found; run `npm run build:data` to build them from data/items' });
    expect(fail(file('bad.json', '{'))).toMatchObject({ message: expect.stringMatching(/^compiled items are not valid JSON/) });
    expect(fail(file('shape.json', '{"items":[1]}'))).toMatchObject({ message: expect.stringMatching(/^compiled items have an unexpected shape at items\.0/), source: join(dir, 'shape.json') });
  });
});
