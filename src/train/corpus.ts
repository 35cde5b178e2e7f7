/** The training corpus of the technique models: PTC articles parsed once, with their feature contexts and folds. */
import type { Detector } from '../detectors/detector.js';
import { groupedKFold } from '../learn/cross-validation.js';
import { parse } from '../nlp/parse.js';
import { featureContext, spanContext, type SpanContext } from '../techniques/learned/features.js';
import type { PtcArticle } from './datasets/ptc.js';

/** One article ready for feature extraction. */
export interface CorpusArticle {
  id: string;
  text: string;
  spans: PtcArticle['spans'];
  ctx: SpanContext;
  /** The cross-validation fold of the article. */
  fold: number;
}

/**
 * Parses every article (with POS tags), runs the rule detectors once, and assigns grouped folds by
 * article id with `seed`, so every model and every fold sees the same split.
 *
 * @example
 * const corpus = prepareCorpus(loadPtc(), createDefaultDetectors(), 5, 1);
 */
export function prepareCorpus(articles: readonly PtcArticle[], detectors: readonly Detector[], folds: number, seed: number): CorpusArticle[] {
  const foldOf = groupedKFold(articles.map((a) => a.id), folds, seed);
  return articles.map((a, i) => ({
    id: a.id,
    text: a.text,
    spans: a.spans,
    ctx: spanContext(featureContext(parse(a.text, { pos: true }), detectors)),
    fold: foldOf[i] as number,
  }));
}

/**
 * Per-article folds as a map from article id, for datasets keyed by the same articles (SemEval-2023).
 *
 * @example
 * foldsById(corpus).get('111111111'); // 3
 */
export function foldsById(corpus: readonly CorpusArticle[]): Map<string, number> {
  return new Map(corpus.map((a) => [a.id, a.fold]));
}
