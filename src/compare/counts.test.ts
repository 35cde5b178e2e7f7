/** Tests for the count tables and the sum view. */
import { describe, expect, it } from 'vitest';
import { countsOf, sumOf, TermCounts } from './counts.js';

describe('TermCounts', () => {
  it('adds counts and keeps the total as the sum of all counts', () => {
    const c = new TermCounts();
    c.add('blockade');
    c.add('blockade', 2);
    c.add('corridor');
    expect(c.get('blockade')).toBe(3);
    expect(c.get('absent')).toBe(0);
    expect(c.total).toBe(4);
    expect(c.size).toBe(2);
    expect([...c.terms()].sort()).toEqual(['blockade', 'corridor']);
  });

  it('addAll merges another table', () => {
    const c = countsOf({ a: 1 });
    c.addAll(countsOf({ a: 2, b: 5 }));
    expect([c.get('a'), c.get('b'), c.total]).toEqual([3, 5, 8]);
  });
});

describe('countsOf', () => {
  it('takes objects and Maps, dropping zero and negative entries', () => {
    expect(countsOf({ a: 2, b: 0, c: -1 }).size).toBe(1);
    expect(countsOf(new Map([['artsakh', 2]])).total).toBe(2);
  });
});

describe('sumOf', () => {
  it('sums lookups, totals and vocabularies without copying', () => {
    const a = countsOf({ x: 1, y: 2 });
    const b = countsOf({ y: 3, z: 4 });
    const s = sumOf([a, b]);
    expect(s.get('y')).toBe(5);
    expect(s.get('q')).toBe(0);
    expect(s.total).toBe(10);
    expect(s.size).toBe(3);
    expect([...s.terms()].sort()).toEqual(['x', 'y', 'z']);
  });

  it('is a view: later additions to a part show through', () => {
    const a = countsOf({ x: 1 });
    const s = sumOf([a, countsOf({ y: 1 })]);
    a.add('x');
    expect(s.get('x')).toBe(2);
    expect(s.total).toBe(3);
  });

  it('of nothing is empty', () => {
    const s = sumOf([]);
    expect([s.total, s.size, s.get('x')]).toEqual([0, 0, 0]);
  });
});
