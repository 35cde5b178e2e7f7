/** Specification of spanScoreByTechnique against hand-computed values. */
import { describe, expect, it } from 'vitest';
import { spanScoreByTechnique, type LabelledSpan } from './span-techniques.js';

const s = (start: number, end: number, technique: string): LabelledSpan => ({ start, end, technique });

describe('spanScoreByTechnique (hand-computed)', () => {
  it('needs place and label: a span in the right place with the wrong label earns nothing', () => {
    // Loaded: gold [0,4); pred [0,4) and [10,12) → P = (4/4 + 0)/2 = 0.5, R = 4/4 = 1.
    // Doubt: gold [10,14); pred [5,9) → P = 0/1 = 0, R = 0.
    // Overall: P = (0.5·2 + 0·1)/3 = 1/3, R = (1·1 + 0·1)/2 = 0.5, F1 = 2·(1/3)·0.5/(5/6) = 0.4.
    const { overall, perTechnique } = spanScoreByTechnique([{ gold: [s(0, 4, 'Loaded'), s(10, 14, 'Doubt')], pred: [s(0, 4, 'Loaded'), s(5, 9, 'Doubt'), s(10, 12, 'Loaded')] }]);
    expect(perTechnique.get('Loaded')).toMatchObject({ precision: 0.5, recall: 1, support: 1, predicted: 2 });
    expect(perTechnique.get('Doubt')).toMatchObject({ precision: 0, recall: 0, f1: 0, support: 1, predicted: 1 });
    expect(overall.precision).toBeCloseTo(1 / 3, 9);
    expect(overall.recall).toBeCloseTo(0.5, 9);
    expect(overall.f1).toBeCloseTo(0.4, 9);
    expect(overall).toMatchObject({ support: 2, predicted: 3 });
  });

  it('merges overlapping spans of one technique, not of different ones', () => {
    // Two Doubt predictions [0,6) and [4,10) merge into [0,10) over gold [0,10): P = R = 1.
    const { perTechnique } = spanScoreByTechnique([{ gold: [s(0, 10, 'Doubt'), s(0, 10, 'Loaded')], pred: [s(0, 6, 'Doubt'), s(4, 10, 'Doubt')] }]);
    expect(perTechnique.get('Doubt')).toMatchObject({ precision: 1, recall: 1, predicted: 1 });
    expect(perTechnique.get('Loaded')).toMatchObject({ precision: 0, recall: 0, support: 1, predicted: 0 });
  });

  it('is all zeros with no documents', () => {
    expect(spanScoreByTechnique([]).overall).toEqual({ precision: 0, recall: 0, f1: 0, support: 0, predicted: 0 });
  });
});
