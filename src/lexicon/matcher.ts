/** The phrase matcher: finds lexicon terms in a parsed document's tokens in one left-to-right pass. */
import { parse } from '../nlp/parse.js';
import type { Token } from '../nlp/types.js';
import { createWordForms, type WordForms } from '../nlp/word-forms.js';
import type { MatchMode } from './schema.js';

/** What the matcher needs from an entry: its term, other surface forms, and how to compare. */
export interface MatchableEntry {
  readonly term: string;
  readonly forms?: readonly string[] | undefined;
  readonly match?: MatchMode | undefined;
}

/** One match: the entry and the half-open token range `[startToken, endToken)` it covers, with offsets. */
export interface PhraseMatch<E> {
  entry: E;
  startToken: number;
  /** Exclusive. */
  endToken: number;
  /** UTF-16 offset of the first character of the match. */
  start: number;
  /** UTF-16 offset just past the last character of the match. */
  end: number;
}

export interface PhraseMatcher<E> {
  /** How many token sequences the entries compiled into (terms, forms and hyphen variants). */
  readonly size: number;
  /**
   * All matches, left to right, non-overlapping: at each token the longest match wins (ties go to
   * the entry listed first), and the scan resumes after it.
   */
  matchAll(tokens: readonly Token[]): PhraseMatch<E>[];
  /** The longest match that starts exactly at `index`, if any. */
  matchAt(tokens: readonly Token[], index: number): PhraseMatch<E> | undefined;
}

/**
 * Phrase matchers that scan a document together. Each matcher keeps its own semantics (longest
 * match, first-listed entry on ties, no overlap with its own earlier matches); the group only
 * shares the work. The first `matchAll` on a token array looks every token up once in an index of
 * all members' first words and records every member's matches; later calls on the same array (the
 * other detectors reading the same document) reuse them. Tokens are numbered by a `WordForms`
 * table, so what a word offers the matcher is worked out once per word form, not once per token.
 * Together these cut the six lexicon detectors from about 90 ms to under 30 ms on the benchmark
 * corpus, where each scanned the document on its own.
 */
export interface MatcherGroup {
  /** A matcher for `entries` that scans with the rest of the group. */
  matcher<E extends MatchableEntry>(entries: readonly E[]): PhraseMatcher<E>;
  /** The word-form table the group numbers tokens with (share it with other detectors). */
  readonly words: WordForms;
}

/** One token of a compiled sequence: the keys a document token may show to match it. */
interface Step {
  keys: readonly string[];
  exact: boolean;
}

interface Pattern<E> {
  entry: E;
  order: number;
  steps: Step[];
}

/** A pattern in a group's shared index, with the member matcher it belongs to. */
interface MemberPattern {
  member: number;
  pattern: Pattern<unknown>;
}

/**
 * What a word form offers the matcher: besides its lower-case form, a second key (its lemma, or
 * its plural folded, when that differs), and the patterns of the group whose first step takes it.
 */
interface WordKeys {
  alt: string | undefined;
  starts: Starts | undefined;
  /**
   * The numbers of its lower-case form and of `alt` among the keys that patterns of the group take
   * as their second word (`Starts.bySecond`), or -1: numbers are cheaper to look up than text.
   */
  secondLower: number;
  secondAlt: number;
}

/**
 * The patterns that may start at a word. Most patterns are phrases whose first word is common
 * ("it is said", "in fact"), so they are indexed again by the keys of their second step: at "it"
 * the scan looks the next word up once instead of trying two dozen phrases.
 */
interface Starts {
  all: MemberPattern[];
  /** One-word patterns: they match wherever their word is. */
  single: MemberPattern[];
  /** By the number of a second-step key (see `WordKeys.secondLower`). */
  bySecond: Map<number, MemberPattern[]>;
}

type KeysAt = (p: number) => WordKeys | undefined;

/** Flags by form number, in a compact array the scan reads for every token: a pattern may start at the form… */
const STARTS = 1;
/** …or take it as its second word. */
const SECOND = 2;

