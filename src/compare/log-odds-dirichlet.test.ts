/** Hand-computed checks of the Fightin' Words log-odds scorer (Monroe, Colaresi & Quinn 2008, eq. 16–22). */
import { describe, expect, it } from 'vitest';
import { SlantError } from '../core/errors.js';
import { countsOf } from './counts.js';
import { defaultAlpha0, logOddsDirichlet } from './log-odds-dirichlet.js';
import type { ScoredTerm } from './scorer.js';

const none = countsOf({});

function row(rows: ScoredTerm[], term: string): ScoredTerm {
  const found = rows.find((r) => r.term === term);
  if (!found) throw new Error(`no row for ${term}`);
  return found;
}

describe('logOddsDirichlet: hand-computed values', () => {
  it('two mirrored groups, background = the corpus itself, default α₀', () => {
    // target i = {a: 3, b: 1}, n_i = 4; reference j = {a: 1, b: 3}, n_j = 4; background = corpus {a: 4, b: 4}, B = 8.
    // α₀ = min(n_i, n_j) = 4. Prior mass M = B + n_i + n_j = 16; for a: m = 4 + 3 + 1 = 8, π = 1/2, α_a = 2.
    // Rest of each side: (n − y) + α₀(1 − π): i: 4 − 3 + 2 = 3; j: 4 − 1 + 2 = 5.
    // δ_a = ln((3 + 2)/3) − ln((1 + 2)/5) = ln(5/3) − ln(3/5) = 2·ln(5/3)
    // σ²_a = 1/(3 + 2) + 1/(1 + 2) = 1/5 + 1/3 = 8/15
    const rows = logOddsDirichlet.score(countsOf({ a: 3, b: 1 }), countsOf({ a: 1, b: 3 }), countsOf({ a: 4, b: 4 }), {});
    const a = row(rows, 'a');
    expect(a.delta).toBeCloseTo(2 * Math.log(5 / 3), 12);
    expect(a.se).toBeCloseTo(Math.sqrt(8 / 15), 12);
    expect(a.z).toBeCloseTo((2 * Math.log(5 / 3)) / Math.sqrt(8 / 15), 12);
    // Rates per 1,000 terms: 3/4 → 750, 1/4 → 250.
    expect([a.countTarget, a.countReference, a.rateTarget, a.rateReference]).toEqual([3, 1, 750, 250]);
    // b mirrors a: same σ, opposite δ; rows come sorted by z descending.
    const b = row(rows, 'b');
    expect(b.delta).toBeCloseTo(-a.delta, 12);
    expect(b.se).toBeCloseTo(a.se, 12);
    expect(rows.map((r) => r.term)).toEqual(['a', 'b']);
  });

  it('an empty background gives the same prior as the corpus (π comes from background + both sides)', () => {
    const withCorpus = logOddsDirichlet.score(countsOf({ a: 3, b: 1 }), countsOf({ a: 1, b: 3 }), countsOf({ a: 4, b: 4 }), {});
    const withNone = logOddsDirichlet.score(countsOf({ a: 3, b: 1 }), countsOf({ a: 1, b: 3 }), none, {});
    expect(withNone[0]?.z).toBeCloseTo(withCorpus[0]?.z ?? NaN, 12);
  });

  it('a separate background, explicit α₀ = 2, a term the reference never uses', () => {
    // i = {x: 2, y: 2}, n_i = 4; j = {y: 4}, n_j = 4; background {x: 1, y: 9}, B = 10; α₀ = 2; M = 10 + 4 + 4 = 18.
    // x: m = 1 + 2 + 0 = 3 → α_x = 2·3/18 = 1/3; α₀(1 − π) = 2·15/18 = 5/3.
    //   rest_i = 4 − 2 + 5/3 = 11/3; rest_j = 4 − 0 + 5/3 = 17/3.
    //   δ_x = ln((2 + 1/3)/(11/3)) − ln((0 + 1/3)/(17/3)) = ln(7/11) − ln(1/17) = ln(119/11)
    //   σ²_x = 1/(7/3) + 1/(1/3) = 3/7 + 3 = 24/7
    // y: m = 9 + 2 + 4 = 15 → α_y = 5/3; α₀(1 − π) = 1/3.
    //   rest_i = 4 − 2 + 1/3 = 7/3; rest_j = 4 − 4 + 1/3 = 1/3.
    //   δ_y = ln((11/3)/(7/3)) − ln((17/3)/(1/3)) = ln(11/7) − ln(17) = ln(11/119)
    //   σ²_y = 3/11 + 3/17 = 84/187
    const rows = logOddsDirichlet.score(countsOf({ x: 2, y: 2 }), countsOf({ y: 4 }), countsOf({ x: 1, y: 9 }), { alpha0: 2 });
    const x = row(rows, 'x');
    const y = row(rows, 'y');
    expect(x.delta).toBeCloseTo(Math.log(119 / 11), 12);
    expect(x.se).toBeCloseTo(Math.sqrt(24 / 7), 12);
    expect(x.z).toBeCloseTo(Math.log(119 / 11) / Math.sqrt(24 / 7), 12);
    expect(y.delta).toBeCloseTo(Math.log(11 / 119), 12);
    expect(y.se).toBeCloseTo(Math.sqrt(84 / 187), 12);
    expect(x.countReference).toBe(0);
    expect(x.rateReference).toBe(0);
  });

  it('α₀ sets the shrinkage: a larger prior pulls a rare term towards no difference', () => {
    // i = {rare: 1, common: 9}, n_i = 10; j = {common: 10}, n_j = 10; background = corpus {rare: 1, common: 19}.
    // M = 20 + 10 + 10 = 40; rare: m = 1 + 1 + 0 = 2, π = 0.05, α = 0.05·α₀, α₀(1 − π) = 0.95·α₀.
    // δ(α₀) = ln((1 + 0.05α₀)/(9 + 0.95α₀)) − ln(0.05α₀/(10 + 0.95α₀)),  σ² = 1/(1 + 0.05α₀) + 1/(0.05α₀)
    // α₀ = 10 (the default, min(10, 10)): δ = ln(1.5/18.5) − ln(0.5/19.5) = ln(29.25/9.25) = ln(117/37),
    //   σ² = 1/1.5 + 1/0.5 = 8/3.
    // α₀ = 1:   δ = ln(1.05/9.95) − ln(0.05/10.95) ≈ 3.1403
    // α₀ = 100: δ = ln(6/104) − ln(5/105) = ln(630/520) ≈ 0.1919
    const target = countsOf({ rare: 1, common: 9 });
    const reference = countsOf({ common: 10 });
    const background = countsOf({ rare: 1, common: 19 });
    const rare = (alpha0?: number): ScoredTerm =>
      row(logOddsDirichlet.score(target, reference, background, alpha0 === undefined ? {} : { alpha0 }), 'rare');
    expect(rare().delta).toBeCloseTo(Math.log(117 / 37), 12);
    expect(rare().se).toBeCloseTo(Math.sqrt(8 / 3), 12);
    expect(rare(10).z).toBeCloseTo(rare().z, 12);
    expect(rare(1).delta).toBeCloseTo(Math.log(1.05 / 9.95) - Math.log(0.05 / 10.95), 12);
    expect(rare(100).delta).toBeCloseTo(Math.log(630 / 520), 12);
    const deltas = [0.1, 1, 10, 100, 1000].map((a) => rare(a).delta);
    for (let k = 1; k < deltas.length; k += 1) expect(deltas[k]).toBeLessThan(deltas[k - 1] ?? -Infinity);
  });

  it('with the default α₀, z for a frequent term stays near 1/√2 of a two-proportion z-test, balanced or not', () => {
    // Two-proportion z: (y_i/n_i − y_j/n_j) / √(p(1 − p)(1/n_i + 1/n_j)), p = (y_i + y_j)/(n_i + n_j).
    // The prior adds min(n_i, n_j) pseudo-terms to each side, so the estimate's precision is roughly
    // halved on the smaller side and z shrinks by about √(1/2) ≈ 0.71, whatever the size ratio.
    const cases: Array<[number, number, number, number]> = [
      [60, 10_000, 40, 10_000],
      [60, 10_000, 5_000, 1_000_000],
      [600, 100_000, 5_000, 1_000_000],
    ];
    for (const [yi, ni, yj, nj] of cases) {
      const p = (yi + yj) / (ni + nj);
      const twoProportion = (yi / ni - yj / nj) / Math.sqrt(p * (1 - p) * (1 / ni + 1 / nj));
      const background = countsOf({ w: yi + yj, rest: ni + nj - yi - yj });
      const rows = logOddsDirichlet.score(countsOf({ w: yi, rest: ni - yi }), countsOf({ w: yj, rest: nj - yj }), background, {});
      const ratio = row(rows, 'w').z / twoProportion;
      expect(ratio).toBeGreaterThan(0.68);
      expect(ratio).toBeLessThan(0.76);
    }
  });

  it('defaultAlpha0 is the smaller compared total', () => {
    expect(defaultAlpha0(countsOf({ a: 10 }), countsOf({ a: 90 }))).toBe(10);
    expect(defaultAlpha0(countsOf({ a: 7, b: 5 }), countsOf({ a: 3 }))).toBe(3);
  });
});

