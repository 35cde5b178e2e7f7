/** Field mapping for structured sources (JSON, JSON Lines, CSV): which key holds the text, title, date… */

import type { DocumentMeta } from '../core/document.js';
import { SlantError } from '../core/errors.js';
import type { ReadResult } from './entry.js';

/** The fields slant reads from a record. */
export type FieldName = 'text' | 'title' | 'url' | 'outlet' | 'author' | 'date' | 'side' | 'tags' | 'id';

/** User field mapping: each value names the record key to read, or several as `a|b` (first present wins). */
export type FieldMap = Partial<Record<FieldName, string>>;

/** Candidate keys per field, in order, after the user's mapping is applied. */
export type ResolvedFields = Readonly<Record<FieldName, readonly string[]>>;

/**
 * Keys tried when the user names none: the common names in news exports and research datasets
 * (AllSides/Baly et al. 2020 use `content_original`, `source`, `bias_text`; NewsAPI uses
 * `content`, `publishedAt`, `source`; BABE uses `text`, `outlet`).
 */
export const DEFAULT_FIELDS: ResolvedFields = {
  text: ['text', 'content_original', 'content', 'body', 'article'],
  title: ['title', 'headline'],
  url: ['url', 'link'],
  outlet: ['outlet', 'source', 'publisher'],
  author: ['author', 'byline', 'authors'],
  date: ['date', 'published', 'publishedAt', 'published_at'],
  side: ['side', 'bias', 'bias_text', 'label'],
  tags: ['tags'],
  id: ['id'],
};

/**
 * The candidate keys for every field: the user's mapping (`|`-separated alternatives) where given,
 * the defaults elsewhere.
 *
 * @example
 * resolveFields({ text: 'body|summary' }).text; // ['body', 'summary']
 */
export function resolveFields(fields: FieldMap = {}): ResolvedFields {
  const resolved = { ...DEFAULT_FIELDS };
  for (const [name, value] of Object.entries(fields) as Array<[FieldName, string | undefined]>) {
    const keys = (value ?? '').split('|').map((key) => key.trim()).filter((key) => key !== '');
    if (keys.length > 0 && name in resolved) resolved[name] = keys;
  }
  return resolved;
}

/**
 * Reads one record into an entry. Keys match exactly first, then case-insensitively, then as a
 * dotted path into nested objects (`meta.title`). The text may be a string or an array of strings
 * (paragraphs, joined with a blank line). For `side`, a string value wins over a number in an earlier
 * key (AllSides has `bias: 0` next to `bias_text: "left"`). A record without a text field is a
 * SLANT_INPUT_MALFORMED error naming the keys it has.
 *
 * @example
 * recordToEntry({ content: 'Body', headline: 'H' }, DEFAULT_FIELDS, 'a.json', 3);
 * // { text: 'Body', meta: { title: 'H', … }, row: 3, key: undefined }
 */
export function recordToEntry(record: Record<string, unknown>, fields: ResolvedFields, source: string, row?: number): ReadResult {
  // An empty or null text value is still the text field: the document is then empty, not unmapped.
  const found = lookup(record, fields.text) ?? lookup(record, fields.text, false, true);
  if (found === undefined) {
    const keys = Object.keys(record).slice(0, 12).join(', ') || 'none';
    return new SlantError(
      'SLANT_INPUT_MALFORMED',
      `no text field (looked for ${fields.text.join(', ')}; the record has: ${keys}); name the field that holds the text with --text-field NAME`,
      { source, row },
    );
  }
  const text = found.value === null ? '' : textValue(found.value);
  if (text === undefined) {
    return new SlantError(
      'SLANT_INPUT_MALFORMED',
      `field '${found.key}' holds ${describe(found.value)}, expected a string (or a list of strings); point --text-field at the field with the article text`,
      { source, row },
    );
  }
  const meta: DocumentMeta = {
    title: stringValue(lookup(record, fields.title)?.value),
    url: stringValue(lookup(record, fields.url)?.value),
    outlet: stringValue(lookup(record, fields.outlet)?.value),
    author: stringValue(lookup(record, fields.author)?.value),
    publishedAt: stringValue(lookup(record, fields.date)?.value),
    side: stringValue(lookup(record, fields.side, true)?.value),
    tags: tagsValue(lookup(record, fields.tags)?.value),
  };
  return { text, meta, row, key: stringValue(lookup(record, fields.id)?.value) };
}

/**
 * Splits a tags value: a list of strings, or one string separated by commas, semicolons or `|`.
 *
 * @example
 * tagsValue('energy; climate,  policy'); // ['energy', 'climate', 'policy']
 */
export function tagsValue(value: unknown): string[] | undefined {
  if (Array.isArray(value)) return value.map(stringValue).filter((tag): tag is string => tag !== undefined);
  const text = stringValue(value);
  if (text === undefined) return undefined;
  return text.split(/[,;|]/).map((tag) => tag.trim()).filter((tag) => tag !== '');
}

function lookup(record: Record<string, unknown>, keys: readonly string[], preferString = false, acceptEmpty = false): { key: string; value: unknown } | undefined {
  let fallback: { key: string; value: unknown } | undefined;
  for (const key of keys) {
    const value = valueAt(record, key);
    if (value === undefined || ((value === null || value === '') && !acceptEmpty)) continue;
    if (!preferString || typeof value === 'string') return { key, value };
    fallback ??= { key, value };
  }
  return fallback;
}

function valueAt(record: Record<string, unknown>, key: string): unknown {
  if (Object.hasOwn(record, key)) return record[key];
  const lower = key.toLowerCase();
  for (const candidate of Object.keys(record)) if (candidate.toLowerCase() === lower) return record[candidate];
  if (!key.includes('.')) return undefined;
  let current: unknown = record;
  for (const part of key.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, part)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

function textValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((part) => typeof part === 'string')) return value.join('\n\n');
  return undefined;
}

/** A metadata value as a string: strings as they are, numbers and booleans printed, a list joined, `{name}` read. */
function stringValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(stringValue).filter((part): part is string => part !== undefined && part !== '');
    return parts.length > 0 ? parts.join(', ') : undefined;
  }
  if (value !== null && typeof value === 'object') {
    const named = (value as Record<string, unknown>)['name'];
    return typeof named === 'string' ? named : undefined;
  }
  return undefined;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list that is not all strings';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
