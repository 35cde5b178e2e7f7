/** The scorer strategy: how a term's use in a target set is weighed against a reference set. */
import { SlantError } from '../core/errors.js';
import type { Counts } from './counts.js';

/**
 * One scored term. Positive `delta` and `z` mean the target uses the term more than the reference.
 * Rates are per 1,000 terms (unigram and n-gram occurrences), the same denominator the scorers use.
 */
export interface ScoredTerm {
  term: string;
  countTarget: number;
  countReference: number;
  /** Uses per 1,000 terms in the target; 0 when the target is empty. */
  rateTarget: number;
  /** Uses per 1,000 terms in the reference; 0 when the reference is empty. */
  rateReference: number;
  /** The effect size, on the natural-log scale of the scorer (log odds ratio, log rate ratio…). */
  delta: number;
  /** Standard error of `delta`. */
  se: number;
  /** `delta / se`; 0 when the term cannot separate the sets (identical use, one-term vocabulary). */
  z: number;
}

/** Options every scorer accepts; a scorer ignores what it has no use for. */
export interface ScorerOptions {
  /** Prior scale α₀ for scorers with a Dirichlet prior; each documents its default. Must be > 0. */
  alpha0?: number;
  /**
   * Score only terms used at least this many times in the target. Default 0: every term of the
   * target or the reference, including those the target never uses (they get negative z).
   */
  minCount?: number;
}

/**
 * A way to score terms. Scorers are interchangeable: `compareGroups` takes any of them.
 * Contract: rows are sorted by `z` descending, then by term; terms with zero count in both target
 * and reference get no row; an empty target or reference yields no rows; identical sets give z = 0.
 *
 * @example
 * const rows = logOddsDirichlet.score(countsOf({ blockade: 9, gas: 1 }), countsOf({ blockade: 1, gas: 9 }), countsOf({}), {});
 * rows[0].term; // 'blockade'
 */
export interface TermScorer {
  /** Stable id, recorded in every comparison (`log-odds-dirichlet`, `log-ratio`). */
  readonly id: string;
  score(target: Counts, reference: Counts, background: Counts, options: ScorerOptions): ScoredTerm[];
}

/**
 * The terms a scorer should look at: the target's (and, when `minCount` is 0, the reference's),
 * each once, with the counts `minCount` asks for.
 *
 * @example
 * [...candidateTerms(countsOf({ a: 2, b: 1 }), countsOf({ c: 1 }), 2)]; // ['a']
 */
export function* candidateTerms(target: Counts, reference: Counts, minCount: number): Iterable<string> {
  for (const term of target.terms()) if (target.get(term) >= minCount && target.get(term) > 0) yield term;
  if (minCount > 0) return;
  for (const term of reference.terms()) if (target.get(term) === 0 && reference.get(term) > 0) yield term;
}

/** Checks and defaults `minCount`. */
export function resolveMinCount(options: ScorerOptions): number {
  const minCount = options.minCount ?? 0;
  if (!Number.isFinite(minCount) || minCount < 0) {
    throw new SlantError('SLANT_USAGE', `minCount must be a number of at least 0, got ${minCount}`);
  }
  return minCount;
}

/** Uses per 1,000 terms, 0 for an empty table. */
export function ratePerThousand(count: number, total: number): number {
  return total > 0 ? (1000 * count) / total : 0;
}

/** Orders rows by z descending, then term (code-unit order) so ties are stable across runs. */
export function byZ(a: ScoredTerm, b: ScoredTerm): number {
  return b.z - a.z || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0);
}
