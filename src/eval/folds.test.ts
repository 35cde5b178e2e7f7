/** Specification of foldOf: stable, in range, balanced enough, and strict about its argument. */
import { describe, expect, it } from 'vitest';
import { foldOf } from './folds.js';

describe('foldOf', () => {
  it('gives the same fold for the same id, in 0..folds-1', () => {
    for (const id of ['111111111', '999001', 'a', '']) {
      const f = foldOf(id, 5);
      expect(f).toBe(foldOf(id, 5));
      expect(Number.isInteger(f) && f >= 0 && f < 5).toBe(true);
    }
    expect(foldOf('anything', 1)).toBe(0);
  });

  it('spreads 1,000 article-like ids over 5 folds within 30% of an even share', () => {
    const counts = [0, 0, 0, 0, 0];
    for (let i = 0; i < 1000; i += 1) counts[foldOf(String(700000000 + i * 37), 5)]! += 1;
    for (const c of counts) expect(Math.abs(c - 200)).toBeLessThan(60);
  });

  it.each([0, -1, 2.5, Number.NaN])('refuses %s folds', (n) => {
    expect(() => foldOf('x', n)).toThrow(RangeError);
  });
});
