/** Keyword in context: a term's occurrence with the words around it, offsets kept exact. */
import { parse } from '../nlp/parse.js';
import type { ParsedDoc } from '../nlp/types.js';
import { findOccurrences, type TermOptions } from './terms.js';

/** Characters of context taken on each side before trimming to a word boundary. */
export const DEFAULT_WINDOW = 60;

/**
 * One snippet. `start`/`end` are half-open UTF-16 offsets into the document text and
 * `text.slice(start, end) === match`. `left` and `right` have whitespace runs collapsed to one space
 * and are cut at whitespace, so no word is split; `match` is left exactly as written.
 */
export interface Kwic {
  docId: string;
  start: number;
  end: number;
  left: string;
  match: string;
  right: string;
}

const SPACE = /\s/;
const SPACES = /\s+/g;

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The snippet for `[start, end)` in `text`, with about `window` characters of context each side.
 *
 * @example
 * kwicAt('d1', 'They lifted the blockade of the corridor yesterday.', 16, 24, 12);
 * // { docId: 'd1', start: 16, end: 24, left: 'lifted the ', match: 'blockade', right: ' of the' }
 */
export function kwicAt(docId: string, text: string, start: number, end: number, window = DEFAULT_WINDOW): Kwic {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) {
    throw new RangeError(`kwicAt: [${start}, ${end}) is not a range inside a text of length ${text.length}`);
  }
  let from = Math.max(0, start - window);
  if (from > 0 && !SPACE.test(text[from - 1] ?? '')) {
    // The window starts inside a word: begin after the next space instead, unless there is none.
    let cut = from;
    while (cut < start && !SPACE.test(text[cut] ?? '')) cut += 1;
    if (cut < start) from = cut;
    else if (isLowSurrogate(text.charCodeAt(from))) from += 1;
  }
  let to = Math.min(text.length, end + window);
  if (to < text.length && !SPACE.test(text[to] ?? '')) {
    let cut = to;
    while (cut > end && !SPACE.test(text[cut - 1] ?? '')) cut -= 1;
    if (cut > end) to = cut;
    else if (isLowSurrogate(text.charCodeAt(to))) to -= 1;
  }
  return {
    docId,
    start,
    end,
    left: text.slice(from, start).replace(SPACES, ' ').trimStart(),
    match: text.slice(start, end),
    right: text.slice(end, to).replace(SPACES, ' ').trimEnd(),
  };
}

/**
 * Snippets for every occurrence of `term` (a key as `extractTerms` makes it: lower case, apostrophes
 * folded) in a document, in text order, at most `limit`. Parses the text when `parsed` is absent.
 *
 * @example
 * kwic({ id: 'a', text: 'Lift the blockade now. The blockade starves them.' }, 'blockade').length; // 2
 */
export function kwic(
  doc: { id: string; text: string; parsed?: ParsedDoc | undefined },
  term: string,
  options: TermOptions & { window?: number; limit?: number } = {},
): Kwic[] {
  const parsed = doc.parsed ?? parse(doc.text);
  const occurrences = findOccurrences(parsed, [term], options).get(term) ?? [];
  const limit = options.limit ?? Infinity;
  return occurrences.slice(0, limit).map((o) => kwicAt(doc.id, parsed.text, o.start, o.end, options.window));
}
