/** The detector contract: a pure function from a parsed document to findings, one concern each. */
import type { Finding } from '../core/finding.js';
import type { ParsedDoc } from '../nlp/types.js';

/** Options every detector accepts; a detector may ignore them. */
export interface DetectorOptions {
  /** Findings below this confidence are dropped (abstain rather than guess). Default 0. */
  minConfidence?: number | undefined;
}

/**
 * A detector: an id, the rule ids it can emit, and a pure `detect`. Data it needs (lexicons,
 * packs, weights) is bound when it is created, never loaded inside `detect`.
 *
 * Contract (test/contract): no throw on empty input; offsets in bounds; `text.slice(start, end)`
 * equals `finding.text`; findings sorted by `compareFindings`; same input, same output; every
 * `finding.rule` is in `rules()` and every `finding.detector` equals `id`.
 *
 * @example
 * const findings = detector.detect(parse('What a disgrace!'), {});
 */
export interface Detector {
  readonly id: string;
  /** One sentence: what it finds and why that matters to a reader. */
  readonly description: string;
  /** Bumped when the detector's behaviour changes, so stored analyses are redone. */
  readonly version: string;
  /** Annotations it needs beyond tokens, lemmas and sentences (`pos` costs a second tagging pass). */
  readonly requires?: readonly 'pos'[] | undefined;
  /** Every rule id this detector may emit. */
  rules(): readonly string[];
  detect(doc: ParsedDoc, options?: DetectorOptions): Finding[];
}
