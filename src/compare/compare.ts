/** Distinctive language: each group of documents against the rest, scored terms with their evidence. */
import { SlantError } from '../core/errors.js';
import { parse } from '../nlp/parse.js';
import type { ParsedDoc } from '../nlp/types.js';
import { sumOf, TermCounts, type Counts } from './counts.js';
import { DEFAULT_WINDOW, kwicAt, type Kwic } from './kwic.js';
import { logOddsDirichlet } from './log-odds-dirichlet.js';
import type { ScoredTerm, TermScorer } from './scorer.js';
import { countTerms, DEFAULT_NGRAM_MAX, findOccurrences, TermTally } from './terms.js';

/** A document to compare. With `parsed` it is not parsed again (and is held by the caller anyway). */
export interface CompareDoc {
  id: string;
  text: string;
  parsed?: ParsedDoc | undefined;
}

/**
 * The documents of a group. They are read twice (counting, then evidence), so pass an array or a
 * function returning a fresh iterable; a one-shot iterator (a generator object) is refused.
 */
export type CompareDocs = Iterable<CompareDoc> | (() => Iterable<CompareDoc>);

export interface CompareGroup {
  name: string;
  docs: CompareDocs;
}

export interface CompareOptions {
  /** Longest n-gram. Default 3. */
  ngramMax?: number;
  /** Default `logOddsDirichlet`. */
  scorer?: TermScorer;
  /** Prior scale for the scorer; default: the scorer's own (for log-odds, the smaller compared total). */
  alpha0?: number;
  /** Rows per group. Default 25. */
  top?: number;
  /** KWIC snippets per row, from different documents first. Default 3. */
  evidencePerTerm?: number;
  /**
   * Least uses of a term in a group for it to be listed as that group's. Default per group: 1 when
   * the group has fewer than 3 documents (two single articles must still compare), 2 otherwise (a
   * word one article used once is not a group's language).
   */
  minCount?: number;
  /** Context characters each side of a snippet. Default 60. */
  window?: number;
  /**
   * Fold a term into a longer listed term that holds at least 80% of its uses in the group ("lachin"
   * into "lachin corridor"), so the list does not repeat one phrase piece by piece. Default true.
   */
  foldSubsumed?: boolean;
}

/** A distinctive term of a group, with how to show it and where it was used. */
export interface DistinctiveRow extends ScoredTerm {
  /** The group's most frequent written form of the term. */
  display: string;
  /** The group writes it like a name (capitalized in at least 80% of uses; see terms.ts). */
  isName: boolean;
  /** Snippets from the group's documents, from different documents first. */
  evidence: Kwic[];
}

export interface GroupSummary {
  name: string;
  documents: number;
  /** Word tokens (the sum of `ParsedDoc.wordCount`). */
  tokens: number;
  /** Term occurrences, unigram and n-gram: the denominator of every rate. */
  terms: number;
  /** Distinct terms. */
  vocabulary: number;
  /** The `minCount` applied to this group. */
  minCount: number;
}

export interface Comparison {
  groups: GroupSummary[];
  /** One entry per group, in input order; an empty group has no rows. */
  distinctive: Array<{ group: string; rows: DistinctiveRow[] }>;
  /** The scorer's id. */
  scorer: string;
  /** The options as applied (`alpha0` and `minCount` are null where the per-group default ruled). */
  options: {
    ngramMax: number;
    top: number;
    evidencePerTerm: number;
    window: number;
    foldSubsumed: boolean;
    alpha0: number | null;
    minCount: number | null;
  };
}

/** Share of a term's uses a longer term must hold for the shorter one to be folded into it. */
const FOLD_SHARE = 0.8;

function positiveInteger(name: string, value: number, least: number): number {
  if (!Number.isInteger(value) || value < least) {
    throw new SlantError('SLANT_USAGE', `${name} must be a whole number of at least ${least}, got ${value}`);
  }
  return value;
}

