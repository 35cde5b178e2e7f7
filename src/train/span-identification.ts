/** Span identification (SemEval-2020 Task 11 SI): a token tagger trained with FTRL, decoded by hysteresis, scored by nested grouped CV. */
import { siScore, mergeSpans, type PRF, type Span } from '../eval/metrics.js';
import { foldRows } from '../learn/cross-validation.js';
import { trainBinaryFtrl } from '../learn/ftrl.js';
import { compactLinear, pruneWeights, type LinearModelJson } from '../learn/linear-model.js';
import { predictBinary, type BinaryWeights } from '../learn/logistic.js';
import { SparseBuilder, type SparseMatrix } from '../learn/sparse.js';
import { columnCounts, FeatureIndex, minCountMask } from '../learn/vocabulary.js';
import { decodeSpans, type DecodeOptions } from '../techniques/learned/decode.js';
import { tokenFeatures } from '../techniques/learned/features.js';
import { WEIGHT_STORAGE } from '../techniques/learned/weights.js';
import type { CorpusArticle } from './corpus.js';

/** Hyperparameters of the span tagger (defaults chosen by 5-fold grouped CV on PTC train; see models/techniques.md). */
export interface SiParams {
  /** FTRL learning-rate scale α. */
  alpha: number;
  /** FTRL L1 penalty (sparse weights). */
  l1: number;
  /** FTRL L2 penalty. */
  l2: number;
  epochs: number;
  /** A feature must occur in this many training tokens. */
  minCount: number;
  /**
   * Weight of a token inside a gold span: `scale / n^power` for a span of n tokens (tokens outside
   * weigh 1). The SI measure averages over spans, not tokens, so a two-word span matters as much as a
   * thirty-word one; without this the loss would be ruled by long spans.
   */
  positiveScale: number;
  positivePower: number;
  /** Decoding grids searched on held-out predictions. */
  extendGrid: readonly number[];
  thresholdGrid: readonly number[];
  gapGrid: readonly number[];
  seed: number;
}

export const SI_DEFAULTS: SiParams = {
  alpha: 0.2,
  l1: 0.1,
  l2: 1,
  epochs: 5,
  minCount: 2,
  positiveScale: 5,
  positivePower: 0.5,
  extendGrid: [0.1, 0.15, 0.2, 0.25, 0.3],
  thresholdGrid: [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6],
  gapGrid: [1, 2, 3],
  seed: 1,
};

/** The token matrix of a corpus: one row per token, labels, sample weights, and where each article's rows start. */
export interface SiData {
  X: SparseMatrix;
  y: Uint8Array;
  weights: Float64Array;
  /** Rows of article a: `[articleStart[a], articleStart[a + 1])`. */
  articleStart: Int32Array;
  index: FeatureIndex;
}

/**
 * Featurizes every token of the corpus. A token is positive when it overlaps a gold span (spans of
 * all techniques merged, as the SI task defines them).
 *
 * @example
 * const data = buildSiData(corpus, SI_DEFAULTS);
 */
export function buildSiData(corpus: readonly CorpusArticle[], params: SiParams): SiData {
  const index = new FeatureIndex();
  const builder = new SparseBuilder();
  const labels: number[] = [];
  const weights: number[] = [];
  const articleStart = new Int32Array(corpus.length + 1);
  const features: string[] = [];
  corpus.forEach((article, a) => {
    articleStart[a] = labels.length;
    const tokens = article.ctx.doc.tokens;
    const gold = mergeSpans(article.spans);
    // Tokens per gold span, for the span-length weighting.
    const sizes = gold.map((g) => tokens.filter((t) => t.start < g.end && t.end > g.start).length);
    let g = 0;
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i];
      if (token === undefined) continue;
      while (g < gold.length && (gold[g] as Span).end <= token.start) g += 1;
      const inside = g < gold.length && (gold[g] as Span).start < token.end;
      features.length = 0;
      tokenFeatures(article.ctx, i, features);
      builder.addRow(features.map((f) => [index.id(f), 1] as const));
      labels.push(inside ? 1 : 0);
      weights.push(inside ? params.positiveScale / Math.max(1, sizes[g] as number) ** params.positivePower : 1);
    }
  });
  articleStart[corpus.length] = labels.length;
  return { X: builder.build(index.size), y: Uint8Array.from(labels), weights: Float64Array.from(weights), articleStart, index };
}

/** The token rows of the articles `articles`. */
function rowsOf(data: SiData, articles: ArrayLike<number>): Int32Array {
  const rows: number[] = [];
  for (let i = 0; i < articles.length; i += 1) {
    const a = articles[i] as number;
    for (let r = data.articleStart[a] as number; r < (data.articleStart[a + 1] as number); r += 1) rows.push(r);
  }
  return Int32Array.from(rows);
}

/** Trains the tagger on the tokens of `articles`, with the vocabulary of those tokens only; weights pruned as stored. */
export function fitSiModel(data: SiData, articles: ArrayLike<number>, params: SiParams): { model: BinaryWeights; mask: Uint8Array } {
  const rows = rowsOf(data, articles);
  const mask = minCountMask(columnCounts(data.X, rows), params.minCount);
  const model = trainBinaryFtrl(data.X, data.y, {
    alpha: params.alpha,
    l1: params.l1,
    l2: params.l2,
    epochs: params.epochs,
    seed: params.seed,
    rows,
    mask,
    sampleWeights: data.weights,
  });
  return { model: { weights: pruneWeights(model.weights, WEIGHT_STORAGE), bias: model.bias }, mask };
}