describe('logOddsDirichlet: degenerate inputs', () => {
  it('identical groups: every δ and z is exactly 0', () => {
    const same = { blockade: 5, corridor: 2, siege: 1 };
    const rows = logOddsDirichlet.score(countsOf(same), countsOf(same), countsOf({}), {});
    expect(rows).toHaveLength(3);
    for (const r of rows) {
      expect(r.delta).toBe(0);
      expect(r.z).toBe(0);
      expect(r.se).toBeGreaterThan(0);
    }
  });

  it('a one-word corpus: one row, δ = z = 0, σ from eq. 18', () => {
    // π_war = 1, so both sides' rest is (n − y) + α₀·0 = 0: the odds are undefined, δ is set to 0.
    // α₀ = min(3, 2) = 2 = α_war; σ² = 1/(3 + 2) + 1/(2 + 2) = 0.45.
    const rows = logOddsDirichlet.score(countsOf({ war: 3 }), countsOf({ war: 2 }), countsOf({ war: 5 }), {});
    expect(rows).toHaveLength(1);
    expect(rows[0]?.delta).toBe(0);
    expect(rows[0]?.z).toBe(0);
    expect(rows[0]?.se).toBeCloseTo(Math.sqrt(0.45), 12);
  });

  it('an empty target or reference yields no rows', () => {
    expect(logOddsDirichlet.score(none, countsOf({ a: 1 }), none, {})).toEqual([]);
    expect(logOddsDirichlet.score(countsOf({ a: 1 }), none, none, {})).toEqual([]);
    expect(logOddsDirichlet.score(none, none, none, {})).toEqual([]);
  });

  it('two single terms, no frequency cut: each side owns its word', () => {
    const rows = logOddsDirichlet.score(countsOf({ liberated: 1 }), countsOf({ occupied: 1 }), none, {});
    expect(rows.map((r) => [r.term, Math.sign(r.z)])).toEqual([
      ['liberated', 1],
      ['occupied', -1],
    ]);
    // α₀ = 1, π = 1/2 each, α = 1/2, α₀(1 − π) = 1/2: δ = ln(1.5/0.5) − ln(0.5/1.5) = 2·ln 3, σ² = 1/1.5 + 1/0.5 = 8/3.
    expect(rows[0]?.delta).toBeCloseTo(2 * Math.log(3), 12);
    expect(rows[0]?.se).toBeCloseTo(Math.sqrt(8 / 3), 12);
  });

  it('minCount keeps only terms the target uses often enough', () => {
    const rows = logOddsDirichlet.score(countsOf({ a: 3, b: 1 }), countsOf({ b: 2, c: 5 }), none, { minCount: 2 });
    expect(rows.map((r) => r.term)).toEqual(['a']);
  });

  it('rejects a non-positive α₀ with SLANT_USAGE', () => {
    const call = (): unknown => logOddsDirichlet.score(countsOf({ a: 1 }), countsOf({ b: 1 }), none, { alpha0: 0 });
    expect(call).toThrow(SlantError);
    expect(call).toThrow(/alpha0/);
  });
});
