/** Repeated phrases: the 2–5-word lemma sequences of a text that recur, found without keying every n-gram. */
import type { ParsedDoc, Token } from '../../nlp/types.js';
import type { WordForms } from '../../nlp/word-forms.js';
import { createPairNumbers, type PairNumbers } from './pair-numbers.js';
import { startsUpper } from '../support.js';

/** Shortest and longest phrase, in words. */
export const MIN_N = 2;
export const MAX_N = 5;

/** Function words a repeated phrase may not start with: "of the region" is not a phrase anyone repeats for effect. */
const BAD_START = new Set([
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'and', 'or', 'but', 'as', 'that', 'which',
  'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'into', 'over', 'under', 'than', 'if', 'while', 'about',
  'between', 'after', 'before', 'since', 'during', 'against', 'towards', 'toward', 'such', 'other', 'also',
]);

/**
 * Verbs and nouns so common that they carry no content of their own: "he said" or "last year" three
 * times is reporting, not rhetoric.
 */
const LIGHT = new Set([
  'say', 'tell', 'ask', 'add', 'think', 'know', 'go', 'get', 'make', 'take', 'come', 'see', 'want', 'give', 'use', 'find',
  'year', 'month', 'week', 'day', 'time', 'people', 'thing', 'way', 'lot', 'part', 'number', 'percent', 'today', 'yesterday',
]);

/** A phrase of `n` words (its lemmas joined by spaces) and the first token of each qualifying occurrence, in text order. */
export interface RepeatedPhrase {
  key: string;
  n: number;
  starts: number[];
}

/**
 * What phrase counting keeps between documents: by word-form number, whether a form may start a
 * phrase; an array of counts by lemma number; a table of phrase numbers. One array read per token
 * replaces a lookup in `BAD_START` by text, and reused arrays replace maps made per document.
 */
export interface Vocabulary {
  /** The word-form table the counts are numbered by. */
  readonly words: WordForms;
  /** By form number, 1 where a phrase may not start with the form (`BAD_START`), for every numbered form. */
  badStarts(): Uint8Array;
  /** A count per lemma number, all zero. Whoever counts in it sets the counts back to zero. */
  tally(): Int32Array;
  /** Numbers for (shorter phrase, next lemma) pairs; whoever uses it clears it first. */
  readonly pairs: PairNumbers;
}

/**
 * A vocabulary over `words` (the detectors' shared table, or one of its own).
 *
 * @example
 * const vocabulary = createVocabulary(createWordForms());
 * repeatedPhrases(doc, 3, vocabulary);
 */
export function createVocabulary(words: WordForms): Vocabulary {
  let badStarts = new Uint8Array(1024);
  // Forms below this have their entry in `badStarts`; back to 0 when the table starts afresh,
  // since form numbers then mean other forms.
  let known = 0;
  let epoch = words.epoch;
  let tally = new Int32Array(1024);
  return {
    words,
    badStarts() {
      if (words.epoch !== epoch) {
        known = 0;
        epoch = words.epoch;
      }
      if (badStarts.length < words.forms) {
        const grown = new Uint8Array(words.forms * 2);
        grown.set(badStarts.subarray(0, known));
        badStarts = grown;
      }
      for (; known < words.forms; known += 1) badStarts[known] = BAD_START.has(words.lowerOf(known)) ? 1 : 0;
      return badStarts;
    },
    tally() {
      if (tally.length < words.lemmas) tally = new Int32Array(words.lemmas * 2);
      return tally;
    },
    pairs: createPairNumbers(),
  };
}

/**
 * Every phrase of 2–5 words, compared by lemma within a run of words of one sentence, that occurs
 * at least `minCount` times where it qualifies (see `qualifies`).
 *
 * Keying every n-gram of a text by a string was most of the repetition detector's cost, and nearly
 * all n-grams occur once. So phrases grow a word at a time, as numbers, and only where the shorter
 * phrase already occurs `minCount` times: a phrase cannot occur more often than its first words.
 * Strings are built only for the phrases that are found. Comparing lemma numbers is comparing the
 * lemmas joined by spaces, as the key was built before: a token, and so its lemma, holds no space.
 *
 * @example
 * repeatedPhrases(parse('Gaza is occupied, Crimea is occupied, but Karabakh is occupied too.'), 3, createVocabulary(createWordForms()));
 * // → [{ key: 'be occupy', n: 2, starts: [1, 5, 10] }]
 */
