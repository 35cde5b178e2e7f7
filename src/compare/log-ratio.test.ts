/** Hand-computed checks of the smoothed log rate ratio scorer. */
import { describe, expect, it } from 'vitest';
import { countsOf } from './counts.js';
import { logRatio } from './log-ratio.js';

const none = countsOf({});

describe('logRatio: hand-computed values', () => {
  it('mirrored groups', () => {
    // i = {a: 3, b: 1}, n_i = 4; j = {a: 1, b: 3}, n_j = 4.
    // δ_a = ln(3.5/4) − ln(1.5/4) = ln(7/3); se² = 1/3.5 + 1/1.5 = 2/7 + 2/3 = 20/21.
    const rows = logRatio.score(countsOf({ a: 3, b: 1 }), countsOf({ a: 1, b: 3 }), none, {});
    expect(rows[0]?.term).toBe('a');
    expect(rows[0]?.delta).toBeCloseTo(Math.log(7 / 3), 12);
    expect(rows[0]?.se).toBeCloseTo(Math.sqrt(20 / 21), 12);
    expect(rows[0]?.z).toBeCloseTo(Math.log(7 / 3) / Math.sqrt(20 / 21), 12);
    expect(rows[1]?.delta).toBeCloseTo(-Math.log(7 / 3), 12);
  });

  it('a term the reference never uses, groups of different sizes', () => {
    // i = {c: 2, d: 2}, n_i = 4; j = {d: 8}, n_j = 8.
    // δ_c = ln(2.5/4) − ln(0.5/8) = ln(10); se² = 1/2.5 + 1/0.5 = 2.4.
    // δ_d = ln(2.5/4) − ln(8.5/8) = ln(20/34); se² = 1/2.5 + 1/8.5.
    const rows = logRatio.score(countsOf({ c: 2, d: 2 }), countsOf({ d: 8 }), none, {});
    const c = rows.find((r) => r.term === 'c');
    const d = rows.find((r) => r.term === 'd');
    expect(c?.delta).toBeCloseTo(Math.log(10), 12);
    expect(c?.se).toBeCloseTo(Math.sqrt(2.4), 12);
    expect(d?.delta).toBeCloseTo(Math.log(20 / 34), 12);
    expect(d?.se).toBeCloseTo(Math.sqrt(1 / 2.5 + 1 / 8.5), 12);
    expect([c?.rateTarget, c?.rateReference, d?.rateReference]).toEqual([500, 0, 1000]);
  });

  it('ignores the background and α₀', () => {
    const plain = logRatio.score(countsOf({ a: 3, b: 1 }), countsOf({ a: 1, b: 3 }), none, {});
    const other = logRatio.score(countsOf({ a: 3, b: 1 }), countsOf({ a: 1, b: 3 }), countsOf({ a: 100 }), { alpha0: 7 });
    expect(other).toEqual(plain);
  });

  it('a one-word corpus is scored from the +0.5 alone: δ = ln(3.5/3) − ln(2.5/2) = ln(14/15)', () => {
    const rows = logRatio.score(countsOf({ war: 3 }), countsOf({ war: 2 }), none, {});
    expect(rows).toHaveLength(1);
    expect(rows[0]?.delta).toBeCloseTo(Math.log(14 / 15), 12);
  });
});
