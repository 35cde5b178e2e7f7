/** Training of the text classifiers: one sparse matrix, grouped k-fold nested cross-validation over a small grid, and the final fit as stored JSON. */
import { sha256, stableStringify } from '../core/hash.js';
import { multiLabelScore, type LabelCounts, type PRF } from '../eval/metrics.js';
import { groupedKFold } from '../learn/cross-validation.js';
import { compactLinear, pruneWeights } from '../learn/linear-model.js';
import { balancedClassWeights, predictBinary, predictOneVsRest, predictSoftmax, trainBinary, trainOneVsRest, trainSoftmax, type MulticlassWeights } from '../learn/logistic.js';
import { SparseBuilder, type SparseMatrix } from '../learn/sparse.js';
import { columnCounts, FeatureIndex, minCountMask } from '../learn/vocabulary.js';
import { CLASSIFIER_FORMAT, type ClassifierJson } from './classifier.js';
import type { FeatureSpec, FeatureVector } from './features.js';

/** How weights are stored: smaller magnitudes dropped, the rest rounded (fold models alike, so CV scores are those of the stored weights). */
export const CLASSIFIER_STORAGE = { minAbs: 0.01, digits: 3 } as const;

export type ClassifierKind = 'binary' | 'softmax' | 'ovr';

/** What model selection maximizes. */
export type SelectionMetric = 'macro-f1' | 'micro-f1' | 'accuracy';

/** Hyperparameters of one fit. */
export interface LearnParams {
  /** L2 penalty on the mean log-loss (see `LogisticOptions.l2`). */
  l2: number;
  /** Features seen in fewer training texts are ignored. */
  minCount: number;
  /** Class weights (n / (K · n_k))^power; for one-vs-rest, positives weigh (negatives / positives)^power. 0 leaves the data as it is. */
  classWeightPower: number;
}

/** One labelled text, featurized. */
export interface LabelledText {
  vector: FeatureVector;
  /** Its labels: exactly one for binary and softmax data, any number for one-vs-rest. */
  labels: readonly string[];
  /** Texts of one group (an article, a story, a publisher) never straddle folds. */
  group: string;
  /** Extra training data from another source: in every training fold, never scored. */
  trainOnly?: boolean | undefined;
}

/** The data of a classifier: matrix, label numbers and folds. */
export interface TrainingData {
  kind: ClassifierKind;
  /** For binary data `[positive, negative]`. */
  labels: readonly string[];
  X: SparseMatrix;
  index: FeatureIndex;
  /** Per row, its label numbers (indices into `labels`). */
  gold: number[][];
  groups: string[];
  /** Rows that only ever train (see `LabelledText.trainOnly`). */
  trainOnly: Int32Array;
}

/**
 * Interns the features of `texts` into one matrix, in order, so the same texts give the same
 * columns. Labels not in `labels` are an error.
 *
 * @example
 * const data = buildTrainingData('binary', ['Biased', 'Non-biased'], texts);
 */
export function buildTrainingData(kind: ClassifierKind, labels: readonly string[], texts: readonly LabelledText[]): TrainingData {
  if (kind === 'binary' && labels.length !== 2) throw new RangeError('binary data has two labels, [positive, negative]');
  const index = new FeatureIndex();
  const builder = new SparseBuilder();
  const gold: number[][] = [];
  for (const t of texts) {
    builder.addRow(t.vector.features.map((f, i) => [index.id(f), t.vector.values[i] ?? 1] as const));
    const ids = t.labels.map((l) => {
      const k = labels.indexOf(l);
      if (k === -1) throw new RangeError(`label "${l}" is not one of ${labels.join(', ')}`);
      return k;
    });
    if (kind !== 'ovr' && ids.length !== 1) throw new RangeError(`a ${kind} text has exactly one label, got ${ids.length}`);
    gold.push(ids);
  }
  const trainOnly: number[] = [];
  texts.forEach((t, i) => {
    if (t.trainOnly === true) trainOnly.push(i);
  });
  return { kind, labels, X: builder.build(index.size), index, gold, groups: texts.map((t) => t.group), trainOnly: Int32Array.from(trainOnly) };
}

/** Weights as a K-column table (K = 1 for binary: the positive label). */
type Weights = MulticlassWeights;

/** Number of score columns: 1 for binary, the label count otherwise. */
const columnsOf = (data: TrainingData): number => (data.kind === 'binary' ? 1 : data.labels.length);

