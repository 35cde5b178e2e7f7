/** Markdown articles: YAML front matter for metadata, the body as plain text. */

import type { Entry } from './entry.js';
import { splitFrontMatter } from './front-matter.js';
import { markdownToText } from './markdown.js';

const LEADING_HEADING = /^\s*(?: {0,3}#{1,6}[ \t]+\S[^\n]*|[^\n]+\n {0,3}=+[ \t]*)(?:\n|$)/;

/**
 * Reads a Markdown article: front matter (see splitFrontMatter) gives the metadata, the body is
 * converted with markdownToText. Without a front-matter title, a heading that opens the body is the
 * title (it also stays in the text). Throws SlantError `SLANT_INPUT_MALFORMED` for broken front
 * matter.
 *
 * @example
 * readMarkdown('---\nauthor: A. Writer\n---\n# Talks stall\n\nNo deal yet.', 'a.md');
 * // { text: 'Talks stall\n\nNo deal yet.', meta: { author: 'A. Writer', title: 'Talks stall', … } }
 */
export function readMarkdown(markdown: string, source: string): Entry {
  const { meta, body } = splitFrontMatter(markdown, source);
  const text = markdownToText(body);
  const title = meta.title ?? (LEADING_HEADING.test(body) ? text.split('\n\n', 1)[0] : undefined);
  return { text, meta: { ...meta, title } };
}