/** Token probabilities of `articles` under `model`, one array per article. */
function predictArticles(data: SiData, model: BinaryWeights, articles: ArrayLike<number>): Map<number, Float64Array> {
  const out = new Map<number, Float64Array>();
  for (let i = 0; i < articles.length; i += 1) {
    const a = articles[i] as number;
    const rows = Int32Array.from({ length: (data.articleStart[a + 1] as number) - (data.articleStart[a] as number) }, (_, k) => (data.articleStart[a] as number) + k);
    out.set(a, predictBinary(data.X, model, rows));
  }
  return out;
}

/** SI precision, recall and F1 of decoding `probabilities` (per article) with `decode`. */
export function scoreDecode(corpus: readonly CorpusArticle[], probabilities: ReadonlyMap<number, Float64Array>, decode: DecodeOptions): PRF {
  const docs: Array<{ gold: readonly Span[]; pred: readonly Span[] }> = [];
  for (const [a, p] of probabilities) {
    const article = corpus[a] as CorpusArticle;
    docs.push({ gold: article.spans, pred: decodeSpans(article.ctx.doc, p, decode) });
  }
  return siScore(docs);
}

/**
 * The decoding (extend, threshold, gap) with the best SI F1 on held-out `probabilities`; ties go to
 * the first on the grids, which are ordered from the most permissive.
 *
 * @example
 * const { decode, score } = tuneDecode(corpus, heldOut, SI_DEFAULTS);
 */
export function tuneDecode(corpus: readonly CorpusArticle[], probabilities: ReadonlyMap<number, Float64Array>, params: SiParams): { decode: DecodeOptions; score: PRF } {
  let best: { decode: DecodeOptions; score: PRF } | undefined;
  for (const gap of params.gapGrid) {
    for (const extend of params.extendGrid) {
      for (const threshold of params.thresholdGrid) {
        if (threshold < extend) continue;
        const decode = { extend, threshold, gap };
        const score = scoreDecode(corpus, probabilities, decode);
        if (best === undefined || score.f1 > best.score.f1) best = { decode, score };
      }
    }
  }
  if (best === undefined) throw new RangeError('empty decoding grid');
  return best;
}

/** What cross-validation of the tagger reports. */
export interface SiCrossValidation {
  /** SI score of the outer folds' predictions, each decoded with settings tuned on its training folds only. */
  score: PRF & { predicted: number; gold: number };
  /** Per outer fold: the decoding chosen on its training folds and the fold's own SI score. */
  folds: Array<{ decode: DecodeOptions; score: PRF }>;
  /** Held-out token probabilities of every article (for the final decoding and for stacking). */
  heldOut: Map<number, Float64Array>;
}

/**
 * Nested grouped cross-validation: for each outer fold, the tagger is trained on the other folds and
 * predicts the held-out articles; the decoding is tuned on predictions for the training articles
 * that themselves come from inner folds (so no held-out article ever informs a choice made for it).
 *
 * @example
 * const cv = crossValidateSi(corpus, buildSiData(corpus, SI_DEFAULTS), SI_DEFAULTS, 5, console.log);
 */
export function crossValidateSi(corpus: readonly CorpusArticle[], data: SiData, params: SiParams, k: number, log: (line: string) => void = () => {}): SiCrossValidation {
  const folds = Int32Array.from(corpus, (a) => a.fold);
  const heldOut = new Map<number, Float64Array>();
  const perFold: SiCrossValidation['folds'] = [];
  const docs: Array<{ gold: readonly Span[]; pred: readonly Span[] }> = [];
  for (let f = 0; f < k; f += 1) {
    const { train, test } = foldRows(folds, f);
    const inner = new Map<number, Float64Array>();
    for (let g = 0; g < k; g += 1) {
      if (g === f) continue;
      const innerTrain = train.filter((a) => folds[a] !== g);
      const innerTest = train.filter((a) => folds[a] === g);
      const { model } = fitSiModel(data, innerTrain, params);
      for (const [a, p] of predictArticles(data, model, innerTest)) inner.set(a, p);
    }
    const { decode } = tuneDecode(corpus, inner, params);
    const { model } = fitSiModel(data, train, params);
    const predicted = predictArticles(data, model, test);
    for (const [a, p] of predicted) heldOut.set(a, p);
    const score = scoreDecode(corpus, predicted, decode);
    perFold.push({ decode, score });
    for (const [a, p] of predicted) {
      const article = corpus[a] as CorpusArticle;
      docs.push({ gold: article.spans, pred: decodeSpans(article.ctx.doc, p, decode) });
    }
    log(`  SI fold ${f + 1}/${k}: P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)} F1 ${score.f1.toFixed(3)} (extend ${decode.extend}, threshold ${decode.threshold}, gap ${decode.gap})`);
  }
  return { score: siScore(docs), folds: perFold, heldOut };
}

/**
 * Trains the final tagger on every article and stores it compactly.
 *
 * @example
 * const json = exportSiModel(data, corpus.map((_, i) => i), SI_DEFAULTS);
 */
export function exportSiModel(data: SiData, articles: ArrayLike<number>, params: SiParams): LinearModelJson {
  const { model } = fitSiModel(data, articles, params);
  return compactLinear('binary', ['technique'], model.weights, [model.bias], (c) => data.index.name(c), WEIGHT_STORAGE);
}
