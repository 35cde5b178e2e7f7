/**
 * Comparing stored documents at scale: two streaming passes over the store, keeping only term counts,
 * per-group finding counts and one small row per document, never the texts or all the findings.
 *
 * Pass 1 reads each document with its latest stored analysis and its stored term stream (parsing
 * only a document that has none, and keeping the stream it makes), adds its terms to the count table
 * of each of its groups and its findings to the profile tallies. The terms are then
 * scored (the same `pickDistinctive` as `compareGroups`); its findings and readings go to the lens
 * tables' accumulator (src/compare/lens-stream.ts), which keeps only aggregates. Pass 2 reads the
 * documents again: it shows each text to the lens accumulator while a group still has names to look
 * for (an actor another group names: is it in this group's texts at all?), parses only those whose
 * text can hold a term still wanting evidence (a substring test on each run of letters of the term),
 * and stops as soon as both are done.
 */
import type { DocumentMeta, StoredDocument } from '../core/document.js';
import type { Finding } from '../core/finding.js';
import type { DocumentSignal } from '../core/signal.js';
import type { Analyzer } from '../core/pipeline.js';
import { RULE_DETECTOR_IDS } from '../detectors/index.js';
import {
  comparisonOf,
  EvidenceGatherer,
  LensAccumulator,
  type LensLimits,
  type LensPruned,
  type LensRows,
  pickDistinctive,
  ProfileTally,
  resolveCompareOptions,
  type CompareOptions,
  type Comparison,
  type DistinctiveRow,
  type ProfileRow,
  TERM_STREAM_VERSION,
  termStream,
  termStreamWords,
} from '../compare/index.js';
import { StreamCounts } from '../compare/stream-counts.js';
import { parse } from '../nlp/parse.js';
import { saveAnalysis } from './analyze.js';
import type { ParsedDoc } from '../nlp/types.js';
import type { DocumentFilter, Store, StoredAnalysis } from '../store/store.js';

/** What the streaming comparison gives the report. */
export interface StoreComparison<T> {
  /** One entry per (document, group) pair, in store order: what `describe` made of the document. */
  members: Array<{ group: string; doc: T }>;
  comparison: Comparison;
  techniques: ProfileRow[];
  profile: ProfileRow[];
  categories: ProfileRow[];
  /** The lens tables (naming, omissions, claims, portrayal…), built one document at a time. */
  lens: LensRows;
  /** Keys the lens tables dropped to stay within `lensLimits` (all 0 below them). */
  lensPruned: LensPruned;
  ungrouped: number;
  /** Documents compared without any stored analysis (no findings), when `analyzeMissing` is false. */
  unanalyzed: number;
  /** Terms dropped from the count tables to bound memory (0 unless `maxTerms` was reached). */
  pruned: number;
  /** Documents pass 2 read, and those of them it parsed (the rest were ruled out by a substring test or not reached). */
  secondPass: { read: number; parsed: number };
}

/** Makes the row kept for a document in a group; the findings are not kept unless it keeps them. */
export type Describe<T> = (doc: StoredDocument, group: string, findings: Finding[], words: number) => T;

export interface StoreCompareOptions extends CompareOptions {
  /** Analyze (and save) documents that have no stored analysis at all. Default true. */
  analyzeMissing?: boolean | undefined;
  /** The analyzer for those; asked for only when one is needed. */
  analyzer?: (() => Analyzer) | undefined;
  /**
   * Most distinct terms a group's count table may hold before its rarest terms are pruned. Default
   * 1,000,000 (about 20 MB of table and the terms' strings per group); see `StreamCounts`.
   */
  maxTerms?: number | undefined;
  /** Which stored documents to compare (default all). */
  filter?: DocumentFilter | undefined;
  /** Caps on the lens tables' state; see `LensLimits`. */
  lensLimits?: Partial<LensLimits> | undefined;
  /**
   * Keep the term stream of each document that had none (or one of an older format), so the next
   * comparison need not parse it. Default true.
   */
  saveTermStreams?: boolean | undefined;
  /**
   * Uses of a term read for its display form and name flag in pass 2; past it, the first uses stand
   * for all. Default 100 (a term of a small corpus is mostly read in full).
   */
  tallyCap?: number | undefined;
}

/** The rule detectors, whose findings the report profiles by detector. */
const RULE_DETECTORS: ReadonlySet<string> = new Set(RULE_DETECTOR_IDS);

/** `buildStoreReport` streams above this many stored documents (its `streamAbove` option). */
export const STREAM_ABOVE = 5_000;
export const DEFAULT_MAX_TERMS = 1_000_000;
export const DEFAULT_TALLY_CAP = 100;

/** Group values of a document for `--by side|outlet|tag`. */
export function groupsOf(doc: DocumentMeta, by: 'side' | 'outlet' | 'tag'): string[] {
  if (by === 'tag') return [...new Set(doc.tags ?? [])];
  const value = by === 'side' ? doc.side : doc.outlet;
  return value === undefined || value === '' ? [] : [value];
}

/** The runs of letters or digits of a term: if a text holds the term, its lower case holds each of them. */
function probesOf(term: string): string[] {
  return term.match(/[\p{L}\p{N}]+/gu) ?? [term];
}

/**
 * Compares the stored documents grouped by `by` in two streaming passes (see the module comment).
 * Each document's latest stored analysis is used, whatever analyzer made it.
 *
 * @example
 * const result = await compareStore(store, 'side', (doc, group) => ({ id: doc.id, group }), { top: 20 });
 * result.comparison.distinctive[0].rows[0].evidence;
 */