/** A document's tokens with their form numbers and what the group knows of each form. */
interface Keyed {
  tokens: readonly Token[];
  forms: Int32Array;
  /** By form number. */
  keys: readonly WordKeys[];
  /** By form number: `STARTS` and `SECOND`. */
  flags: Uint8Array;
  keysAt: KeysAt;
}

const HYPHENS = new Set(['-', '‐', '‑', '‒', '–']);
const HYPHEN_INSIDE = /[-‐‑‒–]/;

/**
 * Compiles entries into sequences keyed by their first token. Every term and form is tokenized with
 * the same wink-nlp tokenizer as documents, so "can't" is `ca` + `n't` on both sides. Hyphens
 * between words are optional on both sides: a term "so-called" also matches "so called", the
 * single token "so-called" and "socalled"; a term "so called" matches "so-called".
 *
 * @example
 * const matcher = createPhraseMatcher([{ term: 'so-called', match: 'exact' }, { term: 'slaughter' }]);
 * matcher.matchAll(parse('They slaughtered the so called experts.').tokens);
 * // → [{ entry: {term: 'slaughter'}, startToken: 1, endToken: 2, … }, { entry: {term: 'so-called'}, … }]
 */
export function createPhraseMatcher<E extends MatchableEntry>(entries: readonly E[]): PhraseMatcher<E> {
  return createMatcherGroup().matcher(entries);
}

/**
 * A group of matchers that share one scan per document (see `MatcherGroup`). Create one for the
 * detectors that run together and hand it to each; matches are remembered per token array, so
 * they live as long as the document does.
 *
 * @example
 * const group = createMatcherGroup();
 * const loaded = group.matcher(loadedEntries);
 * const hedges = group.matcher(hedgeEntries);
 * loaded.matchAll(doc.tokens); // scans once for both
 * hedges.matchAll(doc.tokens); // reuses that scan
 */
