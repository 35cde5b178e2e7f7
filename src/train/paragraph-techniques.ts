/** Paragraph techniques (SemEval-2023 Task 3, subtask 3): one-vs-rest logistic regression, one threshold tuned by nested grouped CV. */
import type { Detector } from '../detectors/detector.js';
import { multiLabelScore, type MultiLabelScore } from '../eval/metrics.js';
import { foldRows } from '../learn/cross-validation.js';
import { compactLinear, pruneWeights, type LinearModelJson } from '../learn/linear-model.js';
import { predictOneVsRest, trainOneVsRest, type MulticlassWeights } from '../learn/logistic.js';
import { SparseBuilder, type SparseMatrix } from '../learn/sparse.js';
import { columnCounts, FeatureIndex, minCountMask } from '../learn/vocabulary.js';
import { parse } from '../nlp/parse.js';
import { featureContext, paragraphFeatures } from '../techniques/learned/features.js';
import { WEIGHT_STORAGE } from '../techniques/learned/weights.js';
import { SEMEVAL2023_TECHNIQUES, type Paragraph2023 } from './datasets/semeval2023.js';

/** Hyperparameters of the paragraph model (defaults chosen by 5-fold grouped CV on SemEval-2023 train). */
export interface ParagraphParams {
  l2: number;
  minCount: number;
  maxIterations: number;
  /** Thresholds searched on held-out predictions; one threshold serves every label. */
  thresholdGrid: readonly number[];
}

export const PARAGRAPH_DEFAULTS: ParagraphParams = {
  l2: 1e-3,
  minCount: 2,
  maxIterations: 200,
  thresholdGrid: [0.05, 0.075, 0.1, 0.125, 0.15, 0.175, 0.2, 0.225, 0.25, 0.3, 0.35, 0.4],
};

/** The paragraph matrix, its labels (only those that occur), and the fold of each paragraph. */
export interface ParagraphData {
  X: SparseMatrix;
  /** The labels that occur in the data, in SemEval-2023 order: the model's classes. */
  labels: string[];
  /** `targets[k][row]` is 1 when the paragraph has label k. */
  targets: Uint8Array[];
  gold: string[][];
  fold: Int32Array;
  index: FeatureIndex;
}

/**
 * Featurizes every paragraph (parsed on its own, as `paragraph()` sees it at prediction time).
 * Labels that never occur get no model: SemEval-2023 English train has 19 of the 23.
 *
 * @example
 * const data = buildParagraphData(loadSemeval2023Paragraphs(), detectors, foldsById(corpus));
 */
export function buildParagraphData(paragraphs: readonly Paragraph2023[], detectors: readonly Detector[], folds: ReadonlyMap<string, number>): ParagraphData {
  const index = new FeatureIndex();
  const builder = new SparseBuilder();
  const present = new Set(paragraphs.flatMap((p) => p.labels));
  const labels = SEMEVAL2023_TECHNIQUES.filter((l) => present.has(l));
  const kept = paragraphs.filter((p) => folds.has(p.articleId));
  for (const p of kept) {
    const features = paragraphFeatures(featureContext(parse(p.text), detectors));
    builder.addRow(features.map((f) => [index.id(f), 1] as const));
  }
  return {
    X: builder.build(index.size),
    labels,
    targets: labels.map((l) => Uint8Array.from(kept, (p) => (p.labels.includes(l) ? 1 : 0))),
    gold: kept.map((p) => [...p.labels]),
    fold: Int32Array.from(kept, (p) => folds.get(p.articleId) ?? 0),
    index,
  };
}

function fit(data: ParagraphData, rows: ArrayLike<number>, params: ParagraphParams): MulticlassWeights {
  const model = trainOneVsRest(data.X, data.targets, {
    l2: params.l2,
    rows,
    mask: minCountMask(columnCounts(data.X, rows), params.minCount),
    maxIterations: params.maxIterations,
  });
  return { ...model, weights: pruneWeights(model.weights, WEIGHT_STORAGE) };
}

function score(data: ParagraphData, rows: ArrayLike<number>, probabilities: Float64Array, threshold: number): MultiLabelScore {
  const K = data.labels.length;
  const items: Array<{ gold: readonly string[]; pred: readonly string[] }> = [];
  for (let i = 0; i < rows.length; i += 1) {
    const r = rows[i] as number;
    items.push({ gold: data.gold[r] as string[], pred: data.labels.filter((_, k) => (probabilities[r * K + k] as number) >= threshold) });
  }
  return multiLabelScore(items, SEMEVAL2023_TECHNIQUES);
}

