/** The contract every scorer meets, run over each one, plus the shared helpers. */
import { describe, expect, it } from 'vitest';
import { SlantError } from '../core/errors.js';
import { countsOf } from './counts.js';
import { SCORERS } from './index.js';
import { byZ, candidateTerms, ratePerThousand } from './scorer.js';

const none = countsOf({});
const target = countsOf({ blockade: 9, corridor: 4, siege: 3, gas: 1, war: 5 });
const reference = countsOf({ liberation: 7, occupied: 6, war: 5, gas: 2, corridor: 1 });
const background = countsOf({ blockade: 9, corridor: 5, siege: 3, gas: 3, war: 10, liberation: 7, occupied: 6 });

describe.each(Object.values(SCORERS))('scorer contract: $id', (scorer) => {
  it('is registered under its own id', () => {
    expect(SCORERS[scorer.id]).toBe(scorer);
  });

  it('has a kebab-case id', () => {
    expect(scorer.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it('scores every term of either side once, with finite numbers, sorted by z descending', () => {
    const rows = scorer.score(target, reference, background, {});
    expect(rows.map((r) => r.term).sort()).toEqual(['blockade', 'corridor', 'gas', 'liberation', 'occupied', 'siege', 'war']);
    for (const r of rows) {
      for (const value of [r.delta, r.se, r.z, r.rateTarget, r.rateReference]) expect(Number.isFinite(value)).toBe(true);
      expect(r.se).toBeGreaterThan(0);
      expect(r.z).toBeCloseTo(r.delta / r.se, 12);
    }
    expect([...rows].sort(byZ)).toEqual(rows);
    expect(rows[0]?.term).toBe('blockade');
    expect(rows.at(-1)?.term).toBe('liberation');
  });

  it('is antisymmetric: swapping the sides negates z', () => {
    const forward = scorer.score(target, reference, background, {});
    const backward = scorer.score(reference, target, background, {});
    for (const r of forward) expect(backward.find((b) => b.term === r.term)?.z).toBeCloseTo(-r.z, 12);
  });

  it('gives z = 0 for identical groups', () => {
    for (const r of scorer.score(target, countsOf({ blockade: 9, corridor: 4, siege: 3, gas: 1, war: 5 }), none, {})) {
      expect(r.z).toBeCloseTo(0, 12);
    }
  });

  it('returns no rows for an empty side', () => {
    expect(scorer.score(none, reference, background, {})).toEqual([]);
    expect(scorer.score(target, none, background, {})).toEqual([]);
  });

  it('keeps z near 0 for terms both sides use at the same rate', () => {
    const rows = scorer.score(countsOf({ gas: 2, war: 2 }), countsOf({ gas: 4, war: 4 }), none, {});
    // Equal shares, different sizes: log-odds gives exactly 0 here (π equals both shares); the
    // prior-free +0.5 of log-ratio leaves ln((2.5/4)/(4.5/8)) / √(1/2.5 + 1/4.5) ≈ 0.13.
    for (const r of rows) expect(Math.abs(r.z)).toBeLessThan(0.2);
  });

  it('honours minCount and rejects a negative one', () => {
    expect(scorer.score(target, reference, background, { minCount: 4 }).map((r) => r.term).sort()).toEqual(['blockade', 'corridor', 'war']);
    expect(() => scorer.score(target, reference, background, { minCount: -1 })).toThrow(SlantError);
  });
});

describe('candidateTerms', () => {
  it('with minCount 0 yields the target terms, then the reference-only ones', () => {
    expect([...candidateTerms(countsOf({ a: 2, b: 1 }), countsOf({ b: 1, c: 1 }), 0)]).toEqual(['a', 'b', 'c']);
  });

  it('with minCount > 0 yields only target terms used that often', () => {
    expect([...candidateTerms(countsOf({ a: 2, b: 1 }), countsOf({ c: 1 }), 2)]).toEqual(['a']);
  });
});

describe('ratePerThousand', () => {
  it('is per 1,000 and 0 for an empty table', () => {
    expect(ratePerThousand(3, 600)).toBe(5);
    expect(ratePerThousand(0, 0)).toBe(0);
  });
});
