/** The comparison layer's public surface: term extraction, scorers, KWIC evidence and compareGroups. */
export { compareGroups, comparisonOf, EvidenceGatherer, pickDistinctive, resolveCompareOptions } from './compare.js';
export type { CompareDoc, CompareDocs, CompareGroup, CompareOptions, Comparison, CountedGroup, DistinctiveRow, GroupSummary, PickedGroup, ResolvedCompareOptions } from './compare.js';
export { countsOf, sumOf, TermCounts } from './counts.js';
export type { Counts } from './counts.js';
export { DEFAULT_WINDOW, kwic, kwicAt } from './kwic.js';
export type { Kwic } from './kwic.js';
export { defaultAlpha0, logOddsDirichlet } from './log-odds-dirichlet.js';
export { logRatio } from './log-ratio.js';
export { byZ, candidateTerms, ratePerThousand, resolveMinCount } from './scorer.js';
export type { ScoredTerm, ScorerOptions, TermScorer } from './scorer.js';
export { countTerms, countTermStream, DEFAULT_NGRAM_MAX, extractTerms, findOccurrences, TERM_STREAM_VERSION, termStream, termStreamWords, TermTally } from './terms.js';
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
export { poissonInterval, ProfileTally, techniqueProfile, TECHNIQUE_DETECTOR, type ProfileInput, type ProfileKey, type ProfileRow } from './technique-profile.js';
export { alignClaims, contentWords, frameProfile, lensRows, namingFingerprint, omissions, portrayalMatrix, storyStart, timeline } from './lens-rows.js';
export type { Alignment, ClaimRow, Evidence, FrameRow, LensDoc, LensRows, NamingRow, OmissionKind, OmissionRow, PortrayalRow, StoryStartRow, TimelineRow } from './lens-rows.js';
export { DEFAULT_LENS_LIMITS, LensAccumulator } from './lens-stream.js';
export type { LensLimits, LensPruned } from './lens-stream.js';
