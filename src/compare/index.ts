/** The comparison layer's public surface: term extraction, scorers, KWIC evidence and compareGroups. */
export { compareGroups } from './compare.js';
export type { CompareDoc, CompareDocs, CompareGroup, CompareOptions, Comparison, DistinctiveRow, GroupSummary } from './compare.js';
export { countsOf, sumOf, TermCounts } from './counts.js';
export type { Counts } from './counts.js';
export { DEFAULT_WINDOW, kwic, kwicAt } from './kwic.js';
export type { Kwic } from './kwic.js';
export { defaultAlpha0, logOddsDirichlet } from './log-odds-dirichlet.js';
export { logRatio } from './log-ratio.js';
export { byZ, candidateTerms, ratePerThousand, resolveMinCount } from './scorer.js';
export type { ScoredTerm, ScorerOptions, TermScorer } from './scorer.js';
export { countTerms, DEFAULT_NGRAM_MAX, extractTerms, findOccurrences, TermTally } from './terms.js';
export type { DocTerms, Occurrence, TermEntry, TermOptions } from './terms.js';

import { logOddsDirichlet } from './log-odds-dirichlet.js';
import { logRatio } from './log-ratio.js';
import type { TermScorer } from './scorer.js';

/**
 * Every scorer by id, for a `--scorer` flag or an HTTP parameter.
 *
 * @example
 * SCORERS['log-ratio'].id; // 'log-ratio'
 */
export const SCORERS: Readonly<Record<string, TermScorer>> = {
  [logOddsDirichlet.id]: logOddsDirichlet,
  [logRatio.id]: logRatio,
};
export { poissonInterval, techniqueProfile, TECHNIQUE_DETECTOR, type ProfileInput, type ProfileKey, type ProfileRow } from './technique-profile.js';
