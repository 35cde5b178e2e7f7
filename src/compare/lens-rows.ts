/**
 * The lens rows of a comparison: how groups name things, what each leaves out, where their figures
 * meet or part, how they cast the actors, which frames they use and when they wrote. The row shapes
 * and each table over documents held in memory; every row points back to spans a reader can check.
 * `LensAccumulator` (lens-stream.ts) computes them all, and takes documents one at a time where a
 * corpus is too large to hold.
 */
import type { Finding } from '../core/finding.js';
import type { DocumentSignal } from '../core/signal.js';
import { contentWords, LensAccumulator } from './lens-stream.js';

export { contentWords };

/** One document as the lens rows read it. */
export interface LensDoc {
  docId: string;
  group: string;
  findings: readonly Finding[];
  signals: readonly DocumentSignal[];
  words: number;
  publishedAt?: string | undefined;
  /** The text, for checks that look past the findings (whether a name occurs at all, years). */
  text?: string | undefined;
}

/** A span a reader can check. */
export interface Evidence {
  docId: string;
  start: number;
  end: number;
  text: string;
}

// ─── 1. Naming fingerprint ───────────────────────────────────────────────────────────────────────

/** How often one group uses one variant for one pack concept. */
export interface NamingRow {
  pack: string;
  concept: string;
  /** The neutral form the pack gives for the concept. */
  neutral: string | undefined;
  group: string;
  /** The variant as the pack lists it (or as written, when the pack gives no term). */
  variant: string;
  /** The side the variant marks (`neutral` for neutral forms). */
  side: string | undefined;
  count: number;
  documents: number;
  /** This variant's share of the group's uses of the concept. */
  share: number;
  /**
   * How differently the groups name the concept: the largest total variation distance between two
   * groups' variant distributions (0 = same mix, 1 = no variant in common); 1 when only one group
   * names the concept at all. The same on every row of the concept.
   */
  divergence: number;
  evidence: Evidence[];
}

/**
 * Per pack concept × group, the variants each group uses and how often, concepts where the groups
 * differ most first.
 *
 * @example
 * namingFingerprint(docs)[0]; // { concept: 'region', group: 'a', variant: 'Upper Kellmark', share: 1, divergence: 1, … }
 */
export function namingFingerprint(docs: readonly LensDoc[]): NamingRow[] {
  return accumulate(docs, false).naming();
}

// ─── 2. Omissions and story start ────────────────────────────────────────────────────────────────

export type OmissionKind = 'actor' | 'place' | 'number' | 'concept';

/** Something one group mentions that another never does. */
export interface OmissionRow {
  kind: OmissionKind;
  /** The actor or place, the counted thing (`number of …`), or `pack/concept`. */
  item: string;
  /** The group that mentions it. */
  group: string;
  /** The groups that never do. */
  missingFrom: string[];
  mentions: number;
  documents: number;
  /** How central it is to the group that mentions it: mentions × the share of its documents that do. */
  centrality: number;
  evidence: Evidence[];
}

/**
 * What one group mentions and another never does: actors and places (never named in the other
 * group's texts, aliases included), figures (the other group gives no number of the same thing)
 * and pack concepts (no variant of the concept in the other group), most central first.
 *
 * @example
 * omissions(docs).filter((r) => r.kind === 'place'); // [{ item: 'Tavrensk', group: 'dravenia', missingFrom: ['lusovia'], … }]
 */
export function omissions(docs: readonly LensDoc[]): OmissionRow[] {
  return accumulate(docs, true).omissions();
}

/** The earliest year a group's documents reach back to. */
export interface StoryStartRow {
  group: string;
  year: number;
  /** `date` when a claim's date gives it, `text` when a bare four-digit year in the text does. */
  from: 'date' | 'text';
  evidence: Evidence;
}

/**
 * Each group's story start: the earliest year it reaches back to, from claims' dates and from
 * four-digit years in the text that are not counts the claims detector read, up to next year.
 * A number reads as a year as the claims' date reader reads one (`readsAsYear`): never after a
 * currency sign or a label ("$1000", "Form 1040", "H.R. 1628"), before a counted noun ("1000
 * points") or in a phone number or an address; before 1500 only after a date word ("in 1163").
 *
 * @example
 * storyStart(docs); // [{ group: 'a', year: 1921, from: 'text', evidence: { … } }, …]
 */
export function storyStart(docs: readonly LensDoc[]): StoryStartRow[] {
  return accumulate(docs, false).storyStart();
}

// ─── 3. Claim alignment ──────────────────────────────────────────────────────────────────────────

export type Alignment = 'agree' | 'diverge' | 'one-sided';