function docsOf(group: CompareGroup): Iterable<CompareDoc> {
  const docs = typeof group.docs === 'function' ? group.docs() : group.docs;
  const iterator = (docs as Iterable<CompareDoc>)[Symbol.iterator]?.();
  if (iterator === undefined) {
    throw new SlantError('SLANT_USAGE', `group "${group.name}": docs must be an array or a function returning an iterable`);
  }
  if ((iterator as unknown) === docs && typeof group.docs !== 'function') {
    throw new SlantError(
      'SLANT_USAGE',
      `group "${group.name}": docs is a one-shot iterator, but the comparison reads the documents twice; pass an array or a function returning a fresh iterable (() => store.iterate(…))`,
    );
  }
  return { [Symbol.iterator]: () => iterator };
}

/** True when `long` contains `short` as whole units ("lachin" in "lachin corridor", not in "so-called"). */
function containsTerm(long: string, short: string): boolean {
  let at = long.indexOf(short);
  while (at !== -1) {
    const after = long[at + short.length];
    const before = long[at - 1];
    if ((at === 0 || before === ' ') && (after === undefined || after === ' ' || after === "'")) return true;
    at = long.indexOf(short, at + 1);
  }
  return false;
}

function pieces(term: string): number {
  let n = 1;
  for (let i = 0; i < term.length; i += 1) if (term[i] === ' ') n += 1;
  return n;
}

/** z descending; equal z means equal counts, and among such ties a phrase says more than a single word. */
function rank(a: ScoredTerm, b: ScoredTerm): number {
  return b.z - a.z || pieces(b.term) - pieces(a.term) || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0);
}

/**
 * The top rows with z > 0 and enough uses, folding a term into a longer candidate that holds most of
 * its uses; the result is sorted by z descending.
 */
function selectRows(rows: readonly ScoredTerm[], top: number, minCount: number, fold: boolean): ScoredTerm[] {
  const pool = rows.filter((row) => row.z > 0 && row.countTarget >= minCount).sort(rank);
  const phrases = fold ? pool.filter((row) => row.term.includes(' ') || row.term.includes("'")) : [];
  const selected = new Map<string, ScoredTerm>();
  for (const row of pool) {
    if (selected.size >= top) break;
    if (selected.has(row.term)) continue;
    let container: ScoredTerm | undefined;
    for (const phrase of phrases) {
      if (phrase.term.length <= row.term.length || phrase.countTarget < FOLD_SHARE * row.countTarget) continue;
      if (!containsTerm(phrase.term, row.term)) continue;
      if (!container || phrase.term.length > container.term.length || (phrase.term.length === container.term.length && phrase.z > container.z)) {
        container = phrase;
      }
    }
    const chosen = container ?? row;
    if (!selected.has(chosen.term)) selected.set(chosen.term, chosen);
  }
  return [...selected.values()].sort(rank);
}

/** Evidence gathered for one term in the second pass. */
interface Gathered {
  tally: TermTally;
  firsts: Kwic[];
  extras: Kwic[];
}

/** The options of a comparison with every default applied. */
export interface ResolvedCompareOptions {
  ngramMax: number;
  top: number;
  evidencePerTerm: number;
  window: number;
  fold: boolean;
  scorer: TermScorer;
  options: CompareOptions;
}

/** Checks the options and applies the defaults (see `CompareOptions`). */
export function resolveCompareOptions(options: CompareOptions = {}): ResolvedCompareOptions {
  const ngramMax = positiveInteger('ngramMax', options.ngramMax ?? DEFAULT_NGRAM_MAX, 1);
  const top = positiveInteger('top', options.top ?? 25, 1);
  const evidencePerTerm = positiveInteger('evidencePerTerm', options.evidencePerTerm ?? 3, 0);
  const window = positiveInteger('window', options.window ?? DEFAULT_WINDOW, 0);
  const fold = options.foldSubsumed ?? true;
  const scorer = options.scorer ?? logOddsDirichlet;
  if (options.minCount !== undefined) positiveInteger('minCount', options.minCount, 1);
  if (options.alpha0 !== undefined && !(Number.isFinite(options.alpha0) && options.alpha0 > 0)) {
    throw new SlantError('SLANT_USAGE', `alpha0 must be a positive number, got ${options.alpha0}; leave it out for the scorer's default`);
  }
  return { ngramMax, top, evidencePerTerm, window, fold, scorer, options };
}

/** A group after the counting pass: its term counts and sizes, nothing of its documents. */
export interface CountedGroup {
  name: string;
  counts: Counts;
  documents: number;
  tokens: number;
}

