/** FTRL-Proximal online logistic regression (McMahan et al. 2013): fast, sparse, seeded multi-epoch training. */
import type { BinaryWeights, MulticlassWeights } from './logistic.js';
import { shuffled } from './random.js';
import type { SparseMatrix } from './sparse.js';

/** Hyperparameters of FTRL-Proximal, in the paper's notation (penalties are per example seen, not averaged). */
export interface FtrlOptions {
  /** Learning-rate scale α. Default 0.1. */
  alpha?: number | undefined;
  /** Learning-rate smoothing β. Default 1. */
  beta?: number | undefined;
  /** L1 penalty λ1: drives weights of weak features to exactly 0. Default 0. */
  l1?: number | undefined;
  /** L2 penalty λ2. Default 0. */
  l2?: number | undefined;
  /** Passes over the data, each in a fresh seeded order. Default 5. */
  epochs?: number | undefined;
  /** Seed of the example order. Default 1. */
  seed?: number | undefined;
  /** Training rows (default all). */
  rows?: ArrayLike<number> | undefined;
  /** A weight per matrix row (class weights, say); it scales the row's gradient. Default 1. */
  sampleWeights?: ArrayLike<number> | undefined;
  /** Columns the model may use (1) or must ignore (0). Default all. */
  mask?: Uint8Array | undefined;
}

interface Resolved {
  alpha: number;
  beta: number;
  l1: number;
  l2: number;
  order: number[][];
}

function resolve(m: SparseMatrix, options: FtrlOptions): Resolved {
  const rows = options.rows === undefined ? Array.from({ length: m.rows }, (_, i) => i) : Array.from(options.rows);
  const epochs = options.epochs ?? 5;
  const seed = options.seed ?? 1;
  const order: number[][] = [];
  for (let e = 0; e < epochs; e += 1) order.push(shuffled(rows, seed + e * 7919));
  return { alpha: options.alpha ?? 0.1, beta: options.beta ?? 1, l1: options.l1 ?? 0, l2: options.l2 ?? 0, order };
}

/** The FTRL weight of one coordinate from its accumulators (closed form of the proximal step). */
function weightOf(z: number, n: number, r: Resolved): number {
  const az = Math.abs(z);
  if (az <= r.l1) return 0;
  return -(z - Math.sign(z) * r.l1) / ((r.beta + Math.sqrt(n)) / r.alpha + r.l2);
}

/**
 * Trains a binary logistic regression with FTRL-Proximal: per-coordinate adaptive learning rates,
 * L1 for sparse weights, L2, and `epochs` passes in seeded orders (the same seed gives the same
 * weights). The bias is an unregularized coordinate of its own.
 *
 * @example
 * const model = trainBinaryFtrl(m, labels, { alpha: 0.1, l1: 0.5, epochs: 5, seed: 1 });
 */
export function trainBinaryFtrl(m: SparseMatrix, labels: ArrayLike<number>, options: FtrlOptions = {}): BinaryWeights {
  const r = resolve(m, options);
  const cols = m.cols;
  const z = new Float64Array(cols + 1);
  const n = new Float64Array(cols + 1);
  const w = new Float64Array(cols + 1);
  const { rowPtr, indices, values } = m;
  const mask = options.mask;
  const biasRule: Resolved = { ...r, l1: 0, l2: 0 };
  for (const order of r.order) {
    for (const row of order) {
      const from = rowPtr[row] as number;
      const to = rowPtr[row + 1] as number;
      let dot = 0;
      for (let k = from; k < to; k += 1) {
        const c = indices[k] as number;
        if (mask !== undefined && mask[c] === 0) continue;
        const wc = weightOf(z[c] as number, n[c] as number, r);
        w[c] = wc;
        dot += wc * (values[k] as number);
      }
      const wb = weightOf(z[cols] as number, n[cols] as number, biasRule);
      dot += wb;
      const p = dot >= 0 ? 1 / (1 + Math.exp(-dot)) : Math.exp(dot) / (1 + Math.exp(dot));
      const g0 = (p - (labels[row] as number)) * (options.sampleWeights === undefined ? 1 : (options.sampleWeights[row] as number));
      for (let k = from; k < to; k += 1) {
        const c = indices[k] as number;
        if (mask !== undefined && mask[c] === 0) continue;
        update(z, n, c, g0 * (values[k] as number), w[c] as number, r.alpha);
      }
      update(z, n, cols, g0, wb, r.alpha);
    }
  }
  const weights = new Float64Array(cols);
  for (let c = 0; c < cols; c += 1) weights[c] = mask !== undefined && mask[c] === 0 ? 0 : weightOf(z[c] as number, n[c] as number, r);
  return { weights, bias: weightOf(z[cols] as number, n[cols] as number, biasRule) };
}