export function createMatcherGroup(words: WordForms = createWordForms()): MatcherGroup {
  const shared = new Map<string, MemberPattern[]>();
  // Every key a pattern takes as its second word, numbered.
  const secondKeys = new Map<string, number>();
  let members = 0;
  let memo = new WeakMap<readonly Token[], PhraseMatch<unknown>[][]>();
  // Keys by form number: worked out (apostrophes, plurals, index lookups) once per word form, not
  // once per token; news text repeats a small vocabulary.
  let keysByForm: WordKeys[] = [];
  let flagsByForm = new Uint8Array(1024);
  let epoch = words.epoch;

  const keysOfForm = (form: number): WordKeys => {
    const lower = words.lowerOf(form);
    const lemma = foldApostrophes(words.lemmaTextOf(form));
    // wink-nlp leaves unknown or capitalized words unlemmatized ("co-chairs", "Atrocities"):
    // fold a regular plural so they still reach the dictionary form.
    const folded = lemma !== lower ? lemma : foldPlural(lower);
    const alt = folded === lower ? undefined : folded;
    const secondLower = secondKeys.get(lower) ?? -1;
    const secondAlt = alt === undefined ? -1 : (secondKeys.get(alt) ?? -1);
    return { alt, starts: startsAt(shared, secondKeys, lower, alt), secondLower, secondAlt };
  };

  /** `tokens` with the keys of each (undefined past either end). */
  const keyed = (tokens: readonly Token[]): Keyed => {
    const { forms } = words.numbers(tokens);
    if (words.epoch !== epoch) {
      keysByForm = [];
      epoch = words.epoch;
    }
    // Forms are numbered in order, so the keys of the new ones are appended: a dense array, which
    // V8 indexes directly (filled out of order it would turn into a slow dictionary).
    if (flagsByForm.length < words.forms) {
      const grown = new Uint8Array(words.forms * 2);
      grown.set(flagsByForm);
      flagsByForm = grown;
    }
    for (let form = keysByForm.length; form < words.forms; form += 1) {
      const keys = keysOfForm(form);
      keysByForm.push(keys);
      flagsByForm[form] = (keys.starts === undefined ? 0 : STARTS) | (keys.secondLower >= 0 || keys.secondAlt >= 0 ? SECOND : 0);
    }
    const keys = keysByForm;
    const keysAt: KeysAt = (p) => (p >= 0 && p < forms.length ? keys[forms[p] as number] : undefined);
    return { tokens, forms, keys, flags: flagsByForm, keysAt };
  };

  const scanned = (tokens: readonly Token[]): PhraseMatch<unknown>[][] => {
    let found = memo.get(tokens);
    if (found === undefined) {
      found = scan(keyed(tokens), members);
      memo.set(tokens, found);
    }
    return found;
  };

  return {
    words,
    matcher<E extends MatchableEntry>(entries: readonly E[]): PhraseMatcher<E> {
      const member = members;
      members += 1;
      const { index, size } = compileEntries(entries);
      for (const [key, patterns] of index) {
        let list = shared.get(key);
        if (list === undefined) shared.set(key, (list = []));
        for (const pattern of patterns) {
          list.push({ member, pattern: pattern as Pattern<unknown> });
          for (const second of pattern.steps[1]?.keys ?? []) if (!secondKeys.has(second)) secondKeys.set(second, secondKeys.size);
        }
      }
      // What was worked out before this member joined does not know its patterns.
      memo = new WeakMap();
      keysByForm = [];
      flagsByForm.fill(0);
      return {
        size,
        matchAll(tokens) {
          // A copy, so that no caller can change what the next detector reads.
          return (scanned(tokens)[member] ?? []).slice() as PhraseMatch<E>[];
        },
        matchAt(tokens, i) {
          const { keysAt } = keyed(tokens);
          let best: Pattern<unknown> | undefined;
          let bestEnd = -1;
          for (const { member: m, pattern } of keysAt(i)?.starts?.all ?? []) {
            if (m !== member) continue;
            const end = extend(pattern.steps, tokens, keysAt, i);
            if (end === -1) continue;
            if (end > bestEnd || (end === bestEnd && best !== undefined && pattern.order < best.order)) {
              best = pattern;
              bestEnd = end;
            }
          }
          return best === undefined ? undefined : (toMatch(tokens, best.entry, i, bestEnd) as PhraseMatch<E>);
        },
      };
    },
  };
}

/** The patterns of the group whose first step takes a word with keys `lower` and `alt`, indexed by their second step. */
function startsAt(shared: Map<string, MemberPattern[]>, secondKeys: Map<string, number>, lower: string, alt: string | undefined): Starts | undefined {
  const all: MemberPattern[] = [];
  for (const key of alt === undefined ? [lower] : [lower, alt]) {
    for (const candidate of shared.get(key) ?? []) {
      const first = candidate.pattern.steps[0] as Step;
      if (stepAccepts(first, lower, alt) && !all.includes(candidate)) all.push(candidate);
    }
  }
  if (all.length === 0) return undefined;
  const single: MemberPattern[] = [];
  const bySecond = new Map<number, MemberPattern[]>();
  for (const candidate of all) {
    const second = candidate.pattern.steps[1];
    if (second === undefined) single.push(candidate);
    else {
      for (const key of second.keys) {
        const number = secondKeys.get(key) as number;
        const list = bySecond.get(number);
        if (list === undefined) bySecond.set(number, [candidate]);
        else if (!list.includes(candidate)) list.push(candidate);
      }
    }
  }
  return { all, single, bySecond };
}

