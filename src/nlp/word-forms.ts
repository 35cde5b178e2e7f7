/** Word forms as numbers: each token's lower-case text and lemma, interned, so detectors compare words by index. */
import type { Token } from './types.js';

/**
 * A table of the word forms seen in the documents it numbered. A form is a token's lower-case text
 * and lemma together (one text can have two lemmas: "'s" is "be" or a possessive; "left" is "leave"
 * or "left" with POS tags); lemmas get numbers of their own, so "is" and "are" share lemma number.
 *
 * Detectors that look at every token (the phrase matcher, repetition) used to look each one up in
 * a map of their own by its text. Numbering the tokens once per document and sharing the numbers
 * leaves one string lookup per token for all of them; the rest is indexing arrays by form number.
 */
export interface WordForms {
  /**
   * The form and lemma numbers of every token of `tokens`, worked out once per token array and
   * shared by every caller: read them, never write them.
   */
  numbers(tokens: readonly Token[]): TokenNumbers;
  /** The lower-case text of form `form`. */
  lowerOf(form: number): string;
  /** The lemma of form `form`. */
  lemmaTextOf(form: number): string;
  /** How many forms are numbered: every form number is below it. */
  readonly forms: number;
  /** How many lemmas are numbered: every lemma number is below it. */
  readonly lemmas: number;
  /**
   * Changes when the table starts afresh (it does between documents, once it holds `maxForms`):
   * whoever keeps facts by form or lemma number drops them when it sees a new epoch.
   */
  readonly epoch: number;
}

/** The numbers of a document's tokens, by token index. */
export interface TokenNumbers {
  forms: Int32Array;
  lemmas: Int32Array;
}

/** Forms a table keeps before starting afresh: more than a large news corpus uses, and a bound on memory. */
const MAX_FORMS = 100_000;

export interface WordFormsOptions {
  /** Forms kept before the table starts afresh (between documents). Default 100,000. */
  maxForms?: number | undefined;
}

/**
 * A word-form table. Create one per set of detectors that run together and hand it to each, as
 * `createDefaultDetectors` does; numbers are remembered per token array, so they live as long as
 * the document does.
 *
 * @example
 * const words = createWordForms();
 * const { forms } = words.numbers(parse('They lie and lie.').tokens);
 * forms[1] === forms[3]; // true: both "lie"
 */
export function createWordForms(options: WordFormsOptions = {}): WordForms {
  const maxForms = options.maxForms ?? MAX_FORMS;
  // The form last seen for each token text, and every form by lower-case text and lemma.
  let byText = new Map<string, number>();
  let byPair = new Map<string, number>();
  let lemmaNumbers = new Map<string, number>();
  let lowers: string[] = [];
  let lemmaTexts: string[] = [];
  let lemmaOf: number[] = [];
  let memo = new WeakMap<readonly Token[], TokenNumbers>();
  let epoch = 0;

  const add = (lower: string, lemma: string): number => {
    let lemmaNumber = lemmaNumbers.get(lemma);
    if (lemmaNumber === undefined) lemmaNumbers.set(lemma, (lemmaNumber = lemmaNumbers.size));
    lowers.push(lower);
    lemmaTexts.push(lemma);
    lemmaOf.push(lemmaNumber);
    return lowers.length - 1;
  };

  /** The form of a lower-case text and lemma: asked only for a text not seen before, or seen with another lemma. */
  const formOf = (lower: string, lemma: string): number => {
    const pair = `${lower}\u0000${lemma}`;
    let form = byPair.get(pair);
    // Checked, since a text holding U+0000 could make two pairs read alike.
    if (form === undefined || lowers[form] !== lower || lemmaTexts[form] !== lemma) byPair.set(pair, (form = add(lower, lemma)));
    return form;
  };

  return {
    numbers(tokens) {
      const known = memo.get(tokens);
      if (known !== undefined) return known;
      if (lowers.length > maxForms || byText.size > 4 * maxForms) {
        byText = new Map();
        byPair = new Map();
        lemmaNumbers = new Map();
        lowers = [];
        lemmaTexts = [];
        lemmaOf = [];
        memo = new WeakMap();
        epoch += 1;
      }
      const forms = new Int32Array(tokens.length);
      const lemmas = new Int32Array(tokens.length);
      for (let i = 0; i < tokens.length; i += 1) {
        const token = tokens[i] as Token;
        // By text: parse has just read every token's text, which wink-nlp interns, so this lookup
        // touches memory that is still in cache, where one by lower-case text would not.
        let form = byText.get(token.text);
        if (form === undefined || lowers[form] !== token.lower || lemmaTexts[form] !== token.lemma) {
          form = formOf(token.lower, token.lemma);
          byText.set(token.text, form);
        }
        forms[i] = form;
        lemmas[i] = lemmaOf[form] as number;
      }
      const out = { forms, lemmas };
      memo.set(tokens, out);
      return out;
    },
    lowerOf: (form) => lowers[form] as string,
    lemmaTextOf: (form) => lemmaTexts[form] as string,
    get forms() {
      return lowers.length;
    },
    get lemmas() {
      return lemmaNumbers.size;
    },
    get epoch() {
      return epoch;
    },
  };
}
