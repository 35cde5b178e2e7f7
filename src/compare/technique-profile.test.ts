import { describe, expect, it } from 'vitest';
import { poissonInterval, techniqueProfile } from './technique-profile.js';

describe('poissonInterval', () => {
  // Reference values: exact Poisson 95% limits (Garwood) for k = 0, 1, 10, 100 are
  // [0, 3.689], [0.0253, 5.572], [4.795, 18.39], [81.36, 121.63]. Byar is within 2% of them,
  // except the k = 1 lower limit (0.013 against 0.025), which is off by little in absolute terms.
  it.each([
    [0, 0, 3.689],
    [1, 0.0253, 5.572],
    [10, 4.795, 18.39],
    [100, 81.36, 121.63],
  ])('k=%d gives about [%f, %f]', (k, low, high) => {
    const [lo, hi] = poissonInterval(k);
    expect(Math.abs(lo - low)).toBeLessThanOrEqual(Math.max(0.02 * low, 0.015));
    expect(Math.abs(hi - high) / high).toBeLessThan(0.02);
  });

  it('rejects negative counts', () => {
    expect(() => poissonInterval(-1)).toThrow(RangeError);
  });
});

describe('techniqueProfile', () => {
  it('computes rates per 1,000 words and lines groups up with zero rows', () => {
    const rows = techniqueProfile([
      { group: 'a', words: 500, findings: [{ detector: 'x' }, { detector: 'x' }, { detector: 'y' }] },
      { group: 'a', words: 500, findings: [] },
      { group: 'b', words: 2000, findings: [{ detector: 'x' }] },
    ]);
    const find = (group: string, key: string) => rows.find((r) => r.group === group && r.key === key);
    expect(find('a', 'x')).toMatchObject({ count: 2, words: 1000, documents: 2, rate: 2 });
    expect(find('b', 'x')).toMatchObject({ count: 1, words: 2000, rate: 0.5 });
    expect(find('b', 'y')).toMatchObject({ count: 0, rate: 0, low: 0 });
    expect(find('b', 'y')?.high).toBeCloseTo((3.689 * 1000) / 2000, 1);
    expect(rows).toHaveLength(4);
  });

  it('counts the technique model by technique name and nothing else', () => {
    const rows = techniqueProfile(
      [
        {
          group: 'g',
          words: 1000,
          findings: [
            { detector: 'techniques', label: 'Doubt' },
            { detector: 'techniques', label: 'Doubt' },
            { detector: 'loaded-language', label: 'Loaded language' },
          ],
        },
      ],
      'technique',
    );
    expect(rows.map((r) => [r.key, r.count])).toEqual([['Doubt', 2]]);
  });

  it('counts by category and ignores findings without one', () => {
    const rows = techniqueProfile([{ group: 'g', words: 1000, findings: [{ detector: 'h' }, { detector: 'n', category: 'attack-on-reputation' }] }], 'category');
    expect(rows).toEqual([expect.objectContaining({ key: 'attack-on-reputation', count: 1, rate: 1 })]);
  });

  it('gives rate 0 for a group with no words', () => {
    const rows = techniqueProfile([{ group: 'empty', words: 0, findings: [{ detector: 'x' }] }]);
    expect(rows[0]).toMatchObject({ rate: 0, high: 0 });
  });
});
