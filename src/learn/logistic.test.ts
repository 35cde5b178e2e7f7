import { describe, expect, it } from 'vitest';
import {
  balancedClassWeights,
  binaryObjective,
  predictBinary,
  predictOneVsRest,
  predictSoftmax,
  softmaxObjective,
  trainBinary,
  trainOneVsRest,
  trainSoftmax,
} from './logistic.js';
import { seededRandom } from './random.js';
import { SparseBuilder, type SparseMatrix } from './sparse.js';

/** A random sparse matrix with `nnz` entries per row over `cols` columns, values in (-1, 1). */
function randomMatrix(rows: number, cols: number, nnz: number, seed: number): SparseMatrix {
  const next = seededRandom(seed);
  const b = new SparseBuilder();
  for (let r = 0; r < rows; r += 1) {
    const entries: Array<[number, number]> = [];
    for (let k = 0; k < nnz; k += 1) entries.push([Math.floor(next() * cols), next() * 2 - 1]);
    b.addRow(entries);
  }
  return b.build(cols);
}

/** Central differences of `f` at `x`, compared with its analytic gradient. */
function checkGradient(f: (x: Float64Array, g: Float64Array) => number, x: Float64Array): number {
  const g = new Float64Array(x.length);
  f(x, g);
  const scratch = new Float64Array(x.length);
  let worst = 0;
  for (let i = 0; i < x.length; i += 1) {
    const h = 1e-5;
    const plus = Float64Array.from(x);
    plus[i] = (plus[i] as number) + h;
    const minus = Float64Array.from(x);
    minus[i] = (minus[i] as number) - h;
    const numeric = (f(plus, scratch) - f(minus, scratch)) / (2 * h);
    worst = Math.max(worst, Math.abs(numeric - (g[i] as number)));
  }
  return worst;
}

describe('gradients match central differences', () => {
  const m = randomMatrix(30, 8, 4, 1);
  const next = seededRandom(2);
  const x = Float64Array.from({ length: 8 * 3 + 3 }, () => next() - 0.5);

  it('binary, with sample weights, a mask and L2', () => {
    const labels = Uint8Array.from({ length: 30 }, (_, i) => i % 3 === 0 ? 1 : 0);
    const mask = Uint8Array.from([1, 1, 0, 1, 1, 1, 0, 1]);
    const weights = Float64Array.from({ length: 30 }, (_, i) => 1 + (i % 4));
    const f = binaryObjective(m, labels, { l2: 0.1, mask, sampleWeights: weights, rows: Int32Array.from({ length: 25 }, (_, i) => i) });
    expect(checkGradient(f, x.slice(0, 9))).toBeLessThan(1e-7);
  });

  it('softmax over three classes', () => {
    const labels = Int32Array.from({ length: 30 }, (_, i) => i % 3);
    const f = softmaxObjective(m, labels, 3, { l2: 0.05, sampleWeights: Float64Array.from({ length: 30 }, (_, i) => 0.5 + (i % 2)) });
    expect(checkGradient(f, x)).toBeLessThan(1e-7);
  });
});

/** Two blobs separated along feature 0 (positive) and feature 1 (negative), with noise features. */
function separable(): { m: SparseMatrix; labels: Uint8Array } {
  const next = seededRandom(5);
  const b = new SparseBuilder();
  const labels = new Uint8Array(40);
  for (let r = 0; r < 40; r += 1) {
    const y = r % 2;
    labels[r] = y;
    b.addRow([[y === 1 ? 0 : 1, 1], [2 + Math.floor(next() * 6), 1]]);
  }
  return { m: b.build(8), labels };
}

describe('trainBinary', () => {
  it('separates separable data and puts the weight on the telling features', () => {
    const { m, labels } = separable();
    const model = trainBinary(m, labels, { l2: 0.01 });
    const p = predictBinary(m, model);
    for (let r = 0; r < 40; r += 1) expect((p[r] as number) > 0.5).toBe(labels[r] === 1);
    expect(model.weights[0]).toBeGreaterThan(1);
    expect(model.weights[1]).toBeLessThan(-1);
  });

  it('gives the same weights twice', () => {
    const { m, labels } = separable();
    expect(Array.from(trainBinary(m, labels, { l2: 0.01 }).weights)).toEqual(Array.from(trainBinary(m, labels, { l2: 0.01 }).weights));
  });

  it('never moves a masked column', () => {
    const { m, labels } = separable();
    const mask = Uint8Array.from([0, 1, 1, 1, 1, 1, 1, 1]);
    const model = trainBinary(m, labels, { l2: 0.01, mask });
    expect(model.weights[0]).toBe(0);
  });

  it('matches the closed form with one binary feature: the bias is the log-odds of the base rate', () => {
    // No features in any row: the optimum bias is logit(mean(y)) = logit(0.25).
    const b = new SparseBuilder();
    for (let r = 0; r < 8; r += 1) b.addRow([]);
    const model = trainBinary(b.build(1), Uint8Array.from([1, 0, 0, 0, 1, 0, 0, 0]), { l2: 0 });
    expect(model.bias).toBeCloseTo(Math.log(0.25 / 0.75), 5);
  });
});

describe('trainSoftmax', () => {
  it('learns three classes each marked by its own feature', () => {
    const b = new SparseBuilder();
    const labels = new Int32Array(30);
    for (let r = 0; r < 30; r += 1) {
      labels[r] = r % 3;
      b.addRow([[r % 3, 1], [3 + (r % 5), 1]]);
    }
    const m = b.build();
    const model = trainSoftmax(m, labels, 3, { l2: 0.01 });
    const p = predictSoftmax(m, model);
    for (let r = 0; r < 30; r += 1) {
      const row = Array.from(p.subarray(r * 3, r * 3 + 3));
      expect(row.indexOf(Math.max(...row))).toBe(labels[r]);
      expect(row.reduce((a, v) => a + v, 0)).toBeCloseTo(1, 10);
    }
  });
});

describe('trainOneVsRest', () => {
  it('scores each label on its own', () => {
    const b = new SparseBuilder();
    const a = new Uint8Array(20);
    const c = new Uint8Array(20);
    for (let r = 0; r < 20; r += 1) {
      a[r] = r % 2;
      c[r] = r % 4 === 0 ? 1 : 0;
      b.addRow([[r % 2, 1], [2 + (r % 4 === 0 ? 0 : 1), 1]]);
    }
    const m = b.build();
    const p = predictOneVsRest(m, trainOneVsRest(m, [a, c], { l2: 0.01 }));
    for (let r = 0; r < 20; r += 1) {
      expect((p[r * 2] as number) > 0.5).toBe(a[r] === 1);
      expect((p[r * 2 + 1] as number) > 0.5).toBe(c[r] === 1);
    }
  });
});

describe('balancedClassWeights', () => {
  it('is n / (K n_k) raised to the power, 0 for an absent class', () => {
    const w = balancedClassWeights(Int32Array.from([0, 0, 0, 1]), 3, 1);
    expect(w[0]).toBeCloseTo(4 / 9, 10);
    expect(w[1]).toBeCloseTo(4 / 3, 10);
    expect(w[2]).toBe(0);
    expect(Array.from(balancedClassWeights(Int32Array.from([0, 1, 1]), 2, 0))).toEqual([1, 1]);
  });
});