/** Fits one model on `rows`, pruned as it will be stored. */
export function fitRows(data: TrainingData, rows: ArrayLike<number>, params: LearnParams): Weights {
  const mask = minCountMask(columnCounts(data.X, rows), params.minCount);
  const options = { l2: params.l2, rows, mask, maxIterations: 300 };
  const first = Int32Array.from(data.gold, (g) => g[0] ?? 0);
  let model: Weights;
  if (data.kind === 'binary') {
    const y = Uint8Array.from(first, (k) => (k === 0 ? 1 : 0));
    const perClass = balancedClassWeights(first, 2, params.classWeightPower, rows);
    const sampleWeights = params.classWeightPower === 0 ? undefined : Float64Array.from(first, (k) => perClass[k] as number);
    const m = trainBinary(data.X, y, { ...options, sampleWeights });
    model = { classes: 1, weights: m.weights, bias: Float64Array.of(m.bias) };
  } else if (data.kind === 'softmax') {
    const K = data.labels.length;
    const perClass = balancedClassWeights(first, K, params.classWeightPower, rows);
    const sampleWeights = params.classWeightPower === 0 ? undefined : Float64Array.from(first, (k) => perClass[k] as number);
    model = trainSoftmax(data.X, first, K, { ...options, sampleWeights });
  } else {
    const targets = data.labels.map((_, k) => Uint8Array.from(data.gold, (g) => (g.includes(k) ? 1 : 0)));
    const positiveWeight = targets.map((t) => {
      let pos = 0;
      for (let i = 0; i < rows.length; i += 1) pos += t[rows[i] as number] as number;
      const neg = rows.length - pos;
      return pos === 0 ? 1 : (neg / pos) ** params.classWeightPower;
    });
    model = trainOneVsRest(data.X, targets, { ...options, positiveWeight });
  }
  return { ...model, weights: pruneWeights(model.weights, CLASSIFIER_STORAGE), bias: model.bias.map((b) => Number(b.toPrecision(CLASSIFIER_STORAGE.digits))) };
}

/** Probabilities of `rows`, row-major (`out[i * K + k]`, K = 1 for binary). */
export function predictRows(data: TrainingData, model: Weights, rows: ArrayLike<number>): Float64Array {
  if (data.kind === 'binary') return predictBinary(data.X, { weights: model.weights, bias: model.bias[0] as number }, rows);
  return data.kind === 'softmax' ? predictSoftmax(data.X, model, rows) : predictOneVsRest(data.X, model, rows);
}

/** The label numbers a row's probabilities choose. */
function decide(kind: ClassifierKind, p: Float64Array, at: number, K: number, threshold: number): number[] {
  if (kind === 'binary') return [(p[at] as number) >= threshold ? 0 : 1];
  if (kind === 'softmax') {
    let best = 0;
    for (let k = 1; k < K; k += 1) if ((p[at * K + k] as number) > (p[at * K + best] as number)) best = k;
    return [best];
  }
  const out: number[] = [];
  for (let k = 0; k < K; k += 1) if ((p[at * K + k] as number) >= threshold) out.push(k);
  return out;
}

/** Scores of a set of decisions. */
export interface ClassifierScore {
  accuracy: number;
  micro: PRF;
  macro: PRF;
  perLabel: Array<PRF & LabelCounts & { label: string }>;
}

/**
 * Scores rows (`probabilities[i]` for `rows[i]`) decided at `threshold`. Accuracy is exact match
 * (for one-vs-rest, the label set). Macro-F1 averages over every label of `data`.
 */
export function scoreRows(data: TrainingData, rows: ArrayLike<number>, probabilities: Float64Array, threshold: number | ArrayLike<number>): ClassifierScore {
  const K = columnsOf(data);
  const items: Array<{ gold: string[]; pred: string[] }> = [];
  let exact = 0;
  for (let i = 0; i < rows.length; i += 1) {
    const r = rows[i] as number;
    const t = typeof threshold === 'number' ? threshold : (threshold[i] as number);
    const pred = decide(data.kind, probabilities, i, K, t);
    const gold = data.gold[r] as number[];
    if (pred.length === gold.length && pred.every((k) => gold.includes(k))) exact += 1;
    items.push({ gold: gold.map((k) => data.labels[k] as string), pred: pred.map((k) => data.labels[k] as string) });
  }
  const s = multiLabelScore(items, data.labels, { absentLabels: 'zero' });
  return {
    accuracy: rows.length === 0 ? 0 : exact / rows.length,
    micro: s.micro,
    macro: s.macro,
    perLabel: data.labels.map((label) => ({ label, ...(s.perLabel.get(label) as PRF & LabelCounts) })),
  };
}

