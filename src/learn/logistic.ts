/** Sparse logistic regression: binary, multinomial (softmax) and one-vs-rest, L2-regularized, fitted with L-BFGS. */
import { lbfgs } from './lbfgs.js';
import type { SparseMatrix } from './sparse.js';

/** A training problem restricted to its rows and allowed columns, with the map back to the full columns. */
interface Compacted {
  m: SparseMatrix;
  /** Full column of each compact column. */
  columns: Int32Array;
  /** Per compact row, the full row it came from. */
  rows: Int32Array;
}

/**
 * Copies the training rows and allowed columns into a smaller matrix: the optimizer's vectors shrink
 * to the columns in use, and the inner loops lose the mask test.
 */
function compact(m: SparseMatrix, rowsIn: ArrayLike<number> | undefined, mask: Uint8Array | undefined): Compacted {
  const rows = rowsIn === undefined ? Int32Array.from({ length: m.rows }, (_, i) => i) : Int32Array.from(rowsIn);
  const remap = new Int32Array(m.cols).fill(-1);
  const columns: number[] = [];
  let nnz = 0;
  for (const r of rows) {
    for (let k = m.rowPtr[r] as number; k < (m.rowPtr[r + 1] as number); k += 1) {
      const c = m.indices[k] as number;
      if (mask !== undefined && mask[c] === 0) continue;
      nnz += 1;
      if (remap[c] === -1) {
        remap[c] = columns.length;
        columns.push(c);
      }
    }
  }
  const rowPtr = new Int32Array(rows.length + 1);
  const indices = new Int32Array(nnz);
  const values = new Float32Array(nnz);
  let p = 0;
  rows.forEach((r, i) => {
    for (let k = m.rowPtr[r] as number; k < (m.rowPtr[r + 1] as number); k += 1) {
      const c = remap[m.indices[k] as number] as number;
      if (c === -1) continue;
      indices[p] = c;
      values[p] = m.values[k] as number;
      p += 1;
    }
    rowPtr[i + 1] = p;
  });
  return { m: { rows: rows.length, cols: columns.length, rowPtr, indices, values }, columns: Int32Array.from(columns), rows };
}

/** Per compact row, the value of `values` at its full row (labels, sample weights). */
function gather<T extends ArrayLike<number>>(values: T | undefined, rows: Int32Array): Float64Array | undefined {
  return values === undefined ? undefined : Float64Array.from(rows, (r) => values[r] as number);
}

/** What every trainer takes besides the data. */
export interface LogisticOptions {
  /** L2 penalty λ on the weights (not the bias); the objective is the weighted mean log-loss plus λ/2·‖w‖². */
  l2: number;
  /** Training rows of the matrix (default: all), so folds need no copies. */
  rows?: ArrayLike<number> | undefined;
  /** A weight per matrix row (class weights, say). Default 1. */
  sampleWeights?: ArrayLike<number> | undefined;
  /** Columns the model may use (1) or must ignore (0): the training folds' vocabulary. Default: all. */
  mask?: Uint8Array | undefined;
  /** L-BFGS iterations at most. Default 200. */
  maxIterations?: number | undefined;
  /** L-BFGS relative tolerance. Default 1e-6. */
  tolerance?: number | undefined;
}

/** A binary model: one weight per column and a bias. */
export interface BinaryWeights {
  weights: Float64Array;
  bias: number;
}

/** A K-class model: `weights[column * K + k]` and one bias per class. */
export interface MulticlassWeights {
  classes: number;
  weights: Float64Array;
  bias: Float64Array;
}

interface Prepared {
  rows: Int32Array;
  weights: Float64Array;
  total: number;
}

function prepare(m: SparseMatrix, options: LogisticOptions): Prepared {
  const rows = options.rows === undefined ? Int32Array.from({ length: m.rows }, (_, i) => i) : Int32Array.from(options.rows);
  const weights = new Float64Array(rows.length);
  let total = 0;
  for (let i = 0; i < rows.length; i += 1) {
    const w = options.sampleWeights === undefined ? 1 : (options.sampleWeights[rows[i] as number] as number);
    weights[i] = w;
    total += w;
  }
  if (!(total > 0)) throw new RangeError('no training rows with positive weight');
  return { rows, weights, total };
}