export function repeatedPhrases(doc: ParsedDoc, minCount: number, vocabulary: Vocabulary): RepeatedPhrase[] {
  const tokens = doc.tokens;
  const words = vocabulary.words;
  const { forms, lemmas: lemmaId } = words.numbers(tokens);
  const badStart = vocabulary.badStarts();
  // Exclusive end of the run of words that holds each word.
  const runEnd = new Int32Array(tokens.length);
  let heads: number[] = [];
  for (const sentence of doc.sentences) {
    let runStart = sentence.tokenStart;
    for (let t = sentence.tokenStart; t <= sentence.tokenEnd; t += 1) {
      if (t < sentence.tokenEnd && tokens[t]?.type === 'word') continue;
      for (let i = runStart; i < t; i += 1) {
        runEnd[i] = t;
        if (i < t - 1 && badStart[forms[i] as number] === 0) heads.push(i);
      }
      runStart = t + 1;
    }
  }

  const found: RepeatedPhrase[] = [];
  const content = new Int8Array(tokens.length).fill(-1);
  const pairs = vocabulary.pairs;
  // Phrase numbers of the current length, by head: one-word phrases are numbered by their lemma.
  let phraseOf = heads.map((i) => lemmaId[i] as number);
  // Uses of each lemma as the first word of a phrase.
  const headCounts = vocabulary.tally();
  for (const p of phraseOf) headCounts[p] = (headCounts[p] as number) + 1;
  let frequent = (p: number): boolean => (headCounts[p] as number) >= minCount;
  for (let n = MIN_N; n <= MAX_N && heads.length > 0; n += 1) {
    const longerHeads: number[] = [];
    const longerOf: number[] = [];
    const counts: number[] = [];
    // A phrase one word longer is its shorter phrase and the lemma added.
    pairs.clear();
    for (let k = 0; k < heads.length; k += 1) {
      const i = heads[k] as number;
      const shorter = phraseOf[k] as number;
      if (i + n > (runEnd[i] as number) || !frequent(shorter)) continue;
      const p = pairs.number(shorter, lemmaId[i + n - 1] as number);
      if (p === counts.length) counts.push(1);
      else counts[p] = (counts[p] as number) + 1;
      longerHeads.push(i);
      longerOf.push(p);
    }
    const starts = new Map<number, number[]>();
    for (let k = 0; k < longerHeads.length; k += 1) {
      const p = longerOf[k] as number;
      const i = longerHeads[k] as number;
      if ((counts[p] as number) < minCount || !qualifies(doc, content, i, n)) continue;
      const list = starts.get(p);
      if (list === undefined) starts.set(p, [i]);
      else list.push(i);
    }
    for (const list of starts.values()) {
      if (list.length < minCount) continue;
      const first = list[0] as number;
      let key = (tokens[first] as Token).lemma;
      for (let t = first + 1; t < first + n; t += 1) key += ` ${(tokens[t] as Token).lemma}`;
      found.push({ key, n, starts: list });
    }
    if (n === MIN_N) for (const i of heads) headCounts[lemmaId[i] as number] = 0;
    heads = longerHeads;
    phraseOf = longerOf;
    frequent = (p) => (counts[p] as number) >= minCount;
  }
  return found;
}

/**
 * Whether the words `[i, i + n)` make a phrase worth counting: a function word and a content word
 * among them, and a content word at the end ("they lie", "is occupied", not "lie to"). Content is
 * worked out on demand into `content` (-1 not yet known): only the words of frequent phrases are asked.
 */
function qualifies(doc: ParsedDoc, content: Int8Array, i: number, n: number): boolean {
  const tokens = doc.tokens;
  if ((tokens[i + n - 1] as Token).stop) return false;
  let stops = 0;
  let contents = 0;
  for (let t = i; t < i + n; t += 1) {
    const token = tokens[t] as Token;
    if (token.stop) stops += 1;
    else {
      if (content[t] === -1) content[t] = isContent(doc, token) ? 1 : 0;
      contents += content[t] as number;
    }
  }
  return stops > 0 && contents > 0;
}

/** A content word that is neither a name nor a light word. */
function isContent(doc: ParsedDoc, token: Token): boolean {
  return !token.stop && !LIGHT.has(token.lemma) && !isName(doc, token);
}

/** A proper name: tagged PROPN, or capitalized inside a sentence when there are no tags. */
function isName(doc: ParsedDoc, token: Token): boolean {
  if (doc.hasPos && token.pos !== undefined) return token.pos === 'PROPN';
  const sentence = doc.sentences[token.sentence];
  return sentence !== undefined && token.index !== sentence.tokenStart && startsUpper(token.text);
}
