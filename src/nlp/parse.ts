/** The NLP stage: wink-nlp tokens, sentences, lemmas and POS, with exact UTF-16 offsets. */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import lemmatizer from 'wink-lemmatizer';
import type { Paragraph, ParsedDoc, Sentence, Token } from './types.js';

type WinkInstance = ReturnType<typeof winkNLP>;

let fast: WinkInstance | undefined;
let tagged: WinkInstance | undefined;

/**
 * The wink-nlp instance, created once (loading the model takes ~100 ms). POS tagging doubles the
 * cost of a parse (measured: 165 ms against 86 ms for the same 240 articles), so it runs only
 * when asked for; lemmas and sentence boundaries do not need it.
 */
export function wink(options: { pos?: boolean } = {}): WinkInstance {
  if (options.pos === true) {
    tagged ??= winkNLP(model, ['sbd', 'pos']);
    return tagged;
  }
  fast ??= winkNLP(model, ['sbd']);
  return fast;
}

/** What to compute beyond tokens, sentences and lemmas. */
export interface ParseOptions {
  /** Universal POS tags (costs about as much again as the rest of the parse). Default false. */
  pos?: boolean | undefined;
}

/** Whitespace token types wink-nlp emits for runs of line breaks and tabs; they are not tokens for us. */
const SPACE_TYPES = new Set(['tabCRLF']);

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
  const wdoc = nlp.readDoc(text);
  const wtokens = wdoc.tokens();
  const values = wtokens.out(its.value) as string[];
  const spaces = wtokens.out(its.precedingSpaces) as string[];
  const types = wtokens.out(its.type) as string[];
  const pos = withPos ? (wtokens.out(its.pos) as string[]) : undefined;
  const lemmas = wtokens.out(lemmaOf(its)) as string[];
  const stops = wtokens.out(its.stopWordFlag) as boolean[];

  // Offsets of every wink token (space tokens included), so sentence spans map to characters.
  const winkStart = new Array<number>(values.length);
  const winkEnd = new Array<number>(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] ?? '';
    let start = cursor + (spaces[i] ?? '').length;
    if (text.startsWith(value, start) === false) {
      // wink-nlp should be lossless; if a value ever fails to line up, find it rather than drift.
      const found = text.indexOf(value, cursor);
      start = found === -1 ? cursor : found;
    }
    winkStart[i] = start;
    winkEnd[i] = start + value.length;
    cursor = start + value.length;
  }

  const tokens: Token[] = [];
  const tokenOfWink = new Int32Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i += 1) {
    const type = types[i] ?? 'unk';
    if (SPACE_TYPES.has(type)) continue;
    const value = values[i] ?? '';
    const start = winkStart[i] ?? 0;
    const previous = tokens[tokens.length - 1];
    if (previous !== undefined && previous.end === start && continuesEmoji(previous.text, value)) {
      // wink-nlp splits ZWJ sequences, skin tones and flags into pieces; keep one grapheme whole.
      previous.text += value;
      previous.end = start + value.length;
      previous.lower = previous.text;
      previous.lemma = previous.text;
      previous.type = 'emoji';
      tokenOfWink[i] = tokens.length - 1;
      continue;
    }
    const lower = value.toLowerCase().replace(/[’‘]/g, "'");
    let lemma = (lemmas[i] ?? lower).toLowerCase();
    if (lemma === lower && type === 'word' && stops[i] !== true) lemma = fallbackLemma(lower, lower !== value);
    tokenOfWink[i] = tokens.length;
    tokens.push({
      index: tokens.length,
      start,
      end: start + value.length,
      text: value,
      lower,
      lemma,
      pos: pos === undefined ? undefined : (pos[i] ?? 'X'),
      type,
      stop: stops[i] ?? false,
      quoted: false,
      sentence: 0,
    });
  }

  const paragraphSpans = paragraphRanges(text);
  const sentences = buildSentences(text, tokens, wdoc, its, tokenOfWink);
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

const lemmaCache = new Map<string, string>();

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

interface WinkDoc {
  sentences(): { each(fn: (s: { out(f: unknown): unknown }) => void): void };
}

/** Sentences from wink-nlp's boundaries, split again wherever a line break falls inside one. */
function buildSentences(
  text: string,
  tokens: Token[],
  wdoc: WinkDoc,
  its: WinkInstance['its'],
  tokenOfWink: Int32Array,
): Sentence[] {
  const ranges: Array<[number, number]> = [];
  wdoc.sentences().each((s) => {
    const span = s.out(its.span) as [number, number];
    let first = -1;
    let last = -1;
    for (let w = span[0]; w <= span[1]; w += 1) {
      const t = tokenOfWink[w] ?? -1;
      if (t === -1) continue;
      if (first === -1) first = t;
      last = t;
    }
    if (first !== -1) ranges.push([first, last + 1]);
  });
  const sentences: Sentence[] = [];
  const push = (from: number, to: number): void => {
    const a = tokens[from];
    const b = tokens[to - 1];
    if (!a || !b) return;
    sentences.push({ index: sentences.length, start: a.start, end: b.end, tokenStart: from, tokenEnd: to, paragraph: 0 });
  };
  for (const [from, to] of ranges) {
    let segmentStart = from;
    for (let t = from + 1; t < to; t += 1) {
      const prev = tokens[t - 1];
      const cur = tokens[t];
      if (prev && cur && text.slice(prev.end, cur.start).includes('\n')) {
        push(segmentStart, t);
        segmentStart = t;
      }
    }
    push(segmentStart, to);
  }
  return sentences;
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