/** log(1 + e^z) without overflow. */
function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * The binary objective over parameters `[w_0 … w_{cols-1}, bias]`: weighted mean log-loss plus
 * λ/2·‖w‖², with its gradient. Exposed so tests can check the gradient numerically.
 *
 * @example
 * const f = binaryObjective(m, labels, { l2: 0.01 });
 * const grad = new Float64Array(m.cols + 1); f(new Float64Array(m.cols + 1), grad);
 */
export function binaryObjective(m: SparseMatrix, labels: ArrayLike<number>, options: LogisticOptions): (x: Float64Array, grad: Float64Array) => number {
  const { rows, weights, total } = prepare(m, options);
  const mask = options.mask;
  const cols = m.cols;
  const { rowPtr, indices, values } = m;
  return (x, grad) => {
    grad.fill(0);
    let loss = 0;
    const bias = x[cols] as number;
    for (let i = 0; i < rows.length; i += 1) {
      const r = rows[i] as number;
      const from = rowPtr[r] as number;
      const to = rowPtr[r + 1] as number;
      let z = bias;
      for (let k = from; k < to; k += 1) {
        const c = indices[k] as number;
        if (mask !== undefined && mask[c] === 0) continue;
        z += (x[c] as number) * (values[k] as number);
      }
      const y = labels[r] as number;
      const c = (weights[i] as number) / total;
      loss += c * (softplus(z) - y * z);
      const d = c * (sigmoid(z) - y);
      if (d === 0) continue;
      for (let k = from; k < to; k += 1) {
        const col = indices[k] as number;
        if (mask !== undefined && mask[col] === 0) continue;
        grad[col] = (grad[col] as number) + d * (values[k] as number);
      }
      grad[cols] = (grad[cols] as number) + d;
    }
    const l2 = options.l2;
    for (let j = 0; j < cols; j += 1) {
      const w = x[j] as number;
      if (w === 0) continue;
      loss += 0.5 * l2 * w * w;
      grad[j] = (grad[j] as number) + l2 * w;
    }
    return loss;
  };
}

/**
 * Fits a binary logistic regression: labels are 0 or 1 per matrix row.
 *
 * @example
 * const model = trainBinary(m, Uint8Array.from([0, 1, 1]), { l2: 0.01 });
 * predictBinary(m, model); // probabilities of class 1
 */
export function trainBinary(m: SparseMatrix, labels: ArrayLike<number>, options: LogisticOptions): BinaryWeights {
  const c = compact(m, options.rows, options.mask);
  return trainCompactBinary(c, gather(labels, c.rows) as Float64Array, gather(options.sampleWeights, c.rows), m.cols, options);
}

function trainCompactBinary(c: Compacted, labels: Float64Array, sampleWeights: Float64Array | undefined, cols: number, options: LogisticOptions): BinaryWeights {
  const f = binaryObjective(c.m, labels, { l2: options.l2, sampleWeights });
  const { x } = lbfgs(f, new Float64Array(c.m.cols + 1), { maxIterations: options.maxIterations ?? 200, tolerance: options.tolerance ?? 1e-6 });
  const weights = new Float64Array(cols);
  c.columns.forEach((full, k) => {
    weights[full] = x[k] as number;
  });
  return { weights, bias: x[c.m.cols] as number };
}

/**
 * Probabilities of class 1 for `rows` (default: all rows) of `m`.
 *
 * @example
 * const p = predictBinary(m, model, testRows);
 */
export function predictBinary(m: SparseMatrix, model: BinaryWeights, rows?: ArrayLike<number>): Float64Array {
  const n = rows === undefined ? m.rows : rows.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const r = rows === undefined ? i : (rows[i] as number);
    let z = model.bias;
    for (let k = m.rowPtr[r] as number; k < (m.rowPtr[r + 1] as number); k += 1) {
      z += (model.weights[m.indices[k] as number] as number) * (m.values[k] as number);
    }
    out[i] = sigmoid(z);
  }
  return out;
}

/**
 * The multinomial objective over parameters `[W (cols × K, row-major by column), b (K)]`: weighted
 * mean cross-entropy of the softmax plus λ/2·‖W‖², with its gradient.
 *
 * @example
 * const f = softmaxObjective(m, Int32Array.from([0, 2, 1]), 3, { l2: 0.01 });
 */
