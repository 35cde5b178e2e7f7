/** Small helpers the detectors share: ordering and filtering findings, quoting evidence, lexicon rules. */
import { compareFindings, type Finding } from '../core/finding.js';
import { SlantError } from '../core/errors.js';
import type { Lexicon } from '../lexicon/schema.js';
import type { ParsedDoc } from '../nlp/types.js';
import type { DetectorOptions } from './detector.js';

/**
 * A detector's last step: drop findings under `minConfidence` and sort with `compareFindings`.
 *
 * @example
 * return finish(findings, options);
 */
export function finish(findings: Finding[], options: DetectorOptions = {}): Finding[] {
  const min = options.minConfidence ?? 0;
  return findings.filter((f) => f.confidence >= min).sort(compareFindings);
}

/**
 * A confidence rounded to two decimals and clamped to [0, 1], so stored output is stable.
 *
 * @example
 * confidence(0.85 * 0.5); // 0.43
 */
export function confidence(value: number): number {
  return Math.min(1, Math.max(0, Math.round(value * 100) / 100));
}

/**
 * Evidence for a reason sentence: in curly quotes, whitespace collapsed, long spans shortened.
 *
 * @example
 * evidence('so-called  experts'); // '“so-called experts”'
 */
export function evidence(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}”`;
}

/** `doc.text.slice(start, end)`: every finding's `text`, taken from the document, never rebuilt. */
export function slice(doc: ParsedDoc, start: number, end: number): string {
  return doc.text.slice(start, end);
}

/**
 * Rule ids `<detector>/<entry rule>` for every entry that can be flagged (weight above 0).
 *
 * @example
 * lexiconRules('loaded-language', lexicon); // ['loaded-language/atrocity', …]
 */
export function lexiconRules(detector: string, lexicon: Lexicon): string[] {
  return lexicon.entries.filter((e) => e.weight > 0).map((e) => `${detector}/${e.rule}`);
}

const UPPER_FIRST = /^\p{Lu}/u;

/**
 * Whether `text` starts with an upper-case letter (Unicode `Lu`). ASCII is answered from the
 * character code: a Unicode property regex costs about 100 ns a call, and detectors ask this of
 * hundreds of thousands of tokens.
 *
 * @example
 * startsUpper('Éric'); // true
 * startsUpper('eric'); // false
 */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_FIRST.test(text);
}

/** Throws `SLANT_DATA_INVALID` when a detector is handed the wrong lexicon. */
export function expectLexicon(lexicon: Lexicon, id: string, detector: string): void {
  if (lexicon.id !== id) throw new SlantError('SLANT_DATA_INVALID', `detector ${detector} expects lexicon "${id}", got "${lexicon.id}"`);
}

/**
 * Whether the match `[startToken, endToken)` is part of a name: a capitalized word inside a sentence
 * that is not written in Title Case ("the Holy See", "May 2023", "Will Smith"). Sentence-initial words
 * and headlines in Title Case ("Tyrants with Oil Cannot be Trusted") are not taken for names.
 *
 * @example
 * isNameLike(parse('He met the Holy See envoy.'), 3, 4); // true
 */
export function isNameLike(doc: ParsedDoc, startToken: number, endToken: number): boolean {
  const first = doc.tokens[startToken];
  if (first === undefined || !startsUpper(first.text)) return false;
  const sentence = doc.sentences[first.sentence];
  if (sentence === undefined || sentence.tokenStart === startToken) return false;
  for (let t = startToken; t < endToken; t += 1) {
    const token = doc.tokens[t];
    if (token !== undefined && token.type === 'word' && !startsUpper(token.text)) return false;
  }
  return !isTitleCase(doc, sentence.tokenStart, sentence.tokenEnd);
}

/** A headline-style sentence: most words of four letters or more start with a capital. */
function isTitleCase(doc: ParsedDoc, from: number, to: number): boolean {
  let long = 0;
  let capitalized = 0;
  for (let t = from; t < to; t += 1) {
    const token = doc.tokens[t];
    if (token === undefined || token.type !== 'word' || token.text.length < 4) continue;
    long += 1;
    if (startsUpper(token.text)) capitalized += 1;
  }
  return long >= 2 && capitalized / long >= 0.6;
}
