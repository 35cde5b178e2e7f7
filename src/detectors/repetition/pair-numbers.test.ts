/** Specification of the pair table: numbers in order of first sight, the same number for the same pair, a clean clear. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPairNumbers } from './pair-numbers.js';

describe('createPairNumbers', () => {
  it('numbers pairs 0, 1, 2… in order of first sight', () => {
    const pairs = createPairNumbers();
    expect([pairs.number(7, 3), pairs.number(2, 9), pairs.number(7, 3), pairs.number(3, 7), pairs.number(0, 0)]).toEqual([0, 1, 0, 2, 3]);
  });

  it('starts again at 0 after clear', () => {
    const pairs = createPairNumbers();
    pairs.number(1, 2);
    pairs.number(3, 4);
    pairs.clear();
    expect([pairs.number(3, 4), pairs.number(1, 2)]).toEqual([0, 1]);
  });

  it('agrees with a map, through growth and clears, for any pairs', () => {
    const pair = fc.tuple(fc.nat({ max: 2 ** 31 - 1 }), fc.nat({ max: 40 }));
    fc.assert(
      fc.property(fc.array(fc.array(pair, { maxLength: 3000 }), { maxLength: 4 }), (rounds) => {
        const pairs = createPairNumbers();
        for (const round of rounds) {
          pairs.clear();
          const reference = new Map<string, number>();
          for (const [a, b] of round) {
            const key = `${a},${b}`;
            if (!reference.has(key)) reference.set(key, reference.size);
            expect(pairs.number(a, b)).toBe(reference.get(key));
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
