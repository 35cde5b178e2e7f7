/** YAML front matter at the top of a Markdown file: split it off and read the metadata it states. */

import { parse as parseYaml } from 'yaml';
import type { DocumentMeta } from '../core/document.js';
import { SlantError } from '../core/errors.js';
import { tagsValue } from './fields.js';

export interface FrontMatter {
  meta: DocumentMeta;
  /** The text after the closing delimiter. */
  body: string;
}

const OPEN = /^(?:\uFEFF)?---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

/**
 * Splits YAML front matter (a block between `---` lines at the very top, as Jekyll, Hugo and Pandoc
 * write it) from the body and maps its keys: `title`, `outlet` (or `source`, `publisher`, `site`),
 * `author` (or `authors`, a list), `date` (or `published`, `publishedAt`) → publishedAt, `side`,
 * `url` (or `link`, `canonical`), `tags` (a list or a comma-separated string; `keywords`/
 * `categories` too). Throws SlantError `SLANT_INPUT_MALFORMED` when the block is never closed, is
 * not valid YAML, or is not a mapping.
 *
 * @example
 * splitFrontMatter('---\ntitle: Hello\ntags: [a, b]\n---\nBody').meta; // { title: 'Hello', tags: ['a', 'b'], … }
 */
export function splitFrontMatter(text: string, source: string): FrontMatter {
  const open = OPEN.exec(text);
  if (!open) return { meta: {}, body: text };
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) {
    throw new SlantError(
      'SLANT_INPUT_MALFORMED',
      'front matter opened with --- on line 1 is never closed; end it with a --- line (or remove the opening ---)',
      { source },
    );
  }
  const yamlText = rest.slice(0, close.index);
  const afterClose = rest.slice(close.index + close[0].length).replace(/^\r?\n/, '');
  let data: unknown;
  try {
    data = parseYaml(yamlText, { prettyErrors: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new SlantError('SLANT_INPUT_MALFORMED', `front matter is not valid YAML (${detail}); fix it or remove the --- block`, { source, cause: error });
  }
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    throw new SlantError('SLANT_INPUT_MALFORMED', 'front matter must be a YAML mapping of keys (title: …, date: …); fix it or remove the --- block', { source });
  }
  const record = (data ?? {}) as Record<string, unknown>;
  const pick = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      const value = record[key];
      if (typeof value === 'string' || typeof value === 'number') return String(value);
      if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
      if (Array.isArray(value) && value.length > 0) return value.map(String).join(', ');
    }
    return undefined;
  };
  const tags = [record['tags'], record['keywords'], record['categories']].flatMap((value) => tagsValue(value) ?? []);
  return {
    meta: {
      title: pick('title'),
      outlet: pick('outlet', 'source', 'publisher', 'site'),
      author: pick('author', 'authors', 'byline'),
      publishedAt: pick('date', 'published', 'publishedAt', 'published_at'),
      side: pick('side'),
      url: pick('url', 'link', 'canonical'),
      tags: tags.length > 0 ? tags : undefined,
    },
    body: afterClose,
  };
}