/** The value of the selection metric. */
export function metricOf(score: ClassifierScore, metric: SelectionMetric): number {
  return metric === 'accuracy' ? score.accuracy : metric === 'micro-f1' ? score.micro.f1 : score.macro.f1;
}

/** Thresholds searched for binary (positive probability) and one-vs-rest (every label) models. */
const BINARY_THRESHOLDS = Array.from({ length: 61 }, (_, i) => Math.round((0.2 + i * 0.01) * 100) / 100);
const OVR_THRESHOLDS = Array.from({ length: 23 }, (_, i) => Math.round((0.1 + i * 0.025) * 1000) / 1000);

/**
 * The threshold that maximizes `metric` on held-out probabilities (0.5 for softmax, which has
 * none); ties go to the one nearest 0.5 for binary models and the lowest for one-vs-rest.
 */
export function tuneThreshold(data: TrainingData, rows: ArrayLike<number>, probabilities: Float64Array, metric: SelectionMetric): { threshold: number; value: number } {
  if (data.kind === 'softmax') return { threshold: 0.5, value: metricOf(scoreRows(data, rows, probabilities, 0.5), metric) };
  const grid = data.kind === 'binary' ? [...BINARY_THRESHOLDS].sort((a, b) => Math.abs(a - 0.5) - Math.abs(b - 0.5) || a - b) : OVR_THRESHOLDS;
  let best = { threshold: grid[0] as number, value: -1 };
  for (const t of grid) {
    const value = metricOf(scoreRows(data, rows, probabilities, t), metric);
    if (value > best.value + 1e-12) best = { threshold: t, value };
  }
  return best;
}

/** Held-out probabilities of `rows`: each fold of `folds` among them predicted by a model fitted on the others. */
function heldOut(data: TrainingData, rows: Int32Array, folds: Int32Array, params: LearnParams): Float64Array {
  const K = columnsOf(data);
  const out = new Float64Array(rows.length * K);
  const present = [...new Set(Array.from(rows, (r) => folds[r] as number))].sort((a, b) => a - b);
  for (const f of present) {
    const test: number[] = [];
    const train: number[] = [];
    rows.forEach((r, i) => (folds[r] === f ? test.push(i) : train.push(r)));
    for (const r of data.trainOnly) train.push(r);
    const model = fitRows(data, train, params);
    const p = predictRows(data, model, test.map((i) => rows[i] as number));
    test.forEach((i, j) => out.set(p.subarray(j * K, j * K + K), i * K));
  }
  return out;
}

/** A grid point with the score it reached. */
export interface GridResult {
  params: LearnParams;
  threshold: number;
  score: ClassifierScore;
}

/** What cross-validation reports. */
export interface CrossValidation {
  folds: number;
  metric: SelectionMetric;
  /**
   * Nested CV: each outer fold scored by a model whose hyperparameters and threshold were chosen by
   * an inner CV over the other folds alone. The honest estimate.
   */
  nested: ClassifierScore;
  perFold: Array<{ params: LearnParams; threshold: number; value: number }>;
  /** Plain k-fold CV on all data for every grid point (what the final choice is made on). */
  grid: GridResult[];
  /** The grid point chosen for the final model, and its threshold. */
  chosen: GridResult;
  /** Held-out probabilities of the chosen grid point, row-major, for the scored rows (all but the train-only ones) in order. */
  heldOut: Float64Array;
}

/**
 * Grouped k-fold nested cross-validation over `grid`, then the choice for the final model by plain
 * k-fold CV on all rows. Folds come from `groupedKFold(data.groups, k, seed)`.
 *
 * @example
 * const cv = crossValidate(data, [{ l2: 1e-3, minCount: 2, classWeightPower: 1 }], 5, 1, 'macro-f1');
 * cv.nested.macro.f1;
 */