export async function compareStore<T>(store: Store, by: 'side' | 'outlet' | 'tag', describe: Describe<T>, options: StoreCompareOptions = {}): Promise<StoreComparison<T>> {
  const resolved = resolveCompareOptions(options);
  const maxTerms = options.maxTerms ?? DEFAULT_MAX_TERMS;
  const analyzeMissing = options.analyzeMissing ?? true;
  const saveStreams = options.saveTermStreams ?? true;
  const counts = new Map<string, { counts: StreamCounts; documents: number; tokens: number }>();
  const tallies = { techniques: new ProfileTally('technique'), profile: new ProfileTally('detector'), categories: new ProfileTally('category') };
  const members: StoreComparison<T>['members'] = [];
  const lens = new LensAccumulator(options.lensLimits);
  let ungrouped = 0;
  let unanalyzed = 0;
  let analyzer: Analyzer | undefined;

  // Pass 1: counts.
  for await (const doc of store.iterateDocuments(options.filter)) {
    const groups = groupsOf(doc, by);
    if (groups.length === 0) {
      ungrouped += 1;
      continue;
    }
    let analysis: Pick<StoredAnalysis, 'findings' | 'summary'> | undefined = await store.latestAnalysis(doc.id);
    // The terms come from the stored term stream; only a document without one (or without any
    // analysis to take its word count from) is parsed, and its stream kept for the next time.
    let stream = await store.termStream(doc.id, TERM_STREAM_VERSION);
    let parsed: ParsedDoc | undefined;
    if (analysis === undefined && analyzeMissing) {
      analyzer ??= options.analyzer?.();
      if (analyzer !== undefined) {
        const result = analyzer.analyze(doc.text);
        analysis = await saveAnalysis(store, analyzer, doc, result); // keeps the term stream too
        parsed = result.parsed;
        stream ??= termStream(parsed);
      }
    }
    if (stream === undefined || analysis === undefined) {
      parsed ??= parse(doc.text);
      if (stream === undefined) {
        stream = termStream(parsed);
        if (saveStreams) await store.saveTermStream(doc.id, TERM_STREAM_VERSION, stream);
      }
    }
    if (analysis === undefined) unanalyzed += 1;
    const findings = analysis?.findings ?? [];
    const words = analysis === undefined ? (parsed?.wordCount ?? 0) : typeof analysis.summary.words === 'number' ? analysis.summary.words : 0;
    const rules = findings.filter((f) => RULE_DETECTORS.has(f.detector));
    const signals = Array.isArray(analysis?.summary.signals) ? (analysis.summary.signals as DocumentSignal[]) : [];
    for (const group of groups) {
      lens.add({ docId: doc.id, group, findings, signals, words, publishedAt: doc.publishedAt, text: doc.text });
      let entry = counts.get(group);
      if (entry === undefined) {
        entry = { counts: new StreamCounts(maxTerms), documents: 0, tokens: 0 };
        counts.set(group, entry);
      }
      entry.counts.addStream(stream, { ngramMax: resolved.ngramMax });
      entry.documents += 1;
      entry.tokens += parsed?.wordCount ?? termStreamWords(stream);
      tallies.techniques.add({ group, words, findings });
      tallies.categories.add({ group, words, findings });
      tallies.profile.add({ group, words, findings: rules });
      members.push({ group, doc: describe(doc, group, findings, words) });
    }
  }

  const names = [...counts.keys()].sort();
  const states = names.length < 2 ? [] : pickDistinctive(names.map((name) => ({ name, ...(counts.get(name) as { counts: StreamCounts; documents: number; tokens: number }) })), resolved);

  // Pass 2: evidence for the picked terms, parsing only documents that may hold a pending term.
  const gatherers = new Map(states.map((s) => [s.name, new EvidenceGatherer(s, resolved, options.tallyCap ?? DEFAULT_TALLY_CAP)]));
  const probes = new Map<string, string[]>();
  for (const s of states) for (const row of s.picked) probes.set(row.term, probesOf(row.term));
  const open = (): boolean => [...gatherers.values()].some((g) => !g.done);
  const secondPass = { read: 0, parsed: 0 };
  lens.pendingProbes();
  if (open() || lens.needsText()) {
    for await (const doc of store.iterateDocuments(options.filter)) {
      secondPass.read += 1;
      let lower: string | undefined;
      let parsed: ParsedDoc | undefined;
      for (const group of groupsOf(doc, by)) {
        if (lens.needsText(group)) {
          lower ??= doc.text.toLowerCase();
          lens.observeText(group, lower);
        }
        const gatherer = gatherers.get(group);
        if (gatherer === undefined || gatherer.done) continue;
        lower ??= doc.text.toLowerCase();
        const text = lower;
        if (![...gatherer.pending].some((term) => (probes.get(term) ?? [term]).every((probe) => text.includes(probe)))) {
          gatherer.skip();
          continue;
        }
        if (parsed === undefined) {
          parsed = parse(doc.text);
          secondPass.parsed += 1;
        }
        gatherer.add(doc.id, parsed);
      }
      if (!open() && !lens.needsText()) break;
    }
  }
  const rows: DistinctiveRow[][] = states.map((s) => gatherers.get(s.name)?.rows() ?? []);
  const comparison = states.length === 0 ? emptyComparison(resolved) : comparisonOf(states, rows, resolved);
  let pruned = 0;
  for (const entry of counts.values()) pruned += entry.counts.dropped;
  return {
    members,
    comparison,
    techniques: tallies.techniques.rows(),
    profile: tallies.profile.rows(),
    categories: tallies.categories.rows(),
    lens: lens.rows(),
    lensPruned: lens.pruned,
    ungrouped,
    unanalyzed,
    pruned,
    secondPass,
  };
}

function emptyComparison(resolved: ReturnType<typeof resolveCompareOptions>): Comparison {
  return comparisonOf([], [], resolved);
}
