/** Specification of StreamCounts: the same counts as countTermStream into a Map, and the same pruning as lossy counting. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NASTY } from '../../test/fixtures/nasty.js';
import { parse } from '../nlp/parse.js';
import { TermCounts } from './counts.js';
import { StreamCounts } from './stream-counts.js';
import { countTermStream, termStream } from './terms.js';

/** Every (term, count) of a table, in the order its terms are listed. */
const entries = (c: { terms(): Iterable<string>; get(t: string): number }): Array<[string, number]> => [...c.terms()].map((t) => [t, c.get(t)]);

/** Adds one term (a stream of one unigram line). */
const one = (c: StreamCounts, term: string): void => void c.addStream(`1\n${term}`);

const examples = join(import.meta.dirname, '../../examples');
const texts = [NASTY, ...readdirSync(examples).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(examples, f), 'utf8'))];

describe('StreamCounts', () => {
  it.each([1, 2, 3, 4])('counts what countTermStream counts, terms in first-seen order, ngramMax %i', (ngramMax) => {
    const streams = texts.map((t) => termStream(parse(t)));
    const map = new TermCounts();
    const table = new StreamCounts();
    let added = 0;
    for (const s of streams) {
      countTermStream(s, map, { ngramMax });
      added += table.addStream(s, { ngramMax });
    }
    expect(entries(table)).toEqual(entries(map));
    expect(table.total).toBe(map.total);
    expect(added).toBe(map.total);
    expect(table.size).toBe(map.size);
    expect(table.get('not a term here')).toBe(0);
  });

  it('counts what countTermStream counts on random word soups', () => {
    const word = fc.constantFrom('the', 'of', 'Lachin', 'corridor', 'so', '-', 'called', 'Baku', '’s', "n't", ',', '.', 'blockade', '\n\n', 'and', 'Ünïcode', '😀');
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 30 }), { maxLength: 5 }), fc.integer({ min: 1, max: 4 }), (docs, ngramMax) => {
        const map = new TermCounts();
        const table = new StreamCounts();
        for (const words of docs) {
          const stream = termStream(parse(words.join(' ').replace(/ (’s|n't)/g, '$1').replace(/ - /g, '-')));
          countTermStream(stream, map, { ngramMax });
          table.addStream(stream, { ngramMax });
        }
        expect(entries(table)).toEqual(entries(map));
      }),
    );
  });

  it('grows past its first capacity without losing a count', () => {
    const table = new StreamCounts();
    for (let i = 0; i < 20_000; i += 1) one(table, `w${i % 7_000}`);
    expect(table.size).toBe(7_000);
    expect(table.get('w0')).toBe(3);
    expect(table.get('w6999')).toBe(2);
    expect(table.total).toBe(20_000);
  });

  it('drops the rarest terms past the cap and keeps the total (lossy counting)', () => {
    const c = new StreamCounts(4);
    for (const t of ['a', 'a', 'a', 'b', 'c', 'd']) one(c, t);
    expect(c.size).toBe(4);
    one(c, 'e'); // 5 distinct > 4: those seen once (b c d e) go, leaving 1 ≤ 2
    expect([...c.terms()]).toEqual(['a']);
    expect(c.get('a')).toBe(3);
    expect(c.total).toBe(7);
    expect(c.dropped).toBe(4);
    expect(c.threshold).toBe(1);
    one(c, 'b');
    expect(c.get('b')).toBe(1); // undercounted by the one use dropped
    expect([...c.terms()]).toEqual(['a', 'b']);
  });

  it('raises the threshold until half the cap is left', () => {
    const c = new StreamCounts(4);
    for (const t of ['a', 'a', 'a', 'b', 'b', 'c', 'c', 'd', 'd']) one(c, t);
    one(c, 'e'); // dropping count ≤ 1 leaves a b c d (4 > 2); count ≤ 2 leaves a
    expect([...c.terms()]).toEqual(['a']);
    expect(c.threshold).toBe(2);
    expect(c.total).toBe(10);
  });

  it('keeps its term list bounded under repeated pruning', () => {
    const c = new StreamCounts(1_000);
    for (let i = 0; i < 50_000; i += 1) one(c, i % 10 === 0 ? 'often' : `rare${i}`);
    expect(c.get('often')).toBe(5_000);
    expect(c.size).toBeLessThanOrEqual(1_000);
    expect([...c.terms()].length).toBe(c.size);
    expect(c.total).toBe(50_000);
  });

  it('refuses a cap below 2 and a bad ngramMax', () => {
    expect(() => new StreamCounts(1)).toThrow(/at least 2/);
    expect(() => new StreamCounts().addStream('1\na', { ngramMax: 0 })).toThrow(/at least 1/);
  });
});