export function crossValidate(data: TrainingData, grid: readonly LearnParams[], k: number, seed: number, metric: SelectionMetric, log: (line: string) => void = () => {}): CrossValidation {
  const extra = new Set(data.trainOnly);
  const scored = Int32Array.from({ length: data.X.rows }, (_, i) => i).filter((r) => !extra.has(r));
  // Train-only rows get fold -1: never a test fold, so always trained on.
  const folds = new Int32Array(data.X.rows).fill(-1);
  const scoredFolds = groupedKFold(Array.from(scored, (r) => data.groups[r] as string), k, seed);
  scored.forEach((r, i) => {
    folds[r] = scoredFolds[i] as number;
  });
  const K = columnsOf(data);
  const n = data.X.rows;
  const all = scored;
  const choose = (rows: Int32Array): GridResult & { probabilities: Float64Array } => {
    let best: (GridResult & { probabilities: Float64Array; value: number }) | undefined;
    for (const params of grid) {
      const p = heldOut(data, rows, folds, params);
      const { threshold, value } = tuneThreshold(data, rows, p, metric);
      if (best === undefined || value > best.value + 1e-12) best = { params, threshold, value, probabilities: p, score: scoreRows(data, rows, p, threshold) };
    }
    return best as GridResult & { probabilities: Float64Array };
  };
  // Indexed by position in `all` (the scored rows), like every probability array here.
  const position = new Int32Array(n).fill(-1);
  all.forEach((r, i) => {
    position[r] = i;
  });
  const outer = new Float64Array(all.length * K);
  const thresholds = new Float64Array(all.length);
  const perFold: CrossValidation['perFold'] = [];
  for (let f = 0; f < k; f += 1) {
    const train = all.filter((r) => folds[r] !== f);
    const test = all.filter((r) => folds[r] === f);
    const fitOn = Int32Array.from([...train, ...data.trainOnly]);
    const inner = grid.length === 1 && data.kind === 'softmax' ? { params: grid[0] as LearnParams, threshold: 0.5 } : choose(train);
    const model = fitRows(data, fitOn, inner.params);
    const p = predictRows(data, model, test);
    test.forEach((r, i) => {
      const at = position[r] as number;
      outer.set(p.subarray(i * K, i * K + K), at * K);
      thresholds[at] = inner.threshold;
    });
    const value = metricOf(scoreRows(data, test, p, inner.threshold), metric);
    perFold.push({ params: inner.params, threshold: inner.threshold, value });
    log(`  fold ${f + 1}/${k}: ${metric} ${value.toFixed(3)} (l2 ${inner.params.l2}, min count ${inner.params.minCount}, class weights ^${inner.params.classWeightPower}, threshold ${inner.threshold})`);
  }
  const nested = scoreRows(data, all, outer, thresholds);
  const results: GridResult[] = [];
  let chosen: (GridResult & { probabilities: Float64Array; value: number }) | undefined;
  for (const params of grid) {
    const p = heldOut(data, all, folds, params);
    const { threshold, value } = tuneThreshold(data, all, p, metric);
    const result = { params, threshold, score: scoreRows(data, all, p, threshold) };
    results.push(result);
    if (chosen === undefined || value > chosen.value + 1e-12) chosen = { ...result, value, probabilities: p };
  }
  const best = chosen as GridResult & { probabilities: Float64Array };
  return { folds: k, metric, nested, perFold, grid: results, chosen: { params: best.params, threshold: best.threshold, score: best.score }, heldOut: best.probabilities };
}

/** What the stored classifier says about itself besides its weights. */
export interface ClassifierMeta {
  name: string;
  unit: 'sentence' | 'document';
  spec: FeatureSpec;
  trainedOn: string;
  /** Hash of the rule lexicons, for models whose features read rule hits. */
  lexicons?: string | undefined;
}

/**
 * Fits the final model on every row and returns it in its stored form, with an id that hashes the
 * weights (the same data, code and seed give the same id and bytes).
 *
 * @example
 * const json = fitClassifier(data, cv.chosen.params, cv.chosen.threshold, { name: 'genre', unit: 'document', spec, trainedOn: '…' });
 */
export function fitClassifier(data: TrainingData, params: LearnParams, threshold: number, meta: ClassifierMeta): ClassifierJson {
  const all = Int32Array.from({ length: data.X.rows }, (_, i) => i);
  const model = fitRows(data, all, params);
  const classes = data.kind === 'binary' ? [data.labels[0] as string] : [...data.labels];
  const linear = compactLinear(data.kind, classes, model.weights, model.bias, (c) => data.index.name(c), CLASSIFIER_STORAGE);
  const body = { unit: meta.unit, spec: meta.spec, labels: [...data.labels], threshold, trainedOn: meta.trainedOn, ...(meta.lexicons === undefined ? {} : { lexicons: meta.lexicons }), model: linear };
  return { format: CLASSIFIER_FORMAT, id: `${meta.name}-${sha256(stableStringify(body), 12)}`, name: meta.name, ...body };
}
