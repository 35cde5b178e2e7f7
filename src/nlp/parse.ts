/** The NLP stage: wink-nlp tokens, sentences, lemmas and POS, with exact UTF-16 offsets. */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import lemmatizer from 'wink-lemmatizer';
import { splitSentences } from './sentences.js';
import type { Paragraph, ParsedDoc, Sentence, Token } from './types.js';

type WinkInstance = ReturnType<typeof winkNLP>;

let fast: WinkInstance | undefined;
let tagged: WinkInstance | undefined;

/**
 * The wink-nlp instance, created once (loading the model takes ~100 ms). POS tagging doubles the
 * cost of a parse (measured: 165 ms against 86 ms for the same 240 articles), so it runs only
 * when asked for; lemmas do not need it. Sentence boundaries come from `splitSentences`, which
 * agrees with wink-nlp's on 99% of boundaries and costs a fraction of its pass.
 */
export function wink(options: { pos?: boolean } = {}): WinkInstance {
  if (options.pos === true) {
    tagged ??= winkNLP(model, ['sbd', 'pos']);
    return tagged;
  }
  fast ??= winkNLP(model, []);
  return fast;
}

/** What to compute beyond tokens, sentences and lemmas. */
export interface ParseOptions {
  /** Universal POS tags (costs about as much again as the rest of the parse). Default false. */
  pos?: boolean | undefined;
}

const OPEN_QUOTES = new Set(['“', '«', '„']);
const CLOSE_QUOTES = new Set(['”', '»']);

/**
 * Parses `text` into tokens, sentences and paragraphs. Offsets are recovered from wink-nlp's
 * lossless token values and preceding spaces, then checked against the text itself, so
 * `text.slice(token.start, token.end) === token.text` holds for every token.
 *
 * @example
 * const doc = parse('The so-called experts agree.', { pos: true });
 * doc.tokens[1].text; // 'so'
 */
export function parse(text: string, options: ParseOptions = {}): ParsedDoc {
  const withPos = options.pos === true;
  const nlp = wink({ pos: withPos });
  const its = nlp.its;
  const wtokens = nlp.readDoc(text).tokens();
  const values = wtokens.out(its.value) as string[];
  const pos = withPos ? (wtokens.out(its.pos) as string[]) : undefined;

  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] ?? '';
    // Runs of line breaks and tabs come back from wink-nlp as tokens of their own: not ours.
    if (value.length === 0 || isBlank(value)) continue;
    let start = cursor;
    while (start < text.length && isSpaceAt(text, start)) start += 1;
    if (!text.startsWith(value, start)) {
      // wink-nlp is lossless; should a value ever fail to line up, find it rather than drift.
      const found = text.indexOf(value, cursor);
      start = found === -1 ? cursor : found;
    }
    cursor = start + value.length;
    const previous = tokens[tokens.length - 1];
    if (previous !== undefined && previous.end === start && value.charCodeAt(0) >= 0x200d && continuesEmoji(previous.text, value)) {
      // wink-nlp splits ZWJ sequences, skin tones and flags into pieces; keep one grapheme whole.
      previous.text += value;
      previous.end = cursor;
      previous.lower = previous.text;
      previous.lemma = previous.text;
      previous.type = 'emoji';
      continue;
    }
    const info = lexical(value, wtokens, i, its);
    tokens.push({
      index: tokens.length,
      start,
      end: cursor,
      text: value,
      lower: info.lower,
      lemma: info.lemma,
      pos: pos === undefined ? undefined : (pos[i] ?? 'X'),
      type: info.type,
      stop: info.stop,
      quoted: false,
      sentence: 0,
    });
  }

  const paragraphSpans = paragraphRanges(text);
  const sentences = splitSentences(text, tokens);
  const paragraphs = assignParagraphs(paragraphSpans, sentences);
  for (const sentence of sentences) {
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t += 1) {
      const token = tokens[t];
      if (token) token.sentence = sentence.index;
    }
  }
  markQuoted(text, tokens, paragraphs, sentences);

  let wordCount = 0;
  for (const token of tokens) if (token.type === 'word') wordCount += 1;
  return { text, tokens, sentences, paragraphs, wordCount, hasPos: withPos };
}

/** `its.lemma`, whose published type does not match what `out()` accepts (it takes the model's addons). */
function lemmaOf(its: WinkInstance['its']): Parameters<ReturnType<ReturnType<WinkInstance['readDoc']>['tokens']>['out']>[0] {
  return its.lemma as unknown as typeof its.value;
}

/** What a token value says out of context: its lower-cased form, lemma, wink-nlp type and stop-word flag. */
interface Lexical {
  lower: string;
  lemma: string;
  type: string;
  stop: boolean;
}

const lexicalCache = new Map<string, Lexical>();
const lemmaCache = new Map<string, string>();

type WinkTokens = ReturnType<ReturnType<WinkInstance['readDoc']>['tokens']>;

/**
 * The lexical facts of token `i`, cached by its exact value. Without POS tagging wink-nlp's type,
 * stop-word flag and lemma depend on the value alone, so each distinct word is asked once per
 * process; asking wink-nlp for them column by column for every token cost more than the rest of
 * the parse. Values that open with an apostrophe ("'s", "'d") are contractions whose lemma
 * depends on context: they are never cached.
 */
