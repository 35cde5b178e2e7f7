/** The phrase matcher: finds lexicon terms in a parsed document's tokens in one left-to-right pass. */
import { parse } from '../nlp/parse.js';
import type { Token } from '../nlp/types.js';
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

  const matchAt = (tokens: readonly Token[], i: number, keys: readonly TokenKeys[]): PhraseMatch<E> | undefined => {
    const own = keys[i];
    if (own === undefined) return undefined;
    let best: Pattern<E> | undefined;
    let bestEnd = -1;
    for (let n = 0; n < 2; n += 1) {
      const key = n === 0 ? own.lower : own.alt;
      if (key === undefined) continue;
      const candidates = index.get(key);
      if (candidates === undefined) continue;
      for (const pattern of candidates) {
        const end = extend(pattern.steps, tokens, keys, i);
        if (end === -1) continue;
        if (end > bestEnd || (end === bestEnd && best !== undefined && pattern.order < best.order)) {
          best = pattern;
          bestEnd = end;
        }
      }
    }
    if (best === undefined) return undefined;
    const startToken = tokens[i];
    const endToken = tokens[bestEnd - 1];
    if (startToken === undefined || endToken === undefined) return undefined;
    return { entry: best.entry, startToken: i, endToken: bestEnd, start: startToken.start, end: endToken.end };
  };

  return {
    size,
    matchAll(tokens) {
      const keys = tokenKeys(tokens);
      const out: PhraseMatch<E>[] = [];
      let i = 0;
      while (i < tokens.length) {
        const found = matchAt(tokens, i, keys);
        if (found === undefined) i += 1;
        else {
          out.push(found);
          i = found.endToken;
        }
      }
      return out;
    },
    matchAt(tokens, i) {
      return matchAt(tokens, i, tokenKeys(tokens));
    },
  };
}

/** Token index just past the match of `steps` starting at `i`, or -1. Joining hyphens are skipped. */
function extend(steps: readonly Step[], tokens: readonly Token[], keys: readonly TokenKeys[], i: number): number {
  let p = i;
  for (let s = 0; s < steps.length; s += 1) {
    const step = steps[s];
    if (step === undefined) return -1;
    if (s > 0 && isJoiner(tokens, p)) p += 1;
    const k = keys[p];
    if (k === undefined) return -1;
    if (!stepAccepts(step, k)) return -1;
    p += 1;
  }
  return p;
}

function stepAccepts(step: Step, k: TokenKeys): boolean {
  if (step.keys.includes(k.lower)) return true;
  return !step.exact && k.alt !== undefined && step.keys.includes(k.alt);
}

/**
 * A hyphen glued to a word on both sides ("so-called" as `so` `-` `called`): optional when matching.
 * A spaced dash ("Karabakh – the moment") is punctuation, not a joiner.
 */
function isJoiner(tokens: readonly Token[], p: number): boolean {
  const t = tokens[p];
  const before = tokens[p - 1];
  const after = tokens[p + 1];
  return t !== undefined && before !== undefined && after !== undefined && HYPHENS.has(t.text) && before.end === t.start && t.end === after.start;
}

/** The keys a document token offers: its lower-case form, and its lemma or plural-folded form when different. */
interface TokenKeys {
  lower: string;
  alt: string | undefined;
}

const keyCache = new WeakMap<readonly Token[], TokenKeys[]>();

/** Keys for every token of a document, computed once per token array and shared by all matchers. */
function tokenKeys(tokens: readonly Token[]): TokenKeys[] {
  let keys = keyCache.get(tokens);
  if (keys === undefined) {
    keys = new Array<TokenKeys>(tokens.length);
    for (let i = 0; i < tokens.length; i += 1) {
      const t = tokens[i] as Token;
      const lemma = foldApostrophes(t.lemma);
      // wink-nlp leaves unknown or capitalized words unlemmatized ("co-chairs", "Atrocities"):
      // fold a regular plural so they still reach the dictionary form.
      const alt = lemma !== t.lower ? lemma : foldPlural(t.lower);
      keys[i] = { lower: t.lower, alt: alt === t.lower ? undefined : alt };
    }
    keyCache.set(tokens, keys);
  }
  return keys;
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