/** The patterns of `entries`, indexed by the keys of their first token. */
function compileEntries<E extends MatchableEntry>(entries: readonly E[]): { index: Map<string, Pattern<E>[]>; size: number } {
  const index = new Map<string, Pattern<E>[]>();
  let size = 0;
  entries.forEach((entry, order) => {
    const exact = entry.match === 'exact';
    for (const surface of [entry.term, ...(entry.forms ?? [])]) {
      for (const steps of compileSurface(surface, exact)) {
        const first = steps[0];
        if (first === undefined) continue;
        const pattern: Pattern<E> = { entry, order, steps };
        size += 1;
        for (const key of first.keys) {
          const list = index.get(key);
          if (list === undefined) index.set(key, [pattern]);
          else if (!list.includes(pattern)) list.push(pattern);
        }
      }
    }
  });
  return { index, size };
}

/**
 * Every member's matches over `tokens`, in one left-to-right pass. At each token, each member's
 * best pattern is the one reaching furthest, then the one listed first; a member takes it unless
 * the token lies inside that member's previous match. That is exactly a separate scan per member
 * that jumps past each of its matches, since what matches at a token does not depend on the rest.
 */
function scan({ tokens, forms, keys, flags, keysAt }: Keyed, members: number): PhraseMatch<unknown>[][] {
  const out: PhraseMatch<unknown>[][] = [];
  for (let m = 0; m < members; m += 1) out.push([]);
  const resume = new Int32Array(members);
  const bestEnd = new Int32Array(members).fill(-1);
  const best = new Array<Pattern<unknown> | undefined>(members);
  for (let i = 0; i < tokens.length; i += 1) {
    const form = forms[i] as number;
    if (((flags[form] as number) & STARTS) === 0) continue;
    const starts = (keys[form] as WordKeys).starts as Starts;
    let touched = starts.single.length > 0 && consider(starts.single, tokens, keysAt, i, resume, best, bestEnd);
    // The second step is taken by the next token, or the one after a joining hyphen, as in `extend`.
    const q = isJoiner(tokens, i + 1) ? i + 2 : i + 1;
    if (q < tokens.length && ((flags[forms[q] as number] as number) & SECOND) !== 0 && starts.bySecond.size > 0) {
      const next = keys[forms[q] as number] as WordKeys;
      if (next.secondLower >= 0 && consider(starts.bySecond.get(next.secondLower), tokens, keysAt, i, resume, best, bestEnd)) touched = true;
      if (next.secondAlt >= 0 && consider(starts.bySecond.get(next.secondAlt), tokens, keysAt, i, resume, best, bestEnd)) touched = true;
    }
    if (!touched) continue;
    for (let m = 0; m < members; m += 1) {
      const pattern = best[m];
      if (pattern === undefined) continue;
      const end = bestEnd[m] as number;
      (out[m] as PhraseMatch<unknown>[]).push(toMatch(tokens, pattern.entry, i, end));
      resume[m] = end;
      best[m] = undefined;
      bestEnd[m] = -1;
    }
  }
  return out;
}

/** Tries `candidates` at token `i`, keeping each member's best in `best`/`bestEnd`; true when one improved. */
function consider(
  candidates: readonly MemberPattern[] | undefined,
  tokens: readonly Token[],
  keysAt: KeysAt,
  i: number,
  resume: Int32Array,
  best: (Pattern<unknown> | undefined)[],
  bestEnd: Int32Array,
): boolean {
  if (candidates === undefined) return false;
  let improved = false;
  for (let c = 0; c < candidates.length; c += 1) {
    const { member, pattern } = candidates[c] as MemberPattern;
    if (i < (resume[member] as number)) continue;
    const end = extend(pattern.steps, tokens, keysAt, i);
    if (end === -1) continue;
    const previous = best[member];
    if (end > (bestEnd[member] as number) || (end === bestEnd[member] && previous !== undefined && pattern.order < previous.order)) {
      best[member] = pattern;
      bestEnd[member] = end;
      improved = true;
    }
  }
  return improved;
}

function toMatch<E>(tokens: readonly Token[], entry: E, startToken: number, endToken: number): PhraseMatch<E> {
  return { entry, startToken, endToken, start: (tokens[startToken] as Token).start, end: (tokens[endToken - 1] as Token).end };
}

