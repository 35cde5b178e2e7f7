/** Specification of the DocumentFilter → SQL translation and of page checking. */
import { describe, expect, it } from 'vitest';
import { SlantError } from '../core/errors.js';
import { filterSql, pageOf } from './filter-sql.js';
import type { DocumentFilter } from './store.js';

describe('filterSql', () => {
  it.each<[DocumentFilter | undefined, string, string[]]>([
    [undefined, '1', []],
    [{ limit: 5, offset: 2 }, '1', []],
    [{ side: 'a' }, 'd.side = ?', ['a']],
    [{ language: 'ukr', outlet: 'Daily' }, 'd.outlet = ? AND d.language = ?', ['Daily', 'ukr']],
    [{ tag: 'war' }, 'd.id IN (SELECT doc_id FROM document_tags WHERE tag = ?)', ['war']],
    [{ ids: ['x', 'y'] }, 'd.id IN (SELECT value FROM json_each(?))', ['["x","y"]']],
    [{ ids: [], side: 's' }, 'd.id IN (SELECT value FROM json_each(?)) AND d.side = ?', ['[]', 's']],
  ])('%o → %s %o', (filter, where, params) => {
    expect(filterSql(filter)).toEqual({ where, params });
  });

  it('keeps the SQL text the same whatever the values', () => {
    expect(filterSql({ side: 'a', ids: ['1'] }).where).toBe(filterSql({ side: 'b', ids: ['2', '3'] }).where);
  });

  it('refuses ids that are not strings', () => {
    expect(() => filterSql({ ids: [1] as unknown as string[] })).toThrow(SlantError);
  });
});

describe('pageOf', () => {
  it.each<[DocumentFilter, number | undefined, { limit: number; offset: number }]>([
    [{}, undefined, { limit: -1, offset: 0 }],
    [{}, 20, { limit: 20, offset: 0 }],
    [{ limit: 0, offset: 7 }, 20, { limit: 0, offset: 7 }],
  ])('%o (default %s) → %o', (filter, defaultLimit, expected) => {
    expect(pageOf(filter, defaultLimit)).toEqual(expected);
  });

  it.each([{ limit: -1 }, { offset: -3 }, { limit: 2.5 }, { offset: Number.POSITIVE_INFINITY }])('refuses %o with SLANT_USAGE', (filter) => {
    expect(() => pageOf(filter)).toThrow(expect.objectContaining({ code: 'SLANT_USAGE', message: expect.stringMatching(/whole number ≥ 0/) }));
  });
});
