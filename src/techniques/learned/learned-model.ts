/** The learned technique model: span tagger, span classifier and paragraph model behind the TechniqueModel interface. */
import type { Detector } from '../../detectors/detector.js';
import { createDefaultDetectors } from '../../detectors/index.js';
import { loadLexicons } from '../../lexicon/load.js';
import { parse } from '../../nlp/parse.js';
import type { ParsedDoc } from '../../nlp/types.js';
import type { RankedTechnique, TechniqueModel, TechniqueSpan } from '../model.js';
import { decodeSpans } from './decode.js';
import { evidenceLines } from './evidence.js';
import { featureContext, paragraphFeatures, spanContext, spanFeatures, tokenFeatures, type SpanContext } from './features.js';
import type { TechniqueWeights } from './weights.js';

/** A span the learned model found, with what the detector reports beside it. */
export interface LearnedSpan extends TechniqueSpan {
  evidence: string[];
  /** The span classifier's probability for `technique`, given that the span uses some technique. */
  techniqueScore: number;
}

/** The learned model: the TechniqueModel methods, plus span finding on an already parsed document. */
export interface LearnedTechniqueModel extends TechniqueModel {
  /** The decision threshold of `spans()` chosen by cross-validation (the default). */
  readonly defaultThreshold: number;
  /** The paragraph threshold chosen by cross-validation (the default of `paragraph()`). */
  readonly defaultParagraphThreshold: number;
  /** `spans()` on a parsed document (reparsed with POS tags when it has none). */
  spansOf(doc: ParsedDoc, options?: { threshold?: number }): LearnedSpan[];
}

const EVIDENCE_PER_MODEL = 3;

/**
 * Builds the learned model from loaded weights and the rule detectors whose findings are features
 * (by default the built-in ones on the compiled lexicons, as in training).
 *
 * @example
 * const model = createLearnedTechniqueModel(parseTechniqueWeights(json));
 * model.spans('They are nothing but thugs!');
 */
export function createLearnedTechniqueModel(weights: TechniqueWeights, detectors: readonly Detector[] = createDefaultDetectors(loadLexicons())): LearnedTechniqueModel {
  const si = weights.si.model;
  const tc = weights.tc.model;
  const paragraphModel = weights.paragraph.model;
  const decode = weights.si.decode;

  const context = (doc: ParsedDoc): SpanContext => spanContext(featureContext(doc.hasPos ? doc : parse(doc.text, { pos: true }), detectors, weights.valence));

  const rank = (probabilities: Float64Array, classes: readonly string[]): RankedTechnique[] =>
    classes
      .map((technique, k) => ({ technique, score: probabilities[k] as number }))
      .sort((a, b) => b.score - a.score || (a.technique < b.technique ? -1 : 1));

  const spansOf = (doc: ParsedDoc, options: { threshold?: number } = {}): LearnedSpan[] => {
    const threshold = options.threshold ?? decode.threshold;
    const ctx = context(doc);
    const tokens = ctx.doc.tokens;
    const probabilities = new Float64Array(tokens.length);
    // One token's features at a time, dropped once scored: they die young, so the garbage collector
    // reclaims them cheaply instead of promoting a whole article's worth (tens of thousands of strings).
    const f: string[] = [];
    for (let i = 0; i < tokens.length; i += 1) {
      f.length = 0;
      tokenFeatures(ctx, i, f);
      probabilities[i] = si.probabilities(f)[0] as number;
    }
    const out: LearnedSpan[] = [];
    for (const span of decodeSpans(ctx.doc, probabilities, { ...decode, threshold: Math.max(threshold, decode.extend) })) {
      const spanF: string[] = [];
      spanFeatures(ctx, span.start, span.end, spanF);
      const p = tc.probabilities(spanF);
      let best = 0;
      for (let k = 1; k < p.length; k += 1) if ((p[k] as number) > (p[best] as number)) best = k;
      let peak = span.tokenStart;
      for (let k = span.tokenStart; k < span.tokenEnd; k += 1) if ((probabilities[k] as number) > (probabilities[peak] as number)) peak = k;
      const peakF: string[] = [];
      tokenFeatures(ctx, peak, peakF);
      const evidence = evidenceLines([...si.contributions(peakF, 0, EVIDENCE_PER_MODEL), ...tc.contributions(spanF, best, EVIDENCE_PER_MODEL)], 2 * EVIDENCE_PER_MODEL);
      out.push({ start: span.start, end: span.end, technique: tc.classes[best] as string, score: span.score, techniqueScore: p[best] as number, evidence });
    }
    return out;
  };

  return {
    id: weights.id,
    defaultThreshold: decode.threshold,
    defaultParagraphThreshold: weights.paragraph.threshold,
    spansOf,
    spans(text, options = {}) {
      return spansOf(parse(text, { pos: true }), options);
    },
    classify(text, spans) {
      if (spans.length === 0) return [];
      const ctx = context(parse(text, { pos: true }));
      return spans.map((s) => {
        const f: string[] = [];
        spanFeatures(ctx, s.start, s.end, f);
        return rank(tc.probabilities(f), tc.classes);
      });
    },
    paragraph(text, options = {}) {
      const threshold = options.threshold ?? weights.paragraph.threshold;
      const features = paragraphFeatures(featureContext(parse(text), detectors, weights.valence));
      return rank(paragraphModel.probabilities(features), paragraphModel.classes).filter((r) => r.score >= threshold);
    },
  };
}
