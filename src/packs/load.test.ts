/** Specification of pack loading: users' pack files (validated, with errors naming file and entry) beside the shipped packs. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SlantError } from '../core/errors.js';
import { loadPackFile, loadPacksWithUser, validatePackFile } from './load.js';
import { testPacks, userPack } from './test-helper.js';

const dir = mkdtempSync(join(tmpdir(), 'slant-packs-'));

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('loadPackFile', () => {
  it('loads a valid user pack, whatever the file is called', () => {
    expect(loadPackFile(write('mine.yaml', userPack('harbour'))).concepts[0]?.variants.map((v) => v.term)).toEqual(['Northport', 'Sudhaven']);
  });

  it('throws SLANT_DATA_INVALID naming the file, the entry and the reason for each problem', () => {
    const path = write('bad.yml', userPack('harbour', ', neutral: " "'));
    let error: unknown;
    try {
      loadPackFile(path);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SlantError);
    expect((error as SlantError).code).toBe('SLANT_DATA_INVALID');
    expect((error as SlantError).source).toBe(path);
    expect((error as SlantError).message).toBe(`invalid pack (1 problem):\n  ${path}: concept town variant "Sudhaven": neutral: neutral is empty`);
  });
});

describe('validatePackFile', () => {
  it('lists every problem, and names a missing file as one problem', () => {
    expect(validatePackFile(join(dir, 'none.yml'), 'none.yml')).toEqual({ pack: undefined, errors: [{ file: 'none.yml', message: 'cannot read the pack: no such file' }] });
    const { pack, errors } = validatePackFile(write('two.yml', userPack('harbour', ', context: nearby')), 'two.yml');
    expect(pack).toBeUndefined();
    expect(errors).toEqual([{ file: 'two.yml', entry: 'concept town variant "Sudhaven"', message: 'context: context must be one of territory, proper-noun, victim-people' }]);
  });
});

describe('loadPacksWithUser', () => {
  const shipped = testPacks();

  it('returns the shipped packs themselves when there are no files', () => {
    expect(loadPacksWithUser([], shipped)).toBe(shipped);
  });

  it('adds user packs after the shipped ones, and lets one replace a shipped pack of the same id', () => {
    const added = loadPacksWithUser([write('harbour.yml', userPack('harbour'))], shipped);
    expect(added.map((p) => p.id)).toEqual([...shipped.map((p) => p.id), 'harbour']);
    const replaced = loadPacksWithUser([write('karabakh.yml', userPack('karabakh'))], shipped);
    expect(replaced.map((p) => p.id)).toEqual([...shipped.map((p) => p.id).filter((id) => id !== 'karabakh'), 'karabakh']);
    expect(replaced.at(-1)?.title).toBe('Northland–Southland');
  });

  it('refuses two user files with the same id', () => {
    const a = write('a.yml', userPack('harbour'));
    const b = write('b.yml', userPack('harbour'));
    expect(() => loadPacksWithUser([a, b], shipped)).toThrow(/pack id "harbour" is also the id of .*a\.yml/);
  });
});
