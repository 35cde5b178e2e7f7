/** Factual claims: the check-worthiness model, the readers of numbers, dates, attribution and hedges, and the `claims` detector. */
import type { Detector } from '../detectors/detector.js';
import { loadLexicons, requireLexicon } from '../lexicon/load.js';
import type { Lexicon } from '../lexicon/schema.js';
import type { ParsedDoc } from '../nlp/types.js';
import { createClaimsDetector } from './detector.js';
import { createClaimExtractor, type ClaimExtractor, type ExtractClaimsOptions } from './extract.js';
import type { FeatureContext } from './features.js';
import { createHedgeReader } from './hedging.js';
import { loadCheckWorthinessModel, type CheckWorthinessModel } from './model.js';
import type { Claim } from './types.js';

export { findAttribution } from './attribution.js';
export { findDates, type DateOptions } from './dates.js';
export { CLAIM_RULES, createClaimsDetector, describeDate, describeQuantity } from './detector.js';
export { createClaimExtractor, type ClaimExtractor, type ClaimReaders, type ExtractClaimsOptions } from './extract.js';
export { sentenceFeatures, type FeatureContext } from './features.js';
export { createHedgeReader, type HedgeReader } from './hedging.js';
export { createCheckWorthinessModel, loadCheckWorthinessModel, type CheckWorthinessModel, type CheckWorthyScore, type CheckWorthyWeightsJson } from './model.js';
export { findQuantities } from './quantities.js';
export type * from './types.js';

/**
 * The feature context of the shipped model: a hedge reader over the `hedges` and `weasels`
 * lexicons (default: the compiled ones).
 *
 * @example
 * const ctx = claimFeatureContext();
 */
export function claimFeatureContext(lexicons: readonly Lexicon[] = loadLexicons()): FeatureContext {
  return { hedges: createHedgeReader(requireLexicon(lexicons, 'hedges'), requireLexicon(lexicons, 'weasels')) };
}

interface Defaults {
  model: CheckWorthinessModel | undefined;
  extract: ClaimExtractor;
}

let defaults: Defaults | undefined;

/** The shipped model (or none) and an extractor over it, built once. */
function shipped(): Defaults {
  if (defaults === undefined) {
    const ctx = claimFeatureContext();
    const model = loadCheckWorthinessModel(ctx);
    defaults = { model, extract: createClaimExtractor({ model, hedges: ctx.hedges }) };
  }
  return defaults;
}

/**
 * The claims of a parsed document, with the shipped check-worthiness model (claims rest on numbers
 * and dates alone when it is absent) and the compiled lexicons. Parse with `{ pos: true }`, as the
 * model was trained.
 *
 * @example
 * const claims = extractClaims(parse(text, { pos: true }), { referenceDate: new Date('2023-07-01') });
 * claims[0]?.numbers[0]?.value; // e.g. 120000
 */
export function extractClaims(doc: ParsedDoc, options: ExtractClaimsOptions = {}): Claim[] {
  return shipped().extract(doc, options);
}

/**
 * The `claims` lens detector with the shipped model and lexicons.
 *
 * @example
 * const detector = createDefaultClaimsDetector();
 */
export function createDefaultClaimsDetector(): Detector {
  const { model, extract } = shipped();
  return createClaimsDetector(extract, model?.id);
}
