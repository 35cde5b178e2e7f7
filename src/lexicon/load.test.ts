/** Specification of the lexicon loader: reads the compiled file, caches it, and fails with SLANT_DATA_INVALID. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SlantError } from '../core/errors.js';
import { testLexicons } from '../detectors/test-helper.js';
import { COMPILED_LEXICONS_URL, loadLexicons, requireLexicon } from './load.js';
import type { CompiledFile } from './schema.js';

const dir = mkdtempSync(join(tmpdir(), 'slant-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): URL {
  const path = join(dir, name);
  writeFileSync(path, text);
  return pathToFileURL(path);
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof SlantError ? `${error.code}: ${error.message}` : String(error);
  }
  return undefined;
}

describe('loadLexicons', () => {
  it('loads a compiled file and caches it by path', () => {
    const compiled: CompiledFile = { format: 1, lexicons: [...testLexicons()] };
    const url = file('ok.json', JSON.stringify(compiled));
    const first = loadLexicons(url);
    expect(first.map((l) => l.id)).toEqual(testLexicons().map((l) => l.id));
    expect(loadLexicons(url)).toBe(first);
  });

  it('fails with SLANT_DATA_INVALID and the fix when the file is missing', () => {
    expect(codeOf(() => loadLexicons(pathToFileURL(join(dir, 'missing.json'))))).toBe(
      'SLANT_DATA_INVALID: compiled lexicons not found; run `npm run build:data` to build them from data/lexicons',
    );
  });

  it('fails with SLANT_DATA_INVALID on malformed JSON or the wrong shape', () => {
    expect(codeOf(() => loadLexicons(file('bad.json', '{')))).toMatch(/^SLANT_DATA_INVALID: compiled lexicons are not valid JSON/);
    expect(codeOf(() => loadLexicons(file('shape.json', '{"format":1,"lexicons":[{"id":3}]}')))).toMatch(
      /^SLANT_DATA_INVALID: compiled lexicons have an unexpected shape at lexicons\.0\.id/,
    );
  });

  it.skipIf(!existsSync(COMPILED_LEXICONS_URL))('(needs npm run build:data) the built file equals a fresh compile of data/lexicons', () => {
    expect(loadLexicons()).toEqual(testLexicons());
  });
});

describe('requireLexicon', () => {
  it('finds a lexicon by id or names the ones there are', () => {
    expect(requireLexicon(testLexicons(), 'hedges').id).toBe('hedges');
    expect(codeOf(() => requireLexicon([], 'hedges'))).toBe('SLANT_DATA_INVALID: lexicon "hedges" is missing (have: none); run `npm run build:data`');
  });
});