function update(z: Float64Array, n: Float64Array, c: number, g: number, w: number, alpha: number): void {
  const nOld = n[c] as number;
  const nNew = nOld + g * g;
  const sigma = (Math.sqrt(nNew) - Math.sqrt(nOld)) / alpha;
  z[c] = (z[c] as number) + g - sigma * w;
  n[c] = nNew;
}

/**
 * Trains a multinomial (softmax) logistic regression with FTRL-Proximal, one set of accumulators
 * per (feature, class). Labels are class numbers; same layout as `trainSoftmax`.
 *
 * @example
 * const model = trainSoftmaxFtrl(m, labels, 14, { alpha: 0.1, l1: 0.2, epochs: 8 });
 */
export function trainSoftmaxFtrl(m: SparseMatrix, labels: ArrayLike<number>, classes: number, options: FtrlOptions = {}): MulticlassWeights {
  const r = resolve(m, options);
  const K = classes;
  const cols = m.cols;
  const size = (cols + 1) * K;
  const z = new Float64Array(size);
  const n = new Float64Array(size);
  const w = new Float64Array(size);
  const scores = new Float64Array(K);
  const { rowPtr, indices, values } = m;
  const mask = options.mask;
  const biasAt = cols * K;
  const biasRule: Resolved = { ...r, l1: 0, l2: 0 };
  for (const order of r.order) {
    for (const row of order) {
      const from = rowPtr[row] as number;
      const to = rowPtr[row + 1] as number;
      for (let k = 0; k < K; k += 1) {
        const wb = weightOf(z[biasAt + k] as number, n[biasAt + k] as number, biasRule);
        w[biasAt + k] = wb;
        scores[k] = wb;
      }
      for (let p = from; p < to; p += 1) {
        const c = indices[p] as number;
        if (mask !== undefined && mask[c] === 0) continue;
        const v = values[p] as number;
        const base = c * K;
        for (let k = 0; k < K; k += 1) {
          const wc = weightOf(z[base + k] as number, n[base + k] as number, r);
          w[base + k] = wc;
          scores[k] = (scores[k] as number) + wc * v;
        }
      }
      let max = -Infinity;
      for (let k = 0; k < K; k += 1) if ((scores[k] as number) > max) max = scores[k] as number;
      let sum = 0;
      for (let k = 0; k < K; k += 1) {
        const e = Math.exp((scores[k] as number) - max);
        scores[k] = e;
        sum += e;
      }
      const y = labels[row] as number;
      const sw = options.sampleWeights === undefined ? 1 : (options.sampleWeights[row] as number);
      for (let k = 0; k < K; k += 1) scores[k] = sw * ((scores[k] as number) / sum - (k === y ? 1 : 0));
      for (let p = from; p < to; p += 1) {
        const c = indices[p] as number;
        if (mask !== undefined && mask[c] === 0) continue;
        const v = values[p] as number;
        const base = c * K;
        for (let k = 0; k < K; k += 1) update(z, n, base + k, (scores[k] as number) * v, w[base + k] as number, r.alpha);
      }
      for (let k = 0; k < K; k += 1) update(z, n, biasAt + k, scores[k] as number, w[biasAt + k] as number, r.alpha);
    }
  }
  const weights = new Float64Array(cols * K);
  for (let c = 0; c < cols; c += 1) {
    if (mask !== undefined && mask[c] === 0) continue;
    for (let k = 0; k < K; k += 1) weights[c * K + k] = weightOf(z[c * K + k] as number, n[c * K + k] as number, r);
  }
  const bias = new Float64Array(K);
  for (let k = 0; k < K; k += 1) bias[k] = weightOf(z[biasAt + k] as number, n[biasAt + k] as number, biasRule);
  return { classes: K, weights, bias };
}
