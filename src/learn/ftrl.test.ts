import { describe, expect, it } from 'vitest';
import { trainBinaryFtrl, trainSoftmaxFtrl } from './ftrl.js';
import { predictBinary, predictSoftmax } from './logistic.js';
import { seededRandom } from './random.js';
import { SparseBuilder, type SparseMatrix } from './sparse.js';

/** Rows of class y carry feature y (telling) and two noise features from 3…12. */
function data(classes: number, rows: number): { m: SparseMatrix; y: Int32Array } {
  const next = seededRandom(11);
  const b = new SparseBuilder();
  const y = new Int32Array(rows);
  for (let r = 0; r < rows; r += 1) {
    y[r] = r % classes;
    b.addRow([[r % classes, 1], [3 + Math.floor(next() * 10), 1], [3 + Math.floor(next() * 10), 1]]);
  }
  return { m: b.build(13), y };
}

describe('trainBinaryFtrl', () => {
  const { m, y } = data(2, 200);

  it('separates separable data', () => {
    const p = predictBinary(m, trainBinaryFtrl(m, y, { alpha: 0.5, epochs: 5 }));
    for (let r = 0; r < 200; r += 1) expect((p[r] as number) > 0.5).toBe(y[r] === 1);
  });

  it('is deterministic for a seed and depends on it', () => {
    const a = trainBinaryFtrl(m, y, { alpha: 0.5, epochs: 3, seed: 4 });
    expect(Array.from(trainBinaryFtrl(m, y, { alpha: 0.5, epochs: 3, seed: 4 }).weights)).toEqual(Array.from(a.weights));
    expect(Array.from(trainBinaryFtrl(m, y, { alpha: 0.5, epochs: 3, seed: 5 }).weights)).not.toEqual(Array.from(a.weights));
  });

  it('sets weak features to exactly zero under L1 and leaves masked columns at zero', () => {
    const model = trainBinaryFtrl(m, y, { alpha: 0.5, epochs: 5, l1: 20, mask: Uint8Array.from({ length: 13 }, (_, c) => (c === 0 ? 0 : 1)) });
    expect(model.weights[0]).toBe(0);
    const noise = Array.from(model.weights.subarray(3));
    expect(noise.filter((w) => w === 0).length).toBeGreaterThan(5);
    expect(model.weights[1]).not.toBe(0);
  });

  it('weighs rows by their sample weight: upweighting class 1 raises its scores', () => {
    const plain = predictBinary(m, trainBinaryFtrl(m, y, { alpha: 0.5, epochs: 3 }));
    const boosted = predictBinary(m, trainBinaryFtrl(m, y, { alpha: 0.5, epochs: 3, sampleWeights: Float64Array.from(y, (v) => (v === 1 ? 5 : 1)) }));
    expect(boosted.reduce((a, v) => a + v, 0)).toBeGreaterThan(plain.reduce((a, v) => a + v, 0));
  });
});

describe('trainSoftmaxFtrl', () => {
  it('learns three classes each marked by its own feature', () => {
    const { m, y } = data(3, 300);
    const p = predictSoftmax(m, trainSoftmaxFtrl(m, y, 3, { alpha: 0.5, epochs: 5 }));
    for (let r = 0; r < 300; r += 1) {
      const row = Array.from(p.subarray(r * 3, r * 3 + 3));
      expect(row.indexOf(Math.max(...row))).toBe(y[r]);
    }
  });
});
