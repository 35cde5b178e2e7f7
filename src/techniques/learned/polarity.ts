/** Word valence: from wink-nlp's sentiment lexicon at training time, from a table shipped with the weights at prediction time. */
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';

/** A word's valence in [-1, 1], 0 when unknown. */
export type Valence = (word: string) => number;

let nlp: ReturnType<typeof winkNLP> | undefined;
const cache = new Map<string, number>();
const WORD = /^[a-z][a-z'-]*$/;

/**
 * The valence of a lower-case word by wink-nlp's sentiment lexicon (an AFINN-style word list,
 * Nielsen 2011), 0 when the lexicon does not have it. Emotive words are the core of Loaded Language
 * (Da San Martino et al. 2019). wink-nlp scores documents, not tokens, so each word is read as a
 * one-word document, once. Training uses it to build the table that ships with the weights
 * (`valenceTable`), so prediction needs neither the extra wink-nlp instance (about 25 MB) nor the
 * per-word reads.
 *
 * @example
 * winkValence('brutal'); // -0.6
 * winkValence('regime'); // 0
 */
export function winkValence(word: string): number {
  let v = cache.get(word);
  if (v === undefined) {
    v = 0;
    if (WORD.test(word)) {
      nlp ??= winkNLP(winkModel, ['sentiment']);
      const score = nlp.readDoc(word).out(nlp.its.sentiment) as unknown;
      if (typeof score === 'number' && Number.isFinite(score)) v = score;
    }
    if (cache.size > 200_000) cache.clear();
    cache.set(word, v);
  }
  return v;
}

/**
 * The words of `vocabulary` with a non-zero valence, sorted, with their valences rounded to three
 * decimals: the table `valenceFrom` reads.
 *
 * @example
 * valenceTable(['brutal', 'road']); // { words: ['brutal'], values: [-0.6] }
 */
export function valenceTable(vocabulary: Iterable<string>, valence: Valence = winkValence): { words: string[]; values: number[] } {
  const words = [...new Set(vocabulary)].filter((w) => valence(w) !== 0).sort();
  return { words, values: words.map((w) => Math.round(valence(w) * 1000) / 1000) };
}

/**
 * A valence function over a table; words outside it have valence 0.
 *
 * @example
 * valenceFrom({ words: ['brutal'], values: [-0.6] })('brutal'); // -0.6
 */
export function valenceFrom(table: { words: readonly string[]; values: readonly number[] }): Valence {
  const map = new Map<string, number>();
  table.words.forEach((w, i) => map.set(w, table.values[i] ?? 0));
  return (word) => map.get(word) ?? 0;
}

/**
 * A valence as a coarse bin: `--`, `-`, `0`, `+`, `++`.
 *
 * @example
 * polarityBin(-0.6); // '--'
 */
export function polarityBin(v: number): string {
  if (v === 0) return '0';
  if (v <= -0.5) return '--';
  if (v < 0) return '-';
  return v >= 0.5 ? '++' : '+';
}
