/** Term extraction: unigrams and n-grams of lower-cased surface forms, counted and located per document. */
import type { ParsedDoc, Token } from '../nlp/types.js';
import type { TermCounts } from './counts.js';

/** Longest n-gram counted unless told otherwise: "blockade of karabakh" fits, longer phrases rarely repeat. */
export const DEFAULT_NGRAM_MAX = 3;

/** Options shared by every function that walks a document's terms. */
export interface TermOptions {
  /** Longest n-gram, in units (a hyphenated compound is one unit). Default 3. */
  ngramMax?: number;
}

/** One place a term occurs. `text.slice(start, end)` is the term as written (`surface` is it, whitespace collapsed). */
export interface Occurrence {
  start: number;
  end: number;
  /** The original text of the occurrence with runs of whitespace collapsed to one space. */
  surface: string;
  /** The term opens its sentence, where a capital letter says nothing about names. */
  initial: boolean;
  /**
   * Whether this use looks like a name: every content unit (not a stop word) capitalized; for the
   * unit that opens a sentence, and in caseless scripts, tagged PROPN instead (false when the
   * document was parsed without POS tags).
   */
  nameLike: boolean;
}

/** What `extractTerms` knows about one term in one document. */
export interface TermEntry {
  count: number;
  /** The most frequent surface form (first seen wins a tie), for display. */
  display: string;
  /** True when the document writes it like a name (see `TermTally`). */
  isName: boolean;
  /** Every occurrence, in text order; present only when asked for with `positions: true`. */
  positions?: Array<{ start: number; end: number }>;
}

/** The terms of one document. `total` is the sum of all counts (unigram and n-gram occurrences). */
export interface DocTerms {
  total: number;
  terms: Map<string, TermEntry>;
}

/** Share of name-like uses above which a term is called a name. */
const NAME_SHARE = 0.8;

/** Token types that can form a term; everything else (punctuation, numbers, URLs, emoji…) breaks an n-gram. */
const TERM_TYPES = new Set(['word', 'hashtag', 'mention']);

/** Hyphen-minus, hyphen and non-breaking hyphen join "so-called" when written without spaces. */
const HYPHENS = new Set(['-', '\u2010', '\u2011']);

/** Clitics wink-nlp splits off ("Baku" + "'s", "ca" + "n't"): glued to the previous unit, never a term edge. */
const CLITIC = /^(?:'(?:s|m|d|ll|re|ve)|n't)$/;

/** Contractions wink-nlp keeps whole but does not flag as stop words ("I'm", "that's"). */
const CONTRACTION = /^(?:i|you|we|they|he|she|it|that|there|here|what|who|where|how|let)'(?:s|m|d|ll|re|ve)$/;

/** A key piece ending in a glued clitic ("baku's"), which counts as two units. */
const CLITIC_END = /.(?:'(?:s|m|d|ll|re|ve)|n't)$/;

const LETTER = /\p{L}/u;
const SPACES = /\s+/g;

/** A unit of a term: one word token, or a hyphenated compound joined from several tokens. */
interface Unit {
  key: string;
  first: number;
  last: number;
  clitic: boolean;
  /** Can start or end a term (and stand alone as a unigram). */
  edge: boolean;
  /** Counts for the name test (not a stop word or clitic). */
  content: boolean;
  /** The first unit of its sentence: capitalization there says nothing about names. */
  initial: boolean;
  /** Run index: units in different runs never share a term. */
  run: number;
}

/** Called once per term occurrence with the units it spans, `[from, to]` inclusive. */
type Visit = (key: string, units: readonly Unit[], from: number, to: number) => void;

function checkNgramMax(ngramMax: number): number {
  if (!Number.isInteger(ngramMax) || ngramMax < 1) {
    throw new RangeError(`ngramMax must be a whole number of at least 1, got ${ngramMax}`);
  }
  return ngramMax;
}

function isHyphenBetween(tokens: readonly Token[], i: number): boolean {
  const left = tokens[i];
  const hyphen = tokens[i + 1];
  const right = tokens[i + 2];
  if (!left || !hyphen || !right) return false;
  if (!HYPHENS.has(hyphen.text) || left.sentence !== right.sentence) return false;
  if (left.end !== hyphen.start || hyphen.end !== right.start) return false;
  return right.type === 'word' || right.type === 'number';
}

