/** The shared reading of YAML data files: parse errors, schema problems in words, directories with one id per file. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileDataDir, readDataFile, type DataFileError } from './data-file.js';

const Schema = z.strictObject({ id: z.string().min(1), weight: z.number().max(1) });

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('readDataFile', () => {
  it.each([
    ['valid data', 'id: a\nweight: 0.5\n', { id: 'a', weight: 0.5 }, []],
    ['broken YAML', 'id: [a\n', undefined, [/^not valid YAML: /]],
    ['a duplicate key', 'id: a\nid: b\nweight: 1\n', undefined, [/^not valid YAML: .*unique/i]],
    ['an unknown key and a missing field', 'id: a\ncolour: red\n', undefined, [/^unknown key "colour"$/, /^weight: missing required field$/]],
    ['a value out of range', 'id: a\nweight: 2\n', undefined, [/^weight: Too big/]],
  ])('%s', (_name, source, expected, messages) => {
    const errors: DataFileError[] = [];
    expect(readDataFile('f.yml', source, Schema, errors)).toEqual(expected);
    expect(errors.map((e) => e.file)).toEqual(messages.map(() => 'f.yml'));
    const sorted = errors.map((e) => e.message).sort();
    messages.forEach((m, i) => expect(sorted[i]).toMatch(m));
  });
});

describe('compileDataDir', () => {
  it('compiles YAML files in name order, refuses a second file with a taken id, sorts by id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'slant-data-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'b.yml'), 'id: zed\nweight: 1\n');
    writeFileSync(join(dir, 'a.yaml'), 'id: zed\nweight: 0.1\n');
    writeFileSync(join(dir, 'c.yml'), 'id: alpha\nweight: 0.2\n');
    writeFileSync(join(dir, 'notes.txt'), 'not read');
    const { items, errors } = compileDataDir(dir, 'thing', (file, source, errs) => readDataFile(file, source, Schema, errs));
    expect(items.map((i) => i.id)).toEqual(['alpha', 'zed']);
    expect(items.find((i) => i.id === 'zed')?.weight).toBe(0.1);
    expect(errors).toEqual([{ file: 'b.yml', message: 'thing id "zed" is already used by a.yaml' }]);
  });
});
