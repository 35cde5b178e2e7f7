/** The parsed document every detector reads: tokens, sentences and paragraphs with exact offsets. */

/** One token. `start`/`end` are half-open UTF-16 offsets; `text === doc.text.slice(start, end)`. */
export interface Token {
  /** Position in `ParsedDoc.tokens`. */
  index: number;
  start: number;
  end: number;
  text: string;
  /** Lower-cased text, with curly apostrophes folded to `'`. */
  lower: string;
  /** Lemma from wink-nlp (lower case). */
  lemma: string;
  /**
   * Universal POS tag from wink-nlp (`NOUN`, `VERB`, `PUNCT`, …), present only when the document
   * was parsed with `{ pos: true }` (see `ParsedDoc.hasPos`): tagging doubles the cost of a parse,
   * so detectors that need it declare so (`Detector.requires`).
   */
  pos: string | undefined;
  /** wink-nlp token type: `word`, `number`, `punctuation`, `emoji`, `url`, `email`, `symbol`, … */
  type: string;
  /** True for English stop words (wink-nlp's list). */
  stop: boolean;
  /** True when the token sits inside a quotation (between matching quote marks in its paragraph). */
  quoted: boolean;
  /** Index of the sentence that holds the token. */
  sentence: number;
}

/** A sentence: `[start, end)` offsets and the half-open token range `[tokenStart, tokenEnd)`. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  /** Index of the paragraph that holds the sentence. */
  paragraph: number;
}

/** A paragraph: a block of text between blank lines (or single newlines, for one-line-per-paragraph text). */
export interface Paragraph {
  index: number;
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
}

/**
 * A document after the NLP stage. Built once by `parse()`; every detector reads it; nobody mutates it.
 */
export interface ParsedDoc {
  /** The exact text all offsets point into. */
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
  /** Number of word tokens (type `word`), the denominator for rates per 1,000 words. */
  readonly wordCount: number;
  /** Whether tokens carry POS tags. */
  readonly hasPos: boolean;
}
