/** Trained linear models as compact JSON (named features, rounded weights) and their scoring, with the features behind a score. */
import { SlantError } from '../core/errors.js';

/** How class scores turn into probabilities: one sigmoid (binary), a softmax, or a sigmoid per class (one-vs-rest). */
export type LinearKind = 'binary' | 'softmax' | 'ovr';

/**
 * The stored form of a linear model: the kept feature strings, and their weights row by row,
 * `weights[i * K + k]` for feature i and class k (K = classes.length). A feature whose weights were
 * all negligible is left out. A binary model has one class, the positive one. Two flat arrays parse
 * several times faster than an object with a key per feature, and load into one typed array.
 */
export interface LinearModelJson {
  kind: LinearKind;
  classes: string[];
  bias: number[];
  features: string[];
  weights: number[];
}

/** What `compactLinear` keeps. */
export interface CompactOptions {
  /** Weights with a smaller magnitude are dropped. Default 1e-3. */
  minAbs?: number | undefined;
  /** Significant digits kept. Default 4. */
  digits?: number | undefined;
}

/**
 * Rounds `value` to `digits` significant digits (as a plain number, for short JSON).
 *
 * @example
 * roundSignificant(0.123456, 4); // 0.1235
 */
export function roundSignificant(value: number, digits: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(digits));
}

/**
 * Turns a trained weight table (`weights[column * K + k]`, the layout of the trainers in
 * logistic.ts) into compact JSON: features named, negligible weights dropped, the rest rounded.
 *
 * @example
 * const json = compactLinear('softmax', ['A', 'B'], model.weights, model.bias, (c) => index.name(c));
 */
export function compactLinear(
  kind: LinearKind,
  classes: readonly string[],
  weights: ArrayLike<number>,
  bias: ArrayLike<number>,
  name: (column: number) => string,
  options: CompactOptions = {},
): LinearModelJson {
  const K = classes.length;
  const minAbs = options.minAbs ?? 1e-3;
  const digits = options.digits ?? 4;
  if (weights.length % K !== 0) throw new RangeError(`weight table of ${weights.length} does not divide into ${K} classes`);
  const features: string[] = [];
  const rows: number[] = [];
  const cols = weights.length / K;
  for (let c = 0; c < cols; c += 1) {
    let kept = false;
    for (let k = 0; k < K; k += 1) if (Math.abs(weights[c * K + k] as number) >= minAbs) kept = true;
    if (!kept) continue;
    features.push(name(c));
    for (let k = 0; k < K; k += 1) {
      const w = weights[c * K + k] as number;
      rows.push(Math.abs(w) >= minAbs ? roundSignificant(w, digits) : 0);
    }
  }
  return { kind, classes: [...classes], bias: Array.from({ length: K }, (_, k) => roundSignificant(bias[k] as number, digits)), features, weights: rows };
}

/**
 * The weights as they will be stored: magnitudes below `minAbs` set to 0, the rest rounded to
 * `digits` significant digits. Cross-validation applies this to every fold model, so the scores it
 * reports are those of weights as compact as the shipped ones.
 *
 * @example
 * pruneWeights(Float64Array.from([0.004, -0.123456]), { minAbs: 0.01, digits: 3 }); // [0, -0.123]
 */
export function pruneWeights(weights: Float64Array, options: CompactOptions = {}): Float64Array {
  const minAbs = options.minAbs ?? 1e-3;
  const digits = options.digits ?? 4;
  return weights.map((w) => (Math.abs(w) < minAbs ? 0 : roundSignificant(w, digits)));
}

/** One feature's part in a class score. */
export interface Contribution {
  feature: string;
  /** weight × value. */
  weight: number;
}

/**
 * A linear model ready to score feature strings.
 *
 * @example
 * const model = LinearModel.fromJson(json);
 * model.probabilities(['w=disgrace', 'excl']); // per class
 * model.contributions(['w=disgrace', 'excl'], 0, 3); // the features that pushed class 0 most
 */
export class LinearModel {
  readonly kind: LinearKind;
  readonly classes: readonly string[];
  readonly bias: Float64Array;
  /** Feature string → its row in `table`. */
  readonly index: ReadonlyMap<string, number>;
  /** Weights row by row: `table[row * K + k]`. */
  readonly table: Float64Array;

  private constructor(kind: LinearKind, classes: readonly string[], bias: Float64Array, index: Map<string, number>, table: Float64Array) {
    this.kind = kind;
    this.classes = classes;
    this.bias = bias;
    this.index = index;
    this.table = table;
  }