export function softmaxObjective(m: SparseMatrix, labels: ArrayLike<number>, classes: number, options: LogisticOptions): (x: Float64Array, grad: Float64Array) => number {
  const { rows, weights, total } = prepare(m, options);
  const mask = options.mask;
  const K = classes;
  const cols = m.cols;
  const biasAt = cols * K;
  const { rowPtr, indices, values } = m;
  const z = new Float64Array(K);
  return (x, grad) => {
    grad.fill(0);
    let loss = 0;
    for (let i = 0; i < rows.length; i += 1) {
      const r = rows[i] as number;
      const from = rowPtr[r] as number;
      const to = rowPtr[r + 1] as number;
      for (let k = 0; k < K; k += 1) z[k] = x[biasAt + k] as number;
      for (let p = from; p < to; p += 1) {
        const c = indices[p] as number;
        if (mask !== undefined && mask[c] === 0) continue;
        const v = values[p] as number;
        const base = c * K;
        for (let k = 0; k < K; k += 1) z[k] = (z[k] as number) + (x[base + k] as number) * v;
      }
      let max = -Infinity;
      for (let k = 0; k < K; k += 1) if ((z[k] as number) > max) max = z[k] as number;
      let sum = 0;
      for (let k = 0; k < K; k += 1) {
        const e = Math.exp((z[k] as number) - max);
        z[k] = e;
        sum += e;
      }
      const y = labels[r] as number;
      const c = (weights[i] as number) / total;
      loss -= c * Math.log((z[y] as number) / sum);
      for (let k = 0; k < K; k += 1) z[k] = c * ((z[k] as number) / sum - (k === y ? 1 : 0));
      for (let p = from; p < to; p += 1) {
        const col = indices[p] as number;
        if (mask !== undefined && mask[col] === 0) continue;
        const v = values[p] as number;
        const base = col * K;
        for (let k = 0; k < K; k += 1) grad[base + k] = (grad[base + k] as number) + (z[k] as number) * v;
      }
      for (let k = 0; k < K; k += 1) grad[biasAt + k] = (grad[biasAt + k] as number) + (z[k] as number);
    }
    const l2 = options.l2;
    for (let j = 0; j < biasAt; j += 1) {
      const w = x[j] as number;
      if (w === 0) continue;
      loss += 0.5 * l2 * w * w;
      grad[j] = (grad[j] as number) + l2 * w;
    }
    return loss;
  };
}

/**
 * Fits a multinomial logistic regression (softmax): labels are class numbers 0 … K-1 per row.
 *
 * @example
 * const model = trainSoftmax(m, Int32Array.from([0, 2, 1]), 3, { l2: 0.01 });
 * predictSoftmax(m, model); // rows × 3 probabilities
 */
export function trainSoftmax(m: SparseMatrix, labels: ArrayLike<number>, classes: number, options: LogisticOptions): MulticlassWeights {
  const c = compact(m, options.rows, options.mask);
  const n = c.m.cols;
  const f = softmaxObjective(c.m, gather(labels, c.rows) as Float64Array, classes, { l2: options.l2, sampleWeights: gather(options.sampleWeights, c.rows) });
  const { x } = lbfgs(f, new Float64Array(n * classes + classes), { maxIterations: options.maxIterations ?? 200, tolerance: options.tolerance ?? 1e-6 });
  const weights = new Float64Array(m.cols * classes);
  c.columns.forEach((full, k) => weights.set(x.subarray(k * classes, k * classes + classes), full * classes));
  return { classes, weights, bias: x.slice(n * classes) };
}

/**
 * Class probabilities for `rows` (default: all) of `m`, row-major: `out[i * K + k]`.
 *
 * @example
 * const p = predictSoftmax(m, model, testRows);
 */
export function predictSoftmax(m: SparseMatrix, model: MulticlassWeights, rows?: ArrayLike<number>): Float64Array {
  const K = model.classes;
  const n = rows === undefined ? m.rows : rows.length;
  const out = new Float64Array(n * K);
  for (let i = 0; i < n; i += 1) {
    const r = rows === undefined ? i : (rows[i] as number);
    const z = out.subarray(i * K, i * K + K);
    z.set(model.bias);
    for (let p = m.rowPtr[r] as number; p < (m.rowPtr[r + 1] as number); p += 1) {
      const base = (m.indices[p] as number) * K;
      const v = m.values[p] as number;
      for (let k = 0; k < K; k += 1) z[k] = (z[k] as number) + (model.weights[base + k] as number) * v;
    }
    softmaxInPlace(z);
  }
  return out;
}