/** A counted group with its `minCount` and the rows picked for it (none for an empty group). */
export interface PickedGroup extends CountedGroup {
  minCount: number;
  picked: ScoredTerm[];
}

/**
 * Scores each counted group against the rest and picks its rows (the step between the two passes).
 *
 * @throws SlantError `SLANT_USAGE` when fewer than two groups have any terms or names repeat.
 */
export function pickDistinctive(counted: readonly CountedGroup[], resolved: ResolvedCompareOptions): PickedGroup[] {
  const { options, top, fold, scorer } = resolved;
  const names = new Set<string>();
  for (const group of counted) {
    if (names.has(group.name)) throw new SlantError('SLANT_USAGE', `two groups are both named "${group.name}"; group names must be unique`);
    names.add(group.name);
  }
  const states: PickedGroup[] = counted.map((c) => ({ ...c, minCount: options.minCount ?? (c.documents < 3 ? 1 : 2), picked: [] }));
  const nonEmpty = states.filter((s) => s.counts.total > 0);
  if (nonEmpty.length < 2) {
    const found = states.map((s) => `"${s.name}": ${s.documents} document(s), ${s.counts.total} terms`).join('; ');
    throw new SlantError(
      'SLANT_USAGE',
      `a comparison needs at least two groups with text in them, found ${nonEmpty.length} (${found || 'no groups'}); give two or more sides, outlets or file sets, each with at least one non-empty document`,
    );
  }
  const background: Counts = sumOf(states.map((s) => s.counts));
  for (const state of nonEmpty) {
    const reference = sumOf(nonEmpty.filter((other) => other !== state).map((other) => other.counts));
    const scorerOptions = options.alpha0 === undefined ? { minCount: state.minCount } : { minCount: state.minCount, alpha0: options.alpha0 };
    const rows = scorer.score(state.counts, reference, background, scorerOptions);
    state.picked = selectRows(rows, top, state.minCount, fold);
  }
  return states;
}

/**
 * The second pass for one group: fed the group's documents in order, it gathers display forms, name
 * flags and KWIC evidence for the picked terms. With `tallyCap` (a streaming caller's choice) a
 * term's display form and name flag are read from its first `tallyCap` uses only; the default reads
 * them all. `done` turns true once further documents can change nothing, so a caller may stop early.
 */
export class EvidenceGatherer {
  readonly wanted: ReadonlySet<string>;
  private readonly gathered = new Map<string, Gathered>();
  private readonly needed = new Map<string, number>();
  private readonly pendingTerms = new Set<string>();
  seen = 0;

  constructor(
    private readonly state: PickedGroup,
    private readonly resolved: ResolvedCompareOptions,
    tallyCap = Number.POSITIVE_INFINITY,
  ) {
    this.wanted = new Set(state.picked.map((row) => row.term));
    for (const row of state.picked) {
      this.gathered.set(row.term, { tally: new TermTally(), firsts: [], extras: [] });
      this.needed.set(row.term, Math.min(row.countTarget, tallyCap));
      this.pendingTerms.add(row.term);
    }
  }

  /** True when no document still to come can change a row. */
  get done(): boolean {
    return this.pendingTerms.size === 0;
  }

  /** The terms whose rows may still change. */
  get pending(): ReadonlySet<string> {
    return this.pendingTerms;
  }

  /** Counts a document of the group that need not be parsed (it holds none of the pending terms). */
  skip(): void {
    this.seen += 1;
  }

  add(id: string, parsed: ParsedDoc): void {
    this.seen += 1;
    if (this.pendingTerms.size === 0) return;
    const { evidencePerTerm, window, ngramMax } = this.resolved;
    for (const [term, occurrences] of findOccurrences(parsed, this.pendingTerms, { ngramMax })) {
      const entry = this.gathered.get(term);
      if (!entry) continue;
      occurrences.forEach((occurrence, i) => {
        if (entry.tally.count < (this.needed.get(term) ?? 0)) entry.tally.add(occurrence);
        const bucket = i === 0 ? entry.firsts : entry.extras;
        if (bucket.length < evidencePerTerm) bucket.push(kwicAt(id, parsed.text, occurrence.start, occurrence.end, window));
      });
      const row = this.state.picked.find((r) => r.term === term);
      const allSeen = row !== undefined && entry.tally.count >= row.countTarget;
      if (allSeen || (entry.firsts.length >= evidencePerTerm && entry.tally.count >= (this.needed.get(term) ?? 0))) this.pendingTerms.delete(term);
    }
  }

