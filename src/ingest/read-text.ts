/** Plain-text articles: the text as it is, with a title taken from a short first line. */

import type { Entry } from './entry.js';
import { normalizeText } from './normalize.js';

/** A first line at least this long is a paragraph, not a headline. */
const MAX_TITLE_LENGTH = 200;

/**
 * Reads a plain-text article. The whole text is kept (the headline stays in it, so offsets match
 * the file); the title is the first line when it is shorter than 200 characters and followed by a
 * blank line and more text — the layout of PTC/SemEval articles and most text exports.
 *
 * @example
 * readText('Rates rise again\n\nThe central bank raised rates.').meta.title; // 'Rates rise again'
 */
export function readText(text: string): Entry {
  return { text, meta: { title: titleOf(text) } };
}

/**
 * The first line as a title, by the rule in {@link readText}; undefined when the rule does not apply.
 *
 * @example
 * titleOf('Talks stall\nNo blank line after it'); // undefined
 */
export function titleOf(text: string): string | undefined {
  const normalized = normalizeText(text);
  const match = /^([^\n]+)\n\n\S/.exec(normalized);
  const line = match?.[1]?.trim();
  return line && line.length < MAX_TITLE_LENGTH ? line : undefined;
}
