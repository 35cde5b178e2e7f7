/** Specification of the fallback that makes any search text a valid FTS5 query. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { quoteFtsTerms } from './fts-query.js';

describe('quoteFtsTerms', () => {
  it.each([
    ['so-called', '"so-called"'],
    ['"unbalanced', '"""unbalanced"'],
    ['AND OR', '"AND" "OR"'],
    ['  two\twords\n', '"two" "words"'],
    ['a"b"c', '"a""b""c"'],
    ['NEAR(x y)', '"NEAR(x" "y)"'],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (query, expected) => {
    expect(quoteFtsTerms(query)).toBe(expected);
  });

  it.each(['so-called', '"unbalanced', 'AND OR', 'NOT', '(', 'a:b', '-x', '*', 'title:', '"""', 'NEAR(x y'])(
    'makes %j a query FTS5 accepts',
    (query) => {
      const db = new Database(':memory:');
      db.exec("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')");
      db.prepare('INSERT INTO t (body) VALUES (?)').run('the so-called (AND) deal');
      expect(() => db.prepare('SELECT rowid FROM t WHERE t MATCH ?').all(quoteFtsTerms(query))).not.toThrow();
    },
  );
});
