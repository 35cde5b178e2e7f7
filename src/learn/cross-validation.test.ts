import { describe, expect, it } from 'vitest';
import { foldRows, groupedKFold } from './cross-validation.js';

const groups = Array.from({ length: 200 }, (_, i) => `article-${Math.floor(i / (1 + (i % 7)))}`);

describe('groupedKFold', () => {
  it('never splits a group across folds', () => {
    const folds = groupedKFold(groups, 5, 1);
    const foldOf = new Map<string, number>();
    groups.forEach((g, i) => {
      const f = folds[i] as number;
      expect(foldOf.get(g) ?? f).toBe(f);
      foldOf.set(g, f);
    });
  });

  it('uses every fold and keeps them close in size', () => {
    const folds = groupedKFold(groups, 5, 1);
    const sizes = [0, 1, 2, 3, 4].map((f) => folds.filter((x) => x === f).length);
    expect(Math.min(...sizes)).toBeGreaterThan(0);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(10);
  });

  it('is the same for a seed and differs for another seed', () => {
    expect(Array.from(groupedKFold(groups, 5, 1))).toEqual(Array.from(groupedKFold(groups, 5, 1)));
    expect(Array.from(groupedKFold(groups, 5, 2))).not.toEqual(Array.from(groupedKFold(groups, 5, 1)));
  });

  it('refuses fewer groups than folds', () => {
    expect(() => groupedKFold(['a', 'b'], 3, 1)).toThrow(RangeError);
  });
});

describe('foldRows', () => {
  it('splits item numbers into train and test', () => {
    const { train, test } = foldRows(Int32Array.from([0, 1, 0, 2]), 0);
    expect(Array.from(test)).toEqual([0, 2]);
    expect(Array.from(train)).toEqual([1, 3]);
  });
});