/** Splits one sentence into units, numbering runs of consecutive units. */
function sentenceUnits(doc: ParsedDoc, from: number, to: number, units: Unit[]): void {
  const { tokens } = doc;
  let run = 0;
  let broken = false;
  let i = from;
  while (i < to) {
    const token = tokens[i];
    if (!token) break;
    const joinable = token.type === 'word' || token.type === 'number';
    if (joinable && i + 2 < to && isHyphenBetween(tokens, i)) {
      // "so - called" as wink splits it, written "so-called": one unit whose key keeps the hyphen.
      let key = token.lower;
      let last = i;
      while (last + 2 < to && isHyphenBetween(tokens, last)) {
        key += `-${tokens[last + 2]?.lower ?? ''}`;
        last += 2;
      }
      if (LETTER.test(key)) {
        if (broken) run += 1;
        broken = false;
        units.push({ key, first: i, last, clitic: false, edge: true, content: true, initial: units.length === 0, run });
      } else {
        broken = true;
      }
      i = last + 1;
      continue;
    }
    if (TERM_TYPES.has(token.type)) {
      if (broken) run += 1;
      broken = false;
      const key = token.lower;
      const clitic = CLITIC.test(key);
      const stop = clitic || token.stop || CONTRACTION.test(key);
      const edge = !stop && [...key].length >= 2 && LETTER.test(key);
      units.push({ key, first: i, last: i, clitic, edge, content: !stop, initial: units.length === 0, run });
    } else {
      broken = true;
    }
    i += 1;
  }
}

/** Walks every term occurrence of `doc`, sentence by sentence. */
function walkTerms(doc: ParsedDoc, ngramMax: number, visit: Visit): void {
  const units: Unit[] = [];
  for (const sentence of doc.sentences) {
    units.length = 0;
    sentenceUnits(doc, sentence.tokenStart, sentence.tokenEnd, units);
    for (let a = 0; a < units.length; a += 1) {
      const head = units[a];
      if (!head?.edge) continue;
      let key = head.key;
      visit(key, units, a, a);
      for (let b = a + 1; b < units.length && b - a < ngramMax; b += 1) {
        const unit = units[b];
        if (!unit || unit.run !== head.run) break;
        key += unit.clitic ? unit.key : ` ${unit.key}`;
        if (unit.edge) visit(key, units, a, b);
      }
    }
  }
}

function isCapitalized(text: string): boolean {
  const first = String.fromCodePoint(text.codePointAt(0) ?? 32);
  return first !== first.toLowerCase();
}

function isCaseless(text: string): boolean {
  const first = String.fromCodePoint(text.codePointAt(0) ?? 32);
  return first.toLowerCase() === first.toUpperCase();
}

function nameLike(doc: ParsedDoc, units: readonly Unit[], from: number, to: number): boolean {
  for (let u = from; u <= to; u += 1) {
    const unit = units[u];
    if (!unit?.content) continue;
    const token = doc.tokens[unit.first];
    if (!token) return false;
    const ok = unit.initial || isCaseless(token.text) ? token.pos === 'PROPN' : isCapitalized(token.text);
    if (!ok) return false;
  }
  return true;
}

function occurrenceOf(doc: ParsedDoc, units: readonly Unit[], from: number, to: number): Occurrence {
  const start = doc.tokens[units[from]?.first ?? 0]?.start ?? 0;
  const end = doc.tokens[units[to]?.last ?? 0]?.end ?? start;
  return {
    start,
    end,
    surface: doc.text.slice(start, end).replace(SPACES, ' '),
    initial: units[from]?.initial ?? false,
    nameLike: nameLike(doc, units, from, to),
  };
}

/**
 * Tallies the uses of one term, across one or many documents, into a display form and a name flag.
 * A term is a name when at least 80% of its uses inside sentences are capitalized; only a term
 * never seen inside a sentence falls back to the PROPN tag of its sentence-initial uses (the tagger
 * is least reliable exactly there: "Azerbaijanis" opening a sentence is tagged NOUN), and without
 * POS tags such a term is not called a name.
 *
 * @example
 * const tally = new TermTally();
 * tally.add({ start: 0, end: 6, surface: 'Lachin', initial: false, nameLike: true });
 * tally.display; // 'Lachin'
 * tally.isName;  // true
 */
export class TermTally {
  private readonly surfaces = new Map<string, number>();
  private readonly inner = { uses: 0, names: 0 };
  private readonly opening = { uses: 0, names: 0 };
  private best = '';
  private bestCount = 0;