function lexical(value: string, wtokens: WinkTokens, i: number, its: WinkInstance['its']): Lexical {
  const cached = lexicalCache.get(value);
  if (cached !== undefined) return cached;
  const item = wtokens.itemAt(i);
  const type = item.out(its.type) as string;
  const stop = item.out(its.stopWordFlag) as boolean;
  const lower = value.toLowerCase().replace(/[’‘]/g, "'");
  let lemma = String(item.out(lemmaOf(its)) ?? lower).toLowerCase();
  if (lemma === lower && type === 'word' && !stop) lemma = fallbackLemma(lower, lower !== value);
  const info: Lexical = { lower, lemma, type, stop };
  if (!/^['’‘]/.test(value)) {
    if (lexicalCache.size > 200_000) lexicalCache.clear();
    lexicalCache.set(value, info);
  }
  return info;
}

/** Whether every character of `value` is white space. */
function isBlank(value: string): boolean {
  for (let k = 0; k < value.length; k += 1) if (!isSpaceAt(value, k)) return false;
  return true;
}

/** White space as JavaScript's `\s` has it (spaces, tabs, line breaks, NBSP and the Unicode spaces). */
function isSpaceAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 128) return false;
  return /\s/.test(text[k] ?? '');
}

/**
 * A lemma for a word wink-nlp left as it was. Without POS tags wink-nlp cannot tell "said",
 * "written", "left" or "lied" from adjectives and nouns and keeps them unchanged, and it takes
 * capitalized words for names ("Massacres" at the start of a sentence). Lexicon matching needs the
 * verb's lemma, so: the lower-case form through wink-nlp for capitalized words, then wink-lemmatizer's
 * verb rules. Cached per word (bounded).
 */
function fallbackLemma(lower: string, capitalized: boolean): string {
  const key = capitalized ? `^${lower}` : lower;
  let lemma = lemmaCache.get(key);
  if (lemma === undefined) {
    lemma = lower;
    if (capitalized) {
      const nlp = wink();
      lemma = ((nlp.readDoc(lower).tokens().out(lemmaOf(nlp.its)) as string[])[0] ?? lower).toLowerCase();
    }
    if (lemma === lower && /^[a-z]+$/.test(lower)) lemma = lemmatizer.verb(lower);
    if (lemmaCache.size > 50_000) lemmaCache.clear();
    lemmaCache.set(key, lemma);
  }
  return lemma;
}

const JOINER = /^(?:\u200d|\ufe0f|[\u{1f3fb}-\u{1f3ff}]|[\u{e0020}-\u{e007f}])/u;
const REGIONAL = /^[\u{1f1e6}-\u{1f1ff}]$/u;
const EMOJI = /\p{Extended_Pictographic}|[\u{1f1e6}-\u{1f1ff}]/u;

/** Whether `next` continues the emoji grapheme that `previous` ends with (ZWJ, modifier, flag half). */
function continuesEmoji(previous: string, next: string): boolean {
  if (!EMOJI.test(previous) && !previous.endsWith('\u200d')) return false;
  if (JOINER.test(next) || previous.endsWith('\u200d')) return true;
  // A flag is two regional indicators; merge only the second half of a pair.
  return REGIONAL.test(next) && REGIONAL.test(previous);
}

/**
 * Paragraph character ranges: blocks between blank lines when the text has any, otherwise lines
 * (PTC and many exports put one sentence or paragraph per line). Ranges exclude surrounding space.
 */
export function paragraphRanges(text: string): Array<[number, number]> {
  const separator = /\n[ \t\u00a0]*\n/.test(text) ? /\n[ \t\u00a0]*\n\s*/g : /\n\s*/g;
  const ranges: Array<[number, number]> = [];
  let last = 0;
  const push = (from: number, to: number): void => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text[s] ?? '')) s += 1;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e -= 1;
    if (e > s) ranges.push([s, e]);
  };
  for (const match of text.matchAll(separator)) {
    push(last, match.index);
    last = match.index + match[0].length;
  }
  push(last, text.length);
  return ranges;
}

function assignParagraphs(spans: Array<[number, number]>, sentences: Sentence[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let s = 0;
  for (const [start, end] of spans) {
    const first = s;
    while (s < sentences.length && (sentences[s]?.start ?? Infinity) < end) {
      const sentence = sentences[s];
      if (sentence) sentence.paragraph = paragraphs.length;
      s += 1;
    }
    paragraphs.push({ index: paragraphs.length, start, end, sentenceStart: first, sentenceEnd: s });
  }
  return paragraphs;
}

/**
 * Marks tokens that sit between quotation marks inside one paragraph: curly and guillemet pairs,
 * straight double quotes taken in alternation, and single curly quotes that open after a space
 * (a ‘ glued to a word is a misused apostrophe, common in scraped text). Quoted words are often the other side's
 * terms or a source's words, so detectors weigh them differently.
 */
function markQuoted(text: string, tokens: Token[], paragraphs: Paragraph[], sentences: Sentence[]): void {
  for (const paragraph of paragraphs) {
    const first = sentences[paragraph.sentenceStart];
    const last = sentences[paragraph.sentenceEnd - 1];
    if (!first || !last) continue;
    let open = false;
    let single = false;
    for (let t = first.tokenStart; t < last.tokenEnd; t += 1) {
      const token = tokens[t];
      if (!token) continue;
      // Quotation marks are one character long: the offsets settle most tokens without the sets.
      if (token.end - token.start !== 1) {
        if (open || single) token.quoted = true;
        continue;
      }
      const value = token.text;
      if (OPEN_QUOTES.has(value)) open = true;
      else if (CLOSE_QUOTES.has(value)) open = false;
      else if (value === '"') open = !open;
      else if (value === '‘' && (token.start === 0 || /[\s([{—–-]/.test(text[token.start - 1] ?? ''))) single = true;
      else if (value === '’' && single) single = false;
      else if (open || single) token.quoted = true;
    }
  }
}
