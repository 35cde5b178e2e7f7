import { describe, expect, it } from 'vitest';
import { mergeSpans, multiLabelScore, siScore, tcScore } from './metrics.js';

describe('mergeSpans', () => {
  it('merges overlapping and touching spans and drops empty ones', () => {
    expect(mergeSpans([{ start: 5, end: 9 }, { start: 0, end: 3 }, { start: 3, end: 4 }, { start: 8, end: 12 }, { start: 20, end: 20 }])).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 12 },
    ]);
  });
});

describe('siScore (hand-computed)', () => {
  it.each([
    // pred [5,10) inside gold [0,10): P = 5/5 = 1, R = 5/10 = 0.5, F1 = 2·1·0.5/1.5 = 0.6667
    ['a prediction inside a gold span', [{ gold: [{ start: 0, end: 10 }], pred: [{ start: 5, end: 10 }] }], 1, 0.5, 2 / 3],
    // pred [0,20) covers gold [0,10): P = 10/20 = 0.5, R = 10/10 = 1
    ['a prediction twice as long', [{ gold: [{ start: 0, end: 10 }], pred: [{ start: 0, end: 20 }] }], 0.5, 1, 2 / 3],
    // doc 1: pred [0,4) vs gold [2,6): overlap 2 → P term 2/4, R term 2/4; doc 2: a pred with no gold → P term 0;
    // doc 2 gold [0,8) unmatched → R term 0. P = (0.5 + 0)/2 = 0.25, R = (0.5 + 0)/2 = 0.25
    [
      'two documents, partial and missed',
      [
        { gold: [{ start: 2, end: 6 }], pred: [{ start: 0, end: 4 }] },
        { gold: [{ start: 0, end: 8 }], pred: [{ start: 10, end: 12 }] },
      ],
      0.25,
      0.25,
      0.25,
    ],
    // one pred [0,10) spanning two gold spans [0,2) and [8,10): P = (2 + 2)/10 = 0.4; R = (2/2 + 2/2)/2 = 1
    ['one prediction over two gold spans', [{ gold: [{ start: 0, end: 2 }, { start: 8, end: 10 }], pred: [{ start: 0, end: 10 }] }], 0.4, 1, 0.8 / 1.4],
    ['no predictions', [{ gold: [{ start: 0, end: 2 }], pred: [] }], 0, 0, 0],
  ])('%s', (_name, docs, p, r, f) => {
    const s = siScore(docs);
    expect(s.precision).toBeCloseTo(p, 9);
    expect(s.recall).toBeCloseTo(r, 9);
    expect(s.f1).toBeCloseTo(f, 9);
  });

  it('merges overlapping predictions before scoring, so duplicates earn nothing extra', () => {
    const once = siScore([{ gold: [{ start: 0, end: 10 }], pred: [{ start: 0, end: 5 }] }]);
    const twice = siScore([{ gold: [{ start: 0, end: 10 }], pred: [{ start: 0, end: 5 }, { start: 0, end: 5 }] }]);
    expect(twice).toEqual(once);
  });
});

describe('multiLabelScore (hand-computed)', () => {
  it('gives micro and macro F1', () => {
    // A: tp 1 (item 1), fn 1 (item 2) → P 1, R 0.5, F1 0.6667
    // B: tp 0, fp 1 (item 1) → P 0, R 0, F1 0
    // C: tp 1 (item 2) → F1 1
    // micro: tp 2, fp 1, fn 1 → P 2/3, R 2/3, F1 2/3; macro F1 = (0.6667 + 0 + 1)/3 = 0.5556
    const s = multiLabelScore(
      [
        { gold: ['A'], pred: ['A', 'B'] },
        { gold: ['A', 'C'], pred: ['C'] },
      ],
      ['A', 'B', 'C', 'D'],
    );
    expect(s.micro.f1).toBeCloseTo(2 / 3, 9);
    expect(s.macro.f1).toBeCloseTo((2 / 3 + 0 + 1) / 3, 9);
    expect(s.perLabel.get('D')).toMatchObject({ tp: 0, fp: 0, fn: 0, f1: 0 });
  });

  it('counts labels that neither side has as 0 in the macro average when asked (the official SemEval-2023 scorer)', () => {
    // A: F1 1; B, C and D never occur. skip: macro = 1/1; zero: macro = (1 + 0 + 0 + 0)/4 = 0.25. Micro is the same.
    const items = [{ gold: ['A'], pred: ['A'] }];
    expect(multiLabelScore(items, ['A', 'B', 'C', 'D']).macro.f1).toBeCloseTo(1, 9);
    expect(multiLabelScore(items, ['A', 'B', 'C', 'D'], { absentLabels: 'zero' }).macro.f1).toBeCloseTo(0.25, 9);
    expect(multiLabelScore(items, ['A', 'B', 'C', 'D'], { absentLabels: 'zero' }).micro.f1).toBeCloseTo(1, 9);
  });

  it('is zero, not NaN, when nothing is predicted or expected', () => {
    expect(multiLabelScore([{ gold: [], pred: [] }]).micro).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('tcScore', () => {
  it('is accuracy when every span is answered', () => {
    const s = tcScore([
      { gold: 'Doubt', pred: 'Doubt' },
      { gold: 'Doubt', pred: 'Repetition' },
      { gold: 'Slogans', pred: 'Slogans' },
      { gold: 'Repetition', pred: 'Repetition' },
    ]);
    expect(s.micro.f1).toBeCloseTo(0.75, 9);
  });

  it('counts an unanswered span as a miss', () => {
    expect(tcScore([{ gold: 'Doubt', pred: undefined }, { gold: 'Doubt', pred: 'Doubt' }]).micro).toMatchObject({ precision: 1, recall: 0.5 });
  });
});