  add(occurrence: Occurrence): void {
    const count = (this.surfaces.get(occurrence.surface) ?? 0) + 1;
    this.surfaces.set(occurrence.surface, count);
    if (count > this.bestCount) {
      this.best = occurrence.surface;
      this.bestCount = count;
    }
    const votes = occurrence.initial ? this.opening : this.inner;
    votes.uses += 1;
    if (occurrence.nameLike) votes.names += 1;
  }

  /** How many uses were added. */
  get count(): number {
    return this.inner.uses + this.opening.uses;
  }

  /** The most frequent surface form; the first one seen wins a tie. */
  get display(): string {
    return this.best;
  }

  /** At least 80% of uses inside sentences look like a name (or, with none, of sentence-initial uses). */
  get isName(): boolean {
    const votes = this.inner.uses > 0 ? this.inner : this.opening;
    return votes.uses > 0 && votes.names >= NAME_SHARE * votes.uses;
  }
}

/**
 * Counts the terms of a document: unigrams (no stop words, punctuation, numbers or one-character
 * tokens) and n-grams up to `ngramMax` that stay inside one sentence, never span punctuation, numbers,
 * URLs or emoji, and neither start nor end with a stop word. Terms are keyed by lower-cased surface
 * form (curly apostrophes folded), not lemma: "liberated" and "liberation" stay apart. Hyphenated
 * compounds written without spaces ("so-called", "Nagorno-Karabakh") are one unit.
 *
 * @example
 * const terms = extractTerms(parse('The blockade of Karabakh. The so-called blockade.'));
 * terms.terms.get('blockade of karabakh')?.count; // 1
 * terms.terms.get('so-called blockade')?.display; // 'so-called blockade'
 * terms.terms.has('the blockade');                // false
 */
export function extractTerms(doc: ParsedDoc, options: TermOptions & { positions?: boolean } = {}): DocTerms {
  const ngramMax = checkNgramMax(options.ngramMax ?? DEFAULT_NGRAM_MAX);
  const tallies = new Map<string, { tally: TermTally; positions: Array<{ start: number; end: number }> | undefined }>();
  let total = 0;
  walkTerms(doc, ngramMax, (key, units, from, to) => {
    let entry = tallies.get(key);
    if (!entry) {
      entry = { tally: new TermTally(), positions: options.positions === true ? [] : undefined };
      tallies.set(key, entry);
    }
    const occurrence = occurrenceOf(doc, units, from, to);
    entry.tally.add(occurrence);
    entry.positions?.push({ start: occurrence.start, end: occurrence.end });
    total += 1;
  });
  const terms = new Map<string, TermEntry>();
  for (const [key, { tally, positions }] of tallies) {
    const entry: TermEntry = { count: tally.count, display: tally.display, isName: tally.isName };
    if (positions) entry.positions = positions;
    terms.set(key, entry);
  }
  return { total, terms };
}

/**
 * Adds a document's term counts to `into` without building display forms: the fast path for large
 * corpora. Returns the number of term occurrences added.
 *
 * @example
 * const counts = new TermCounts();
 * countTerms(parse('Lift the blockade.'), counts); // 2 ("lift", "blockade")
 */
export function countTerms(doc: ParsedDoc, into: TermCounts, options: TermOptions = {}): number {
  return countTermStream(termStream(doc), into, options);
}

/**
 * Version of the term-stream format and of the tokenization under it. Streams stored under another
 * version are ignored (the document is parsed again); raise it whenever `termStream`'s output for
 * some text could change: the tokenizer, `sentenceUnits` or the encoding.
 */
export const TERM_STREAM_VERSION = 1;

/** Marks a unit that is a stop word (never a term edge) in a term stream. */
const STOP_MARK = '\u0001';
/** Marks a clitic unit (glued to the previous one, never a term edge). */
const CLITIC_MARK = '\u0002';

/**
 * The term units of a document, encoded as text: first a line with the document's word count, then
 * one line per run of units (units in different
 * runs never share a term), units separated by a space, stop words prefixed with U+0001, clitics
 * with U+0002. Units before a run's first edge or after its last cannot be in any term and are left
 * out. This is all `countTermStream` needs, so a store can keep it at analysis time and count a
 * document's terms again without the tokenizer (about half the text's length; no offsets, which
 * only the evidence pass needs and takes from a parse).
 *
 * @example
 * termStream(parse("The blockade of Karabakh. Baku's answer."));
 * // '7\nblockade \u0001of karabakh\nbaku \u0002\'s answer'
 */