  rows(): DistinctiveRow[] {
    const { evidencePerTerm } = this.resolved;
    return this.state.picked.map((row) => {
      const entry = this.gathered.get(row.term);
      const evidence = entry ? [...entry.firsts, ...entry.extras].slice(0, evidencePerTerm) : [];
      return { ...row, display: entry?.tally.display || row.term, isName: entry?.tally.isName ?? false, evidence };
    });
  }
}

/** The comparison from picked groups and their rows (in the groups' order). */
export function comparisonOf(states: readonly PickedGroup[], rows: ReadonlyArray<DistinctiveRow[]>, resolved: ResolvedCompareOptions): Comparison {
  const { options } = resolved;
  return {
    groups: states.map((s) => ({
      name: s.name,
      documents: s.documents,
      tokens: s.tokens,
      terms: s.counts.total,
      vocabulary: s.counts.size,
      minCount: s.minCount,
    })),
    distinctive: states.map((s, i) => ({ group: s.name, rows: rows[i] ?? [] })),
    scorer: resolved.scorer.id,
    options: {
      ngramMax: resolved.ngramMax,
      top: resolved.top,
      evidencePerTerm: resolved.evidencePerTerm,
      window: resolved.window,
      foldSubsumed: resolved.fold,
      alpha0: options.alpha0 ?? null,
      minCount: options.minCount ?? null,
    },
  };
}

/**
 * Compares groups of documents: each group against the union of all the others (one-vs-rest), so any
 * number of groups ≥ 2 works, down to two single documents. Documents without `parsed` are parsed,
 * counted and dropped; a second pass over each group finds display forms and KWIC evidence for the
 * selected terms only. Rows are sorted by z descending, at most `top` per group, all with z > 0.
 *
 * @throws SlantError `SLANT_USAGE` when fewer than two groups have any terms, names repeat, or an
 * option is out of range.
 *
 * @example
 * const result = compareGroups([
 *   { name: 'a', docs: [{ id: 'a1', text: 'The blockade of Karabakh must end. Lift the blockade.' }] },
 *   { name: 'b', docs: [{ id: 'b1', text: 'The occupied territories were liberated.' }] },
 * ]);
 * result.distinctive[0].rows[0].display;            // 'blockade'
 * result.distinctive[0].rows[0].evidence[0].match;  // 'blockade'
 */
export function compareGroups(groups: readonly CompareGroup[], options: CompareOptions = {}): Comparison {
  const resolved = resolveCompareOptions(options);
  const names = new Set<string>();
  for (const group of groups) {
    if (names.has(group.name)) throw new SlantError('SLANT_USAGE', `two groups are both named "${group.name}"; group names must be unique`);
    names.add(group.name);
  }

  // Pass 1: counts only. A parsed document lives only for the duration of its own iteration.
  const counted: CountedGroup[] = groups.map((group) => {
    const counts = new TermCounts();
    let documents = 0;
    let tokens = 0;
    for (const doc of docsOf(group)) {
      const parsed = doc.parsed ?? parse(doc.text);
      tokens += parsed.wordCount;
      countTerms(parsed, counts, { ngramMax: resolved.ngramMax });
      documents += 1;
    }
    return { name: group.name, counts, documents, tokens };
  });
  const states = pickDistinctive(counted, resolved);

  // Pass 2: display forms, name flags and evidence, for the picked terms only.
  const rows = states.map((state, i) => {
    if (state.picked.length === 0) return [];
    const group = groups[i] as CompareGroup;
    const gatherer = new EvidenceGatherer(state, resolved);
    let seen = 0;
    for (const doc of docsOf(group)) {
      seen += 1;
      gatherer.add(doc.id, doc.parsed ?? parse(doc.text));
    }
    if (seen !== state.documents) {
      throw new SlantError(
        'SLANT_USAGE',
        `group "${state.name}": docs gave ${state.documents} document(s) on the first read and ${seen} on the second; a docs function must return a fresh iterable of the same documents each time`,
      );
    }
    return gatherer.rows();
  });
  return comparisonOf(states, rows, resolved);
}
