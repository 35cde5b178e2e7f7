import { describe, expect, it } from 'vitest';
import { bestF1Threshold, bestOnGrid, range } from './thresholds.js';

describe('bestF1Threshold', () => {
  it.each([
    ['perfectly ranked', [0.9, 0.8, 0.3, 0.1], [1, 1, 0, 0], 0.55, 1],
    // Taking all four gives F1 = 2·3/(4+3) = 0.857; taking the top one gives 0.5; the top three 2·2/(3+3)=0.667.
    ['best to take everything', [0.9, 0.8, 0.3, 0.1], [1, 0, 1, 1], 0.1 - 1e-6, 6 / 7],
    ['no positive', [0.5, 0.2], [0, 0], 0.5 + 1e-6, 0],
  ])('%s', (_name, scores, gold, threshold, f1) => {
    const best = bestF1Threshold(scores, gold);
    expect(best.threshold).toBeCloseTo(threshold, 9);
    expect(best.f1).toBeCloseTo(f1, 9);
  });

  it('does not split tied scores', () => {
    // The two 0.5s are one candidate: taking both gives 2·1/(2+1) = 0.667.
    expect(bestF1Threshold([0.5, 0.5], [1, 0])).toEqual({ threshold: 0.5 - 1e-6, f1: 2 / 3 });
  });
});

describe('bestOnGrid and range', () => {
  it('picks the best value, the first on ties', () => {
    expect(bestOnGrid([0.3, 0.4, 0.5], (t) => -((t - 0.42) ** 2)).value).toBe(0.4);
    expect(bestOnGrid([1, 2, 3], () => 0).value).toBe(1);
  });

  it('spans the ends inclusively', () => {
    expect(range(0.2, 0.4, 0.1)).toEqual([0.2, 0.3, 0.4]);
  });
});