/**
 * Token index just past the match of `steps` starting at `i`, or -1. Joining hyphens are skipped.
 * The first step is known to take token `i` (the pattern came from `startsAt` for its keys).
 */
function extend(steps: readonly Step[], tokens: readonly Token[], keysAt: KeysAt, i: number): number {
  let p = i + 1;
  for (let s = 1; s < steps.length; s += 1) {
    const step = steps[s] as Step;
    if (isJoiner(tokens, p)) p += 1;
    const token = tokens[p];
    const keys = keysAt(p);
    if (token === undefined || keys === undefined) return -1;
    if (!stepAccepts(step, token.lower, keys.alt)) return -1;
    p += 1;
  }
  return p;
}

function stepAccepts(step: Step, lower: string, alt: string | undefined): boolean {
  if (step.keys.includes(lower)) return true;
  return !step.exact && alt !== undefined && step.keys.includes(alt);
}

/**
 * A hyphen glued to a word on both sides ("so-called" as `so` `-` `called`): optional when matching.
 * A spaced dash ("Karabakh – the moment") is punctuation, not a joiner.
 */
function isJoiner(tokens: readonly Token[], p: number): boolean {
  const t = tokens[p];
  const before = tokens[p - 1];
  const after = tokens[p + 1];
  // Offsets first: they are at hand, where the set has to read the token's text.
  return t !== undefined && before !== undefined && after !== undefined && before.end === t.start && t.end === after.start && HYPHENS.has(t.text);
}

/**
 * Drops a regular English plural ending: `atrocities` → `atrocity`, `witches` → `witch`,
 * `regimes` → `regime`; leaves `-ss`, `-us`, `-is` words alone.
 */
export function foldPlural(word: string): string {
  if (word.length < 4 || word.charCodeAt(word.length - 1) !== 115 /* s */) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (SIBILANT_PLURAL.test(word)) return word.slice(0, -2);
  if (NOT_PLURAL.test(word)) return word;
  return word.slice(0, -1);
}

const SIBILANT_PLURAL = /(?:ss|x|z|ch|sh)es$/;
const NOT_PLURAL = /(?:ss|us|is)$/;

function foldApostrophes(s: string): string {
  return s.includes('’') || s.includes('‘') ? s.replace(/[’‘]/g, "'") : s;
}

/**
 * Token sequences for one written surface. A term with hyphenated words yields three variants:
 * words apart (the document's hyphens are optional between them), each hyphenated group as one
 * token with its hyphens, and each group closed up ("socalled").
 */
function compileSurface(surface: string, exact: boolean): Step[][] {
  const tokens = parse(surface).tokens;
  // Groups of tokens glued by joining hyphens; a wink token with a hyphen inside is split, too.
  const groups: string[][][] = [];
  let current: string[][] = [];
  tokens.forEach((t, p) => {
    if (isJoiner(tokens, p)) return;
    const glued = p > 0 && isJoiner(tokens, p - 1);
    if (!glued && current.length > 0) {
      groups.push(current);
      current = [];
    }
    if (HYPHEN_INSIDE.test(t.lower) && t.lower.length > 1) {
      for (const piece of t.lower.split(HYPHEN_INSIDE)) if (piece !== '') current.push(keysOf(piece, piece, exact));
    } else current.push(keysOf(t.lower, foldApostrophes(t.lemma), exact));
  });
  if (current.length > 0) groups.push(current);

  const apart: Step[] = groups.flat().map((keys) => ({ keys, exact }));
  const variants = [apart];
  if (groups.some((g) => g.length > 1)) {
    for (const glue of ['-', '']) {
      variants.push(
        groups.map((g) => {
          if (g.length === 1) return { keys: g[0] ?? [], exact };
          const joined = g.map((keys) => keys[0] ?? '').join(glue);
          return { keys: [joined], exact };
        }),
      );
    }
  }
  return variants;
}

function keysOf(lower: string, lemma: string, exact: boolean): string[] {
  return exact || lemma === lower ? [lower] : [lower, lemma];
}