/**
 * The threshold of the grid with the best micro-F1 on held-out `probabilities` of `rows`. One
 * threshold for every label: per-label thresholds tuned for per-label F1 fire rare labels too
 * eagerly and lowered micro-F1 in cross-validation (0.33 against 0.39).
 */
export function tuneParagraphThreshold(data: ParagraphData, rows: ArrayLike<number>, probabilities: Float64Array, params: ParagraphParams): number {
  let best = { threshold: params.thresholdGrid[0] ?? 0.5, f1: -1 };
  for (const threshold of params.thresholdGrid) {
    const f1 = score(data, rows, probabilities, threshold).micro.f1;
    if (f1 > best.f1) best = { threshold, f1 };
  }
  return best.threshold;
}

/** What cross-validation of the paragraph model reports. */
export interface ParagraphCrossValidation {
  score: MultiLabelScore;
  folds: Array<{ threshold: number; microF1: number }>;
  /** Held-out probabilities, `heldOut[row * K + k]`. */
  heldOut: Float64Array;
}

/**
 * Nested grouped cross-validation: the outer fold's paragraphs are scored by a model trained on the
 * other folds, with the threshold tuned on inner held-out predictions for the training paragraphs.
 *
 * @example
 * const cv = crossValidateParagraphs(data, PARAGRAPH_DEFAULTS, 5);
 */
export function crossValidateParagraphs(data: ParagraphData, params: ParagraphParams, k: number, log: (line: string) => void = () => {}): ParagraphCrossValidation {
  const K = data.labels.length;
  const heldOut = new Float64Array(data.X.rows * K);
  const predictions = new Float64Array(data.X.rows * K);
  const thresholds = new Float64Array(data.X.rows);
  const perFold: ParagraphCrossValidation['folds'] = [];
  for (let f = 0; f < k; f += 1) {
    const { train, test } = foldRows(data.fold, f);
    const inner = new Float64Array(data.X.rows * K);
    for (let g = 0; g < k; g += 1) {
      if (g === f) continue;
      const model = fit(data, train.filter((r) => data.fold[r] !== g), params);
      const innerTest = train.filter((r) => data.fold[r] === g);
      const p = predictOneVsRest(data.X, model, innerTest);
      innerTest.forEach((r, i) => inner.set(p.subarray(i * K, i * K + K), r * K));
    }
    const threshold = tuneParagraphThreshold(data, train, inner, params);
    const model = fit(data, train, params);
    const p = predictOneVsRest(data.X, model, test);
    test.forEach((r, i) => {
      heldOut.set(p.subarray(i * K, i * K + K), r * K);
      predictions.set(p.subarray(i * K, i * K + K), r * K);
      thresholds[r] = threshold;
    });
    const microF1 = score(data, test, heldOut, threshold).micro.f1;
    perFold.push({ threshold, microF1 });
    log(`  paragraphs fold ${f + 1}/${k}: micro-F1 ${microF1.toFixed(3)} (threshold ${threshold})`);
  }
  const items = data.gold.map((gold, r) => ({
    gold,
    pred: data.labels.filter((_, k) => (predictions[r * K + k] as number) >= (thresholds[r] as number)),
  }));
  return { score: multiLabelScore(items, SEMEVAL2023_TECHNIQUES), folds: perFold, heldOut };
}

/**
 * Trains the final model on every paragraph and stores it compactly, with the threshold tuned on
 * the cross-validated held-out predictions.
 *
 * @example
 * const { model, threshold } = exportParagraphModel(data, PARAGRAPH_DEFAULTS, cv.heldOut);
 */
export function exportParagraphModel(data: ParagraphData, params: ParagraphParams, heldOut: Float64Array): { model: LinearModelJson; threshold: number } {
  const all = Int32Array.from({ length: data.X.rows }, (_, i) => i);
  const threshold = tuneParagraphThreshold(data, all, heldOut, params);
  const model = fit(data, all, params);
  return { model: compactLinear('ovr', data.labels, model.weights, model.bias, (c) => data.index.name(c), WEIGHT_STORAGE), threshold };
}