  /** The weight of `feature` for class `k` (0 for a feature the model does not have). */
  weight(feature: string, k: number): number {
    const row = this.index.get(feature);
    return row === undefined ? 0 : (this.table[row * this.classes.length + k] as number);
  }

  /** Validates and loads a stored model; throws `SLANT_DATA_INVALID` naming the first problem. */
  static fromJson(json: unknown, source = 'linear model'): LinearModel {
    const bad = (what: string): never => {
      throw new SlantError('SLANT_DATA_INVALID', `${source}: ${what}; retrain with \`npm run train\``);
    };
    if (typeof json !== 'object' || json === null) return bad('not an object');
    const j = json as Partial<LinearModelJson>;
    if (j.kind !== 'binary' && j.kind !== 'softmax' && j.kind !== 'ovr') return bad(`unknown kind ${String(j.kind)}`);
    if (!Array.isArray(j.classes) || j.classes.length === 0 || !j.classes.every((c) => typeof c === 'string')) return bad('classes must be a non-empty list of strings');
    const K = j.classes.length;
    if (j.kind === 'binary' && K !== 1) return bad('a binary model has one class');
    if (!Array.isArray(j.bias) || j.bias.length !== K || !j.bias.every(Number.isFinite)) return bad(`bias must be ${K} finite numbers`);
    if (!Array.isArray(j.features) || !Array.isArray(j.weights)) return bad('features and weights must be lists');
    if (j.weights.length !== j.features.length * K) return bad(`${j.features.length} features need ${j.features.length * K} weights, got ${j.weights.length}`);
    const index = new Map<string, number>();
    j.features.forEach((feature, i) => {
      if (typeof feature !== 'string' || index.has(feature)) bad(`feature ${i} is not a string or is repeated`);
      index.set(feature, i);
    });
    const table = new Float64Array(j.weights.length);
    for (let i = 0; i < table.length; i += 1) {
      const w = j.weights[i];
      if (typeof w !== 'number' || !Number.isFinite(w)) return bad(`weight ${i} is not a finite number`);
      table[i] = w;
    }
    return new LinearModel(j.kind, [...j.classes], Float64Array.from(j.bias), index, table);
  }

  /** Raw class scores (bias plus weights of the features present; a repeated feature counts again). */
  scores(features: readonly string[], values?: readonly number[]): Float64Array {
    const z = Float64Array.from(this.bias);
    const K = z.length;
    const table = this.table;
    for (let i = 0; i < features.length; i += 1) {
      const row = this.index.get(features[i] as string);
      if (row === undefined) continue;
      const v = values?.[i] ?? 1;
      const base = row * K;
      for (let k = 0; k < K; k += 1) z[k] = (z[k] as number) + (table[base + k] as number) * v;
    }
    return z;
  }

  /** Class probabilities: sigmoid per class for binary and one-vs-rest, softmax otherwise. */
  probabilities(features: readonly string[], values?: readonly number[]): Float64Array {
    return this.squash(this.scores(features, values));
  }

  /** Applies the model's link to raw scores, in place, and returns them. */
  squash(z: Float64Array): Float64Array {
    if (this.kind === 'softmax') {
      let max = -Infinity;
      for (const v of z) if (v > max) max = v;
      let sum = 0;
      for (let k = 0; k < z.length; k += 1) {
        z[k] = Math.exp((z[k] as number) - max);
        sum += z[k] as number;
      }
      for (let k = 0; k < z.length; k += 1) z[k] = (z[k] as number) / sum;
    } else {
      for (let k = 0; k < z.length; k += 1) z[k] = 1 / (1 + Math.exp(-(z[k] as number)));
    }
    return z;
  }

  /**
   * The `top` features that raised class `k`'s score most (positive contributions only, summed
   * over repeats), strongest first; ties by feature string, so evidence is stable.
   */
  contributions(features: readonly string[], k: number, top: number, values?: readonly number[]): Contribution[] {
    const sums = new Map<string, number>();
    for (let i = 0; i < features.length; i += 1) {
      const feature = features[i] as string;
      const row = this.index.get(feature);
      if (row === undefined) continue;
      sums.set(feature, (sums.get(feature) ?? 0) + (this.table[row * this.classes.length + k] as number) * (values?.[i] ?? 1));
    }
    return [...sums]
      .filter(([, w]) => w > 0)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, top)
      .map(([feature, weight]) => ({ feature, weight }));
  }
}