/**
 * Replaces scores by their softmax, stably.
 *
 * @example
 * softmaxInPlace(Float64Array.from([0, 0])); // [0.5, 0.5]
 */
export function softmaxInPlace(z: Float64Array | Float32Array): void {
  let max = -Infinity;
  for (let k = 0; k < z.length; k += 1) if ((z[k] as number) > max) max = z[k] as number;
  let sum = 0;
  for (let k = 0; k < z.length; k += 1) {
    const e = Math.exp((z[k] as number) - max);
    z[k] = e;
    sum += e;
  }
  for (let k = 0; k < z.length; k += 1) z[k] = (z[k] as number) / sum;
}

/**
 * One-vs-rest: one binary model per label, each over the same rows, for multi-label data
 * (`labels[k][row]` is 1 when the row has label k). Returned as one K-class weight table so it
 * serializes like a softmax model; scores are independent sigmoids.
 *
 * @example
 * const model = trainOneVsRest(m, [isA, isB], { l2: 0.01 });
 */
export function trainOneVsRest(m: SparseMatrix, labels: ReadonlyArray<ArrayLike<number>>, options: LogisticOptions & { positiveWeight?: ArrayLike<number> | undefined }): MulticlassWeights {
  const K = labels.length;
  const weights = new Float64Array(m.cols * K);
  const bias = new Float64Array(K);
  const problem = compact(m, options.rows, options.mask);
  const base = gather(options.sampleWeights, problem.rows);
  labels.forEach((yFull, k) => {
    const y = gather(yFull, problem.rows) as Float64Array;
    let sampleWeights = base;
    const boost = options.positiveWeight?.[k];
    if (boost !== undefined && boost !== 1) sampleWeights = Float64Array.from(y, (v, i) => (base?.[i] ?? 1) * (v > 0 ? boost : 1));
    const model = trainCompactBinary(problem, y, sampleWeights, m.cols, options);
    for (let c = 0; c < m.cols; c += 1) weights[c * K + k] = model.weights[c] as number;
    bias[k] = model.bias;
  });
  return { classes: K, weights, bias };
}

/**
 * Independent sigmoid scores of a one-vs-rest model, row-major: `out[i * K + k]`.
 *
 * @example
 * const p = predictOneVsRest(m, model, testRows);
 */
export function predictOneVsRest(m: SparseMatrix, model: MulticlassWeights, rows?: ArrayLike<number>): Float64Array {
  const K = model.classes;
  const n = rows === undefined ? m.rows : rows.length;
  const out = new Float64Array(n * K);
  for (let i = 0; i < n; i += 1) {
    const r = rows === undefined ? i : (rows[i] as number);
    const z = out.subarray(i * K, i * K + K);
    z.set(model.bias);
    for (let p = m.rowPtr[r] as number; p < (m.rowPtr[r + 1] as number); p += 1) {
      const base = (m.indices[p] as number) * K;
      const v = m.values[p] as number;
      for (let k = 0; k < K; k += 1) z[k] = (z[k] as number) + (model.weights[base + k] as number) * v;
    }
    for (let k = 0; k < K; k += 1) z[k] = sigmoid(z[k] as number);
  }
  return out;
}

/**
 * Class weights that balance a skewed label distribution: `(n / (K · n_k))^power`, so power 1 is
 * the usual "balanced" weighting (King & Zeng 2001) and 0 leaves the data as it is. Classes
 * with no example get weight 0.
 *
 * @example
 * balancedClassWeights(Int32Array.from([0, 0, 0, 1]), 2, 1); // [0.667, 2]
 */
export function balancedClassWeights(labels: ArrayLike<number>, classes: number, power = 1, rows?: ArrayLike<number>): Float64Array {
  const counts = new Float64Array(classes);
  const n = rows === undefined ? labels.length : rows.length;
  for (let i = 0; i < n; i += 1) {
    const r = rows === undefined ? i : (rows[i] as number);
    const y = labels[r] as number;
    counts[y] = (counts[y] as number) + 1;
  }
  const out = new Float64Array(classes);
  for (let k = 0; k < classes; k += 1) out[k] = (counts[k] as number) === 0 ? 0 : (n / (classes * (counts[k] as number))) ** power;
  return out;
}
