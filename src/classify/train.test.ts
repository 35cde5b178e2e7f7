/** Specification of classifier training: data building, scores, thresholds, nested CV with groups and train-only rows, the stored form. */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../learn/random.js';
import { TextClassifier } from './classifier.js';
import { buildTrainingData, crossValidate, fitClassifier, scoreRows, tuneThreshold, type LabelledText } from './train.js';
import { WORDS_ONLY } from './test-models.js';

/** Texts whose label is told by one cue feature among noise; `groups` texts per group. */
function synthetic(n: number, seed: number): LabelledText[] {
  const next = seededRandom(seed);
  const out: LabelledText[] = [];
  for (let i = 0; i < n; i += 1) {
    const positive = i % 2 === 0;
    const noise = Array.from({ length: 4 }, () => `w=n${Math.floor(next() * 30)}`);
    const cue = next() < 0.9 ? (positive ? 'w=cue-pos' : 'w=cue-neg') : 'w=none';
    const features = [...new Set([cue, ...noise])].sort();
    out.push({ vector: { features, values: features.map(() => 1) }, labels: [positive ? 'yes' : 'no'], group: `g${Math.floor(i / 3)}` });
  }
  return out;
}

describe('buildTrainingData', () => {
  it('interns features in first-seen order and numbers labels by the given order', () => {
    const data = buildTrainingData('ovr', ['A', 'B'], [
      { vector: { features: ['w=x', 'w=y'], values: [1, 0.5] }, labels: ['B'], group: '1' },
      { vector: { features: ['w=y'], values: [1] }, labels: ['A', 'B'], group: '2', trainOnly: true },
    ]);
    expect([data.index.name(0), data.index.name(1)]).toEqual(['w=x', 'w=y']);
    expect(data.gold).toEqual([[1], [0, 1]]);
    expect(Array.from(data.trainOnly)).toEqual([1]);
    expect(Array.from(data.X.values)).toEqual([1, 0.5, 1]);
  });

  it('refuses unknown labels and a second label on single-label data', () => {
    expect(() => buildTrainingData('softmax', ['A'], [{ vector: { features: [], values: [] }, labels: ['Z'], group: '1' }])).toThrow(/not one of/);
    expect(() => buildTrainingData('softmax', ['A', 'B'], [{ vector: { features: [], values: [] }, labels: ['A', 'B'], group: '1' }])).toThrow(/exactly one/);
  });
});

describe('scoreRows and tuneThreshold', () => {
  const data = buildTrainingData('binary', ['yes', 'no'], ['yes', 'yes', 'no', 'no'].map((l, i) => ({ vector: { features: [], values: [] }, labels: [l], group: String(i) })));
  const rows = [0, 1, 2, 3];
  const p = Float64Array.from([0.9, 0.4, 0.45, 0.1]);

  it('scores binary decisions at a threshold, by hand', () => {
    // At 0.5: yes→yes, yes→no, no→no, no→no. yes: P 1, R 0.5, F1 2/3; no: P 2/3, R 1, F1 0.8.
    const s = scoreRows(data, rows, p, 0.5);
    expect(s.accuracy).toBe(0.75);
    expect(s.macro.f1).toBeCloseTo((2 / 3 + 0.8) / 2, 12);
    expect(s.perLabel.map((l) => l.label)).toEqual(['yes', 'no']);
  });

  it('tunes the threshold to the best macro-F1, the one nearest 0.5 on ties', () => {
    // (0.45, 0.9] and (0.1, 0.4] both reach macro-F1 (2/3 + 0.8) / 2 (one row wrong each way);
    // (0.4, 0.45] reaches 0.5. The tie goes to 0.5, inside the first.
    const best = tuneThreshold(data, rows, p, 'macro-f1');
    expect(best.threshold).toBe(0.5);
    expect(best.value).toBeCloseTo((2 / 3 + 0.8) / 2, 12);
    expect(tuneThreshold(data, rows, p, 'accuracy').value).toBe(0.75);
  });
});

describe('crossValidate and fitClassifier', () => {
  const texts = synthetic(120, 3);
  const grid = [{ l2: 1e-2, minCount: 1, classWeightPower: 1 }, { l2: 1, minCount: 1, classWeightPower: 1 }];

  it('learns the cue: nested accuracy near the 90% the cue allows, and prefers the weaker penalty', () => {
    const cv = crossValidate(buildTrainingData('binary', ['yes', 'no'], texts), grid, 4, 1, 'accuracy');
    expect(cv.nested.accuracy).toBeGreaterThan(0.8);
    expect(cv.perFold).toHaveLength(4);
    expect(cv.chosen.params.l2).toBe(0.01);
    expect(cv.grid).toHaveLength(2);
  });

  it('keeps train-only rows out of every score and out of the held-out predictions', () => {
    const extra = synthetic(40, 9).map((t) => ({ ...t, group: `extra-${t.group}`, trainOnly: true }));
    const data = buildTrainingData('binary', ['yes', 'no'], [...texts, ...extra]);
    const cv = crossValidate(data, grid.slice(0, 1), 4, 1, 'accuracy');
    const supports = cv.nested.perLabel.reduce((s, l) => s + l.support, 0);
    expect(supports).toBe(120);
    expect(cv.heldOut.length).toBe(120);
  });

  it('stores a classifier that loads, answers like the fit, and whose id is the same for the same data', () => {
    const data = buildTrainingData('binary', ['yes', 'no'], texts);
    const meta = { name: 'demo', unit: 'sentence' as const, spec: WORDS_ONLY, trainedOn: 'synthetic' };
    const a = fitClassifier(data, grid[0] as (typeof grid)[0], 0.5, meta);
    const b = fitClassifier(buildTrainingData('binary', ['yes', 'no'], synthetic(120, 3)), grid[0] as (typeof grid)[0], 0.5, meta);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.id).toMatch(/^demo-[0-9a-f]{12}$/);
    const c = TextClassifier.fromJson(a);
    expect(c.classify({ features: ['w=cue-pos'], values: [1] }).labels[0]?.label).toBe('yes');
    expect(c.classify({ features: ['w=cue-neg'], values: [1] }).labels[0]?.label).toBe('no');
    expect(a.model.weights.every((w) => w === 0 || Math.abs(w) >= 0.01)).toBe(true);
  });
});