/** One group's figures for one quantity, with how the groups' figures line up. */
export interface ClaimRow {
  /** What is counted (`convoy`, `armenian`), or the unit when the claim names no thing. */
  topic: string;
  unit: string | undefined;
  kind: string;
  /** `agree`: every figure within 10% of the largest; `diverge`: two or more groups give figures that do not; `one-sided`: one group only. */
  alignment: Alignment;
  group: string;
  /** The group's figures in the order read: all of them up to 100, the first 100 past that (`LensLimits.values`). */
  values: number[];
  /** The groups that give a figure for it. */
  groups: string[];
  /** The figures as written. */
  evidence: Evidence[];
  /** The claims that carry them. */
  claims: Evidence[];
}

/**
 * Figures about the same quantity across groups, matched by kind, unit and the head word of what
 * is counted, labelled agree / diverge / one-sided. Diverging quantities first, then agreeing,
 * then one-sided, each by how many documents give them.
 *
 * @example
 * alignClaims(docs); // [{ topic: 'convoy', alignment: 'diverge', group: 'a', values: [9], … }, { …, group: 'b', values: [40] }]
 */
export function alignClaims(docs: readonly LensDoc[]): ClaimRow[] {
  return accumulate(docs, false).claims();
}

// ─── 4. Portrayal matrix ─────────────────────────────────────────────────────────────────────────

/** How one group casts one actor. */
export interface PortrayalRow {
  actor: string;
  kind: string | undefined;
  group: string;
  documents: number;
  mentions: number;
  /** Documents per role the actors lens gives it (antagonist, protagonist, innocent, neutral, …). */
  roles: Record<string, number>;
  /** Mean polarity of the evaluative words on it (+1 positive, −1 negative); undefined when none. */
  polarity: number | undefined;
  /** The most frequent evaluative words, most frequent first. */
  words: Array<{ text: string; count: number; polarity: string }>;
  evidence: Evidence[];
}

/**
 * Actor × group: role counts, mean polarity of the evaluative words and the top words with
 * examples. Every actor gets a row for every group (zeros where a group never names it); actors
 * most named overall first, at most `limit` of them.
 *
 * @example
 * portrayalMatrix(docs)[0]; // { actor: 'Marrak', group: 'a', roles: { antagonist: 2 }, polarity: -1, … }
 */
export function portrayalMatrix(docs: readonly LensDoc[], limit = 20): PortrayalRow[] {
  return accumulate(docs, false).portrayal(limit);
}

// ─── 5. Frame profile ────────────────────────────────────────────────────────────────────────────

/** The share of a group's documents that a reading gives a label. */
export interface FrameRow {
  group: string;
  /** `frames`, `genre`, `side:<pack>`. */
  reading: string;
  label: string;
  documents: number;
  /** Documents in the group. */
  of: number;
  share: number;
}

/**
 * Per group: the share of documents with each frame (every label a `frames` signal keeps), the
 * genre counts and the side reading of each pack (the best label of `genre` and `side:<pack>`).
 *
 * @example
 * frameProfile(docs); // [{ group: 'a', reading: 'frames', label: 'Security_and_defense', documents: 2, of: 2, share: 1 }, …]
 */
export function frameProfile(docs: readonly LensDoc[]): FrameRow[] {
  return accumulate(docs, false).frames();
}

// ─── 6. Timeline ─────────────────────────────────────────────────────────────────────────────────

export interface TimelineRow {
  group: string;
  /** `YYYY-MM`. */
  month: string;
  documents: number;
  words: number;
}

/**
 * Documents and words per group per month of publication, every month from the first to the last
 * (zeros included) for every group; empty when no document has a date.
 *
 * @example
 * timeline(docs); // [{ group: 'a', month: '2024-02', documents: 1, words: 812 }, …]
 */
export function timeline(docs: readonly LensDoc[]): TimelineRow[] {
  return accumulate(docs, false).timeline();
}

// ─── All together ────────────────────────────────────────────────────────────────────────────────

/** Every lens table of a comparison. */
export interface LensRows {
  naming: NamingRow[];
  omissions: OmissionRow[];
  storyStart: StoryStartRow[];
  claims: ClaimRow[];
  portrayal: PortrayalRow[];
  frames: FrameRow[];
  timeline: TimelineRow[];
}

/**
 * All the lens tables at once.
 *
 * @example
 * const lens = lensRows(docs);
 */
export function lensRows(docs: readonly LensDoc[]): LensRows {
  return accumulate(docs, true).rows();
}

/**
 * The accumulator over documents held in memory: every document added, then, when `texts` is set
 * (omissions need it), the text pass over the groups whose texts are searched for names.
 */
function accumulate(docs: readonly LensDoc[], texts: boolean): LensAccumulator {
  const lens = new LensAccumulator();
  for (const d of docs) lens.add(d);
  if (texts && lens.pendingProbes().size > 0) {
    for (const d of docs) if (lens.needsText(d.group)) lens.observeText(d.group, (d.text ?? '').toLowerCase());
  }
  return lens;
}
