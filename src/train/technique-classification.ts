/** Technique classification (SemEval-2020 Task 11 TC): multinomial logistic regression over span features, scored by grouped CV. */
import { tcScore, type MultiLabelScore } from '../eval/metrics.js';
import { foldRows } from '../learn/cross-validation.js';
import { compactLinear, pruneWeights, type LinearModelJson } from '../learn/linear-model.js';
import { balancedClassWeights, predictSoftmax, trainSoftmax, type MulticlassWeights } from '../learn/logistic.js';
import { SparseBuilder, type SparseMatrix } from '../learn/sparse.js';
import { columnCounts, FeatureIndex, minCountMask } from '../learn/vocabulary.js';
import { spanFeatures } from '../techniques/learned/features.js';
import { WEIGHT_STORAGE } from '../techniques/learned/weights.js';
import type { CorpusArticle } from './corpus.js';
import { PTC_TECHNIQUES } from './datasets/ptc.js';

/** Hyperparameters of the span classifier (defaults chosen by 5-fold grouped CV on PTC train). */
export interface TcParams {
  /** L2 penalty on the mean cross-entropy. */
  l2: number;
  /** Class weights `(n / (K n_k))^power`: 0 leaves the skew, 1 balances fully. */
  classWeightPower: number;
  minCount: number;
  maxIterations: number;
}

export const TC_DEFAULTS: TcParams = { l2: 3e-4, classWeightPower: 0.3, minCount: 1, maxIterations: 300 };

/** The span matrix: one row per gold span, its technique, its article. */
export interface TcData {
  X: SparseMatrix;
  y: Int32Array;
  article: Int32Array;
  /** `article:start:end` of each row, to find spans annotated with more than one technique. */
  key: string[];
  index: FeatureIndex;
}

/**
 * Featurizes every gold span of the corpus.
 *
 * @example
 * const data = buildTcData(corpus);
 */
export function buildTcData(corpus: readonly CorpusArticle[]): TcData {
  const index = new FeatureIndex();
  const builder = new SparseBuilder();
  const y: number[] = [];
  const article: number[] = [];
  const key: string[] = [];
  const features: string[] = [];
  corpus.forEach((a, i) => {
    for (const span of a.spans) {
      const label = (PTC_TECHNIQUES as readonly string[]).indexOf(span.technique);
      if (label === -1) continue;
      features.length = 0;
      spanFeatures(a.ctx, span.start, span.end, features);
      builder.addRow(features.map((f) => [index.id(f), 1] as const));
      y.push(label);
      article.push(i);
      key.push(`${i}:${span.start}:${span.end}`);
    }
  });
  return { X: builder.build(index.size), y: Int32Array.from(y), article: Int32Array.from(article), key, index };
}

/** Trains the classifier on `rows`, with their vocabulary and class weights only; weights pruned as stored. */
export function fitTcModel(data: TcData, rows: ArrayLike<number>, params: TcParams): MulticlassWeights {
  const K = PTC_TECHNIQUES.length;
  const classWeights = balancedClassWeights(data.y, K, params.classWeightPower, rows);
  const model = trainSoftmax(data.X, data.y, K, {
    l2: params.l2,
    rows,
    mask: minCountMask(columnCounts(data.X, rows), params.minCount),
    sampleWeights: Float64Array.from(data.y, (c) => classWeights[c] as number),
    maxIterations: params.maxIterations,
  });
  return { ...model, weights: pruneWeights(model.weights, WEIGHT_STORAGE) };
}

/**
 * Scores ranked predictions against gold spans the way the TC task does when one stretch of text
 * carries several techniques: the k copies of a span get the top k techniques, matched to the gold
 * labels so that each correct technique counts once.
 *
 * @example
 * scoreRanked([{ gold: ['Doubt', 'Repetition'], ranked: ['Repetition', 'Doubt', 'Slogans'] }]).micro.f1; // 1
 */
export function scoreRanked(items: ReadonlyArray<{ gold: readonly string[]; ranked: readonly string[] }>): MultiLabelScore {
  const pairs: Array<{ gold: string; pred: string | undefined }> = [];
  for (const { gold, ranked } of items) {
    const remaining = [...gold];
    const unmatched: string[] = [];
    for (const pred of ranked.slice(0, gold.length)) {
      const at = remaining.indexOf(pred);
      if (at === -1) unmatched.push(pred);
      else {
        remaining.splice(at, 1);
        pairs.push({ gold: pred, pred });
      }
    }
    remaining.forEach((g, i) => pairs.push({ gold: g, pred: unmatched[i] }));
  }
  return tcScore(pairs, PTC_TECHNIQUES);
}

/** What cross-validation of the classifier reports. */
export interface TcCrossValidation {
  score: MultiLabelScore;
  folds: number[];
}

/**
 * Grouped cross-validation: each fold's spans are classified by a model trained on the other folds'
 * articles, and scored with `scoreRanked`.
 *
 * @example
 * const cv = crossValidateTc(corpus, buildTcData(corpus), TC_DEFAULTS, 5);
 */
export function crossValidateTc(corpus: readonly CorpusArticle[], data: TcData, params: TcParams, k: number, log: (line: string) => void = () => {}): TcCrossValidation {
  const K = PTC_TECHNIQUES.length;
  const folds = Int32Array.from(data.article, (a) => (corpus[a] as CorpusArticle).fold);
  const probabilities = new Float64Array(data.X.rows * K);
  const perFold: number[] = [];
  for (let f = 0; f < k; f += 1) {
    const { train, test } = foldRows(folds, f);
    const model = fitTcModel(data, train, params);
    const p = predictSoftmax(data.X, model, test);
    test.forEach((r, i) => probabilities.set(p.subarray(i * K, i * K + K), r * K));
    const score = scoreRanked(groupRows(data, test, probabilities));
    perFold.push(score.micro.f1);
    log(`  TC fold ${f + 1}/${k}: micro-F1 ${score.micro.f1.toFixed(3)}`);
  }
  const all = Int32Array.from({ length: data.X.rows }, (_, i) => i);
  return { score: scoreRanked(groupRows(data, all, probabilities)), folds: perFold };
}

/** Rows grouped by identical span, with gold labels and the ranking of the first row's probabilities. */
function groupRows(data: TcData, rows: ArrayLike<number>, probabilities: Float64Array): Array<{ gold: string[]; ranked: string[] }> {
  const K = PTC_TECHNIQUES.length;
  const groups = new Map<string, number[]>();
  for (let i = 0; i < rows.length; i += 1) {
    const r = rows[i] as number;
    const key = data.key[r] as string;
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [r]);
    else list.push(r);
  }
  return [...groups.values()].map((list) => {
    const first = list[0] as number;
    const p = probabilities.subarray(first * K, first * K + K);
    const ranked = PTC_TECHNIQUES.map((t, k) => ({ t, p: p[k] as number }))
      .sort((a, b) => b.p - a.p)
      .map((x) => x.t);
    return { gold: list.map((r) => PTC_TECHNIQUES[data.y[r] as number] as string), ranked };
  });
}

/**
 * Trains the final classifier on every span and stores it compactly.
 *
 * @example
 * const json = exportTcModel(data, TC_DEFAULTS);
 */
export function exportTcModel(data: TcData, params: TcParams): LinearModelJson {
  const model = fitTcModel(data, Int32Array.from({ length: data.X.rows }, (_, i) => i), params);
  return compactLinear('softmax', PTC_TECHNIQUES, model.weights, model.bias, (c) => data.index.name(c), WEIGHT_STORAGE);
}
