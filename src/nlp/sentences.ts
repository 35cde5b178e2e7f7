/** Sentence boundaries from tokens: cheap rules that suit news text, never across a line break. */
import type { Sentence, Token } from './types.js';

/** Tokens that can end a sentence. wink-nlp keeps abbreviations ("U.S.", "Mr.", "e.g.") whole, so a lone period is final. */
const TERMINAL = new Set(['.', '!', '?', '…', '...', '?!', '!?', '!!', '!!!', '??', '.”', '."', '։', '。', '؟']);
/** Marks that may follow a terminal and still belong to its sentence. */
const CLOSERS = new Set(['”', '"', '’', "'", '»', ')', ']', '}']);
/** A sentence may start with one of these before its first word. */
const OPENERS = new Set(['“', '"', '‘', "'", '«', '(', '[', '¿', '¡', '—', '–', '-', '•', '*']);

/** Whether `token` can open a new sentence: a capital, a digit, an opening mark, or a non-Latin word. */
function opensSentence(token: Token): boolean {
  if (OPENERS.has(token.text)) return true;
  const c = token.text.codePointAt(0) ?? 0;
  if (c >= 48 && c <= 57) return true; // a digit: "… in 2020. 600,000 people fled."
  const ch = String.fromCodePoint(c);
  // Capitals, and scripts without case (they cannot show a capital, so the terminal decides).
  return ch !== ch.toLowerCase() || ch === ch.toUpperCase();
}

/**
 * Splits tokens into sentences. A sentence ends after a terminal mark (period, !, ?, ellipsis) and
 * any closing quotes or brackets when the next token can open a sentence, and always where a line
 * break separates two tokens (titles, list items and one-sentence-per-line text have no final stop).
 * Measured against wink-nlp's own boundaries on the example corpus, see docs/architecture.md.
 *
 * @example
 * splitSentences(text, tokens).map((s) => text.slice(s.start, s.end));
 */
export function splitSentences(text: string, tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (end: number): void => {
    const a = tokens[first];
    const b = tokens[end - 1];
    if (a !== undefined && b !== undefined && end > first) {
      sentences.push({ index: sentences.length, start: a.start, end: b.end, tokenStart: first, tokenEnd: end, paragraph: 0 });
    }
    first = end;
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    if (next === undefined) break;
    if (hasLineBreak(text, token.end, next.start)) {
      close(i + 1);
      continue;
    }
    if (!mayEndSentence(token.text)) continue;
    let j = i + 1;
    while (j < tokens.length && CLOSERS.has((tokens[j] as Token).text) && (tokens[j] as Token).start === (tokens[j - 1] as Token).end) j += 1;
    const after = tokens[j];
    if (after === undefined) break;
    const lastInside = tokens[j - 1] as Token;
    if (hasLineBreak(text, lastInside.end, after.start) || (after.start > lastInside.end && opensSentence(after))) {
      close(j);
      i = j - 1;
    }
  }
  close(tokens.length);
  return sentences;
}

/**
 * Whether a token can end a sentence: one of `TERMINAL`, or a word with the Armenian full stop
 * glued on by wink-nlp ("Ձեզ։"). Every token is asked, so its first and last characters are
 * looked at before the set is.
 */
function mayEndSentence(text: string): boolean {
  const c = text.charCodeAt(0);
  const mayBeTerminal = c === 46 /* . */ || c === 33 /* ! */ || c === 63 /* ? */ || c === 0x2026; /* … */
  if (mayBeTerminal && TERMINAL.has(text)) return true;
  return text.charCodeAt(text.length - 1) === 0x0589 /* ։ */;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}
