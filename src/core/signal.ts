/** Document-level readings (genre, frames, hyperpartisanship, side): one shape for all, with evidence. */
import type { ParsedDoc } from '../nlp/types.js';
import type { Finding } from './finding.js';

/** A label with the model's score for it. */
export interface ScoredLabel {
  label: string;
  /** In [0, 1]. */
  score: number;
}

/**
 * What an assessor says about a whole document: the best label (or, for multi-label readings such
 * as frames, every label at or above the threshold) with scores and the evidence behind them.
 */
export interface DocumentSignal {
  /** What is read: `genre`, `frames`, `hyperpartisan`, `side:<pack>`, … */
  id: string;
  /** One line for a reader, e.g. "Genre: opinion (0.82)". */
  summary: string;
  /** The answer: one label for single-label readings; the labels kept for multi-label ones (may be empty). */
  labels: ScoredLabel[];
  /** Every label the model scores, best first (for display and thresholds). */
  scores?: ScoredLabel[] | undefined;
  /** Short phrases a reader can check against the text: cue words, strongest features, findings. */
  evidence: string[];
  /** The model behind it, e.g. `genre-lr-<hash>`. */
  model: string;
}

/**
 * Reads one property of a whole document. Runs after the detectors and may use their findings (the
 * side of a document draws on terminology and portrayal findings). Pure, no I/O; data and weights
 * are bound when it is created.
 *
 * @example
 * const signal = assessor.assess(parse(text, { pos: true }), findings);
 */
export interface Assessor {
  readonly id: string;
  readonly description: string;
  /** Bumped (or suffixed with the model id) when its output changes, so stored analyses are redone. */
  readonly version: string;
  readonly requires?: readonly 'pos'[] | undefined;
  /** `undefined` when the reading does not apply (e.g. a side for a pack whose terms never occur). */
  assess(doc: ParsedDoc, findings: readonly Finding[]): DocumentSignal | DocumentSignal[] | undefined;
}