export function termStream(doc: ParsedDoc): string {
  const lines: string[] = [String(doc.wordCount)];
  const units: Unit[] = [];
  for (const sentence of doc.sentences) {
    units.length = 0;
    sentenceUnits(doc, sentence.tokenStart, sentence.tokenEnd, units);
    let from = 0;
    while (from < units.length) {
      const run = units[from]?.run;
      let to = from;
      while (to < units.length && units[to]?.run === run) to += 1;
      let first = from;
      while (first < to && !units[first]?.edge) first += 1;
      let last = to - 1;
      while (last >= first && !units[last]?.edge) last -= 1;
      if (first <= last) {
        const parts: string[] = [];
        for (let u = first; u <= last; u += 1) {
          const unit = units[u] as Unit;
          parts.push(unit.edge ? unit.key : (unit.clitic ? CLITIC_MARK : STOP_MARK) + unit.key);
        }
        lines.push(parts.join(' '));
      }
      from = to;
    }
  }
  return lines.join('\n');
}

/**
 * The word count a `termStream` records (the parse's `wordCount`).
 *
 * @example
 * termStreamWords(termStream(parse('Lift the blockade.'))); // 3
 */
export function termStreamWords(stream: string): number {
  const end = stream.indexOf('\n');
  const words = Number(end === -1 ? stream : stream.slice(0, end));
  if (!Number.isInteger(words) || words < 0) throw new RangeError(`not a term stream: its first line is not a word count`);
  return words;
}

/**
 * Counts the terms of a document from its `termStream` into `into`, exactly as `countTerms` would
 * from the parse (which it is built on); returns the number of term occurrences added.
 *
 * @example
 * countTermStream(termStream(parse('Lift the blockade.')), new TermCounts()); // 2
 */
export function countTermStream(stream: string, into: TermCounts, options: TermOptions = {}): number {
  const ngramMax = checkNgramMax(options.ngramMax ?? DEFAULT_NGRAM_MAX);
  let added = 0;
  const lines = stream.split('\n');
  for (let l = 1; l < lines.length; l += 1) {
    const line = lines[l] as string;
    const units = line.split(' ');
    for (let a = 0; a < units.length; a += 1) {
      let key = units[a] as string;
      const lead = key.charCodeAt(0);
      if (lead === 1 || lead === 2) continue;
      into.add(key);
      added += 1;
      for (let b = a + 1; b < units.length && b - a < ngramMax; b += 1) {
        const unit = units[b] as string;
        const mark = unit.charCodeAt(0);
        if (mark === 2) key += unit.slice(1);
        else if (mark === 1) key += ` ${unit.slice(1)}`;
        else {
          key += ` ${unit}`;
          into.add(key);
          added += 1;
        }
      }
    }
  }
  return added;
}

/**
 * Locates only the given terms in a document: the second pass over a large corpus, once the
 * distinctive terms are known. Terms absent from the document get no entry.
 *
 * @example
 * const found = findOccurrences(parse('Open the Lachin Corridor.'), ['lachin corridor']);
 * found.get('lachin corridor'); // [{ start: 9, end: 24, surface: 'Lachin Corridor', initial: false, nameLike: true }]
 */
export function findOccurrences(
  doc: ParsedDoc,
  terms: ReadonlySet<string> | Iterable<string>,
  options: TermOptions = {},
): Map<string, Occurrence[]> {
  const wanted = terms instanceof Set ? (terms as ReadonlySet<string>) : new Set(terms);
  // Walking longer n-grams than the longest wanted term would only build keys to throw away.
  let ngramMax = 1;
  for (const term of wanted) ngramMax = Math.max(ngramMax, unitBound(term));
  if (options.ngramMax !== undefined) ngramMax = Math.min(ngramMax, checkNgramMax(options.ngramMax));
  const found = new Map<string, Occurrence[]>();
  if (wanted.size === 0) return found;
  walkTerms(doc, ngramMax, (key, units, from, to) => {
    if (!wanted.has(key)) return;
    let list = found.get(key);
    if (!list) {
      list = [];
      found.set(key, list);
    }
    list.push(occurrenceOf(doc, units, from, to));
  });
  return found;
}

/**
 * An upper bound on the units in a term key: space-separated pieces, plus one for each piece that
 * ends in a glued clitic ("baku's blockade" is 3 units).
 */
function unitBound(term: string): number {
  let n = 0;
  for (const piece of term.split(' ')) n += CLITIC_END.test(piece) ? 2 : 1;
  return n;
}
