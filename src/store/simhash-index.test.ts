/** Specification of the SimHash helpers and of the pigeonhole near-duplicate index. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hammingDistance, isSimhash, parseSimhash, popcount32, SimhashIndex } from './simhash-index.js';

describe('popcount32', () => {
  it.each([
    [0, 0],
    [1, 1],
    [0b1011, 3],
    [0x80000000, 1],
    [0xffffffff, 32],
    [-1, 32],
    [0x55555555, 16],
  ])('popcount32(%i) = %i', (value, expected) => {
    expect(popcount32(value)).toBe(expected);
  });
});

describe('parseSimhash and isSimhash', () => {
  it.each([
    ['0000000000000000', { hi: 0, lo: 0 }],
    ['00000001ffffffff', { hi: 1, lo: 0xffffffff }],
    ['FFFFFFFF00000000', { hi: 0xffffffff, lo: 0 }],
  ])('%s → %o', (hex, halves) => {
    expect(isSimhash(hex)).toBe(true);
    expect(parseSimhash(hex)).toEqual(halves);
  });

  it.each(['', '0', '0123456789abcde', '0123456789abcdef0', '0123456789abcdeg', ' 123456789abcdef'])('rejects %j', (hex) => {
    expect(isSimhash(hex)).toBe(false);
    expect(() => parseSimhash(hex)).toThrow(/16 hex digits/);
  });
});

describe('hammingDistance', () => {
  it.each([
    ['0000000000000000', '0000000000000000', 0],
    ['0000000000000000', '8000000000000001', 2],
    ['ffffffffffffffff', 'fffffffffffffff0', 4],
    ['ffffffffffffffff', '0000000000000000', 64],
    ['00000000ffffffff', 'ffffffff00000000', 64],
    ['0123456789abcdef', '0123456789ABCDEF', 0],
  ])('%s ~ %s = %i', (a, b, expected) => {
    expect(hammingDistance(a, b)).toBe(expected);
  });

  it('agrees with a BigInt reference on random pairs', () => {
    const hex64 = fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).map((n) => n.toString(16).padStart(16, '0'));
    fc.assert(
      fc.property(hex64, hex64, (a, b) => {
        let x = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
        let bits = 0;
        for (; x > 0n; x >>= 1n) bits += Number(x & 1n);
        expect(hammingDistance(a, b)).toBe(bits);
      }),
    );
  });
});

/** Flips the given bit positions (0 = most significant) of a SimHash. */
function flip(hex: string, ...bits: number[]): string {
  let value = BigInt(`0x${hex}`);
  for (const bit of bits) value ^= 1n << BigInt(63 - bit);
  return value.toString(16).padStart(16, '0');
}

describe('SimhashIndex', () => {
  const base = '0123456789abcdef';

  it.each([
    { name: 'an identical hash', stored: [base], query: base, expected: { id: 'd0', distance: 0 } },
    { name: 'one bit apart', stored: [base], query: flip(base, 5), expected: { id: 'd0', distance: 1 } },
    { name: 'three bits apart, one per block', stored: [base], query: flip(base, 0, 20, 40), expected: { id: 'd0', distance: 3 } },
    { name: 'three bits apart inside one block', stored: [base], query: flip(base, 0, 1, 2), expected: { id: 'd0', distance: 3 } },
    { name: 'four bits apart (beyond the default)', stored: [base], query: flip(base, 0, 20, 40, 60), expected: undefined },
    { name: 'the closer of two', stored: [flip(base, 1, 2), flip(base, 3)], query: base, expected: { id: 'd1', distance: 1 } },
    { name: 'the earlier of two equally close', stored: [flip(base, 1), flip(base, 63)], query: base, expected: { id: 'd0', distance: 1 } },
    { name: 'nothing in an empty index', stored: [], query: base, expected: undefined },
  ])('distance 3: $name', ({ stored, query, expected }) => {
    const index = new SimhashIndex(3);
    stored.forEach((hex, i) => index.add(`d${i}`, hex));
    expect(index.nearest(query)).toEqual(expected);
  });

  it('forgets removed entries and lets an id be added again', () => {
    const index = new SimhashIndex(3);
    index.add('a', base);
    index.add('b', flip(base, 7));
    expect(index.size).toBe(2);
    expect(index.remove('a')).toBe(true);
    expect(index.remove('a')).toBe(false);
    expect(index.nearest(base)).toEqual({ id: 'b', distance: 1 });
    index.add('b', flip(base, 60, 61, 62, 63));
    expect(index.size).toBe(1);
    expect(index.nearest(base)).toBeUndefined();
  });

  it.each([-1, 1.5, 65, Number.NaN])('refuses a maximum distance of %d', (distance) => {
    expect(() => new SimhashIndex(distance)).toThrow(RangeError);
  });

  it.each([0, 1, 3, 6, 15, 16, 40])('with distance %i finds exactly what a full scan finds', (maxDistance) => {
    const hex64 = fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).map((n) => n.toString(16).padStart(16, '0'));
    // Queries are either random or a stored hash with a few flipped bits, so both hits and misses occur.
    const scenario = fc
      .array(hex64, { minLength: 1, maxLength: 30 })
      .chain((stored) =>
        fc.tuple(
          fc.constant(stored),
          fc.oneof(
            hex64,
            fc.tuple(fc.constantFrom(...stored), fc.uniqueArray(fc.integer({ min: 0, max: 63 }), { maxLength: maxDistance + 2 })).map(([hex, bits]) => flip(hex, ...bits)),
          ),
        ),
      );
    fc.assert(
      fc.property(scenario, ([stored, query]) => {
        const index = new SimhashIndex(maxDistance);
        stored.forEach((hex, i) => index.add(`d${i}`, hex));
        let expected: { id: string; distance: number } | undefined;
        stored.forEach((hex, i) => {
          const distance = hammingDistance(hex, query);
          if (distance <= maxDistance && (expected === undefined || distance < expected.distance)) expected = { id: `d${i}`, distance };
        });
        expect(index.nearest(query)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
