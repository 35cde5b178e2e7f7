/** Claim extraction: the sentences that state checkable facts, with their numbers, dates, source and hedges. */
import type { ParsedDoc, Sentence, Token } from '../nlp/types.js';
import { findAttribution } from './attribution.js';
import { findDates } from './dates.js';
import type { HedgeReader } from './hedging.js';
import type { CheckWorthinessModel } from './model.js';
import { findQuantities } from './quantities.js';
import type { Attribution, Claim, ClaimBasis, DateMention, Quantity } from './types.js';

/** What an extractor is built with. */
export interface ClaimReaders {
  /** The check-worthiness model; without one, claims rest on numbers and dates alone. */
  model?: CheckWorthinessModel | undefined;
  hedges: HedgeReader;
}

/** Options of one extraction. */
export interface ExtractClaimsOptions {
  /** The document's date: relative dates ("last year") are resolved against it. */
  referenceDate?: Date | undefined;
  /** Check-worthiness threshold (default: the model's own). */
  threshold?: number | undefined;
  /**
   * Also take sentences the model scores below the threshold when they assert a figure, a dated
   * event or a sourced statement (default true); `basis` says which.
   */
  cues?: boolean | undefined;
}

/** Extracts the claims of a parsed document. */
export type ClaimExtractor = (doc: ParsedDoc, options?: ExtractClaimsOptions) => Claim[];

const MODAL_OR_NOT_ASSERTING = new Set(['may', 'might', 'could', 'would', 'should', 'shall', 'must', 'can', 'will']);
const FINITE_WITHOUT_POS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'did', 'does']);

/** The shape of a sentence that decides whether it can be a claim at all. */
interface Shape {
  /** At least three words, a verb, not a question, not a headline. */
  candidate: boolean;
  /** A verb that is not a modal: the sentence asserts rather than supposes. */
  asserts: boolean;
}

/**
 * Reads the shape of a sentence. A claim needs at least three words and a verb (with POS tags a
 * VERB or AUX; without, a finite "is/was/has…" or a word in -ed), and is neither a question nor a
 * headline (Title Case with no closing period: "The Deteriorating Humanitarian Situation").
 */
function shapeOf(doc: ParsedDoc, s: Sentence): Shape {
  const tokens = doc.tokens;
  let words = 0;
  let long = 0;
  let capitalized = 0;
  let verb = false;
  let asserts = false;
  let modal = -1;
  let last: Token | undefined;
  for (let i = s.tokenStart; i < s.tokenEnd; i += 1) {
    const t = tokens[i] as Token;
    if (t.type === 'punctuation' && t.text !== '”' && t.text !== '"' && t.text !== '’') last = t;
    else if (t.type !== 'punctuation') last = undefined;
    if (t.type !== 'word') continue;
    words += 1;
    if (t.text.length >= 4) {
      long += 1;
      if (/^\p{Lu}/u.test(t.text)) capitalized += 1;
    }
    const isVerb = doc.hasPos ? t.pos === 'VERB' || t.pos === 'AUX' : FINITE_WITHOUT_POS.has(t.lower) || /[a-z]ed$/.test(t.lower);
    if (isVerb) {
      verb = true;
      if (MODAL_OR_NOT_ASSERTING.has(t.lower)) modal = i;
      // A verb right after a modal ("could count", "may not be") is supposed, not asserted.
      else if (!(modal >= 0 && onlyAdverbsBetween(tokens, modal, i))) asserts = true;
    }
  }
  const question = last?.text === '?';
  const headline = last === undefined && long >= 2 && capitalized / long >= 0.6;
  const candidate = words >= 3 && (verb || !doc.hasPos) && !question && !headline;
  return { candidate, asserts: candidate && asserts };
}

/** Whether tokens strictly between `a` and `b` are only "not", "n't" and adverbs ("could not really be"). */
function onlyAdverbsBetween(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k += 1) {
    const t = tokens[k] as Token;
    if (t.lower !== 'not' && t.lower !== "n't" && t.pos !== 'ADV' && t.pos !== 'PART' && !(t.pos === 'AUX' && (t.lower === 'be' || t.lower === 'have' || t.lower === 'been'))) return false;
  }
  return true;
}

/** A year, decade or calendar date in the sentence: cheap to check from tokens, before chrono runs. */
function mayHoldDate(doc: ParsedDoc, s: Sentence): boolean {
  for (let i = s.tokenStart; i < s.tokenEnd; i += 1) {
    const t = doc.tokens[i] as Token;
    if (t.type === 'number' || t.type === 'decade' || t.type === 'ordinal') return true;
  }
  return false;
}

/**
 * An extractor bound to a model and a hedge reader. A sentence (at least three words, a verb, not
 * a question or a headline) is a claim when the model scores it at or above its threshold
 * (`basis` has `model`), or, whatever the model says, when it asserts (a verb other than a modal)
 * and states a quantity (`numbers`, vague ones included), an absolute date (`dates`) or a named or
 * unnamed source (`source`). For each claim it reads the quantities, the dates (chrono-node,
 * against `referenceDate` when given), the attribution and the hedges.
 *
 * @example
 * const extract = createClaimExtractor({ model, hedges });
 * extract(parse('According to the BBC, 600,000 people fled in 1993.', { pos: true }));
 * // → [{ text: 'According to the BBC, 600,000 people fled in 1993.', basis: ['model', 'numbers', 'dates', 'source'],
 * //      numbers: [{ value: 600000, what: 'people', … }], dates: [{ date: '1993', … }],
 * //      attribution: { kind: 'named', source: 'BBC', … }, hedged: false, … }]
 */
export function createClaimExtractor(readers: ClaimReaders): ClaimExtractor {
  return (doc, options = {}) => {
    const model = readers.model;
    const threshold = options.threshold ?? model?.threshold ?? 0.5;
    const useCues = options.cues ?? true;
    const claims: Claim[] = [];
    for (const s of doc.sentences) {
      const shape = shapeOf(doc, s);
      if (!shape.candidate) continue;
      const scored = model?.score(doc, s.tokenStart, s.tokenEnd);
      const basis: ClaimBasis[] = scored !== undefined && scored.score >= threshold ? ['model'] : [];
      const numbers: Quantity[] = findQuantities(doc, s.tokenStart, s.tokenEnd);
      let dates: DateMention[] | undefined;
      let attribution: Attribution | null | undefined;
      if (useCues && shape.asserts) {
        if (numbers.length > 0) basis.push('numbers');
        if (basis.length > 0 || mayHoldDate(doc, s)) {
          dates = findDates(doc, s.tokenStart, s.tokenEnd, { referenceDate: options.referenceDate });
          if (dates.some((d) => d.kind === 'absolute')) basis.push('dates');
        }
        attribution = findAttribution(doc, s.tokenStart, s.tokenEnd);
        if (attribution !== null && attribution.kind !== 'none') basis.push('source');
      }
      if (basis.length === 0) continue;
      dates ??= findDates(doc, s.tokenStart, s.tokenEnd, { referenceDate: options.referenceDate });
      attribution ??= findAttribution(doc, s.tokenStart, s.tokenEnd);
      const hedges = readers.hedges(doc, s.tokenStart, s.tokenEnd);
      claims.push({
        start: s.start,
        end: s.end,
        text: doc.text.slice(s.start, s.end),
        sentence: s.index,
        checkWorthiness: scored?.score,
        basis,
        numbers,
        dates,
        attribution,
        hedged: hedges.length > 0,
        hedges,
        evidence: scored?.evidence() ?? [],
      });
    }
    return claims;
  };
}
