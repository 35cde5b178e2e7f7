/** Builds a SlantDocument from text and metadata: normalized text, id, language, SimHash, clean metadata. */

import type { DocumentMeta, SlantDocument } from '../core/document.js';
import { SlantError } from '../core/errors.js';
import { simhash } from '../core/simhash.js';
import { normalizeDate } from './dates.js';
import { detectLanguage } from './language.js';
import { documentId, normalizeText } from './normalize.js';

export interface MakeDocumentOptions {
  /** franc allow-list (ISO 639-3); defaults to DEFAULT_LANGUAGES. */
  languages?: readonly string[] | undefined;
  /** 1-based row inside the source, put on the SLANT_INPUT_EMPTY error. */
  row?: number | undefined;
}

/**
 * Makes a document: normalizes the text (see normalizeText), derives the id from it, detects the
 * language, computes the SimHash, and cleans the metadata (strings trimmed and inner whitespace
 * collapsed, empty values dropped, the date normalized to ISO or dropped when unreadable, tags
 * de-duplicated). Throws SlantError `SLANT_INPUT_EMPTY` when no text is left after normalization.
 *
 * @example
 * const doc = makeDocument('Rates rose.\r\n', { title: ' Rates ', publishedAt: 'May 3, 2024' }, 'a.txt');
 * doc.text; // 'Rates rose.'
 * doc.title; // 'Rates'
 * doc.publishedAt; // '2024-05-03'
 */
export function makeDocument(text: string, meta: DocumentMeta, source: string, options: MakeDocumentOptions = {}): SlantDocument {
  const normalized = normalizeText(text);
  if (normalized === '') {
    throw new SlantError(
      'SLANT_INPUT_EMPTY',
      'no text left after normalization (empty, or only whitespace and control characters); check that the source holds the article text',
      { source, row: options.row },
    );
  }
  const doc: SlantDocument = {
    id: documentId(normalized),
    text: normalized,
    language: detectLanguage(normalized, options.languages),
    source,
    simhash: simhash(normalized),
  };
  const title = cleanLine(meta.title);
  const url = cleanLine(meta.url);
  const outlet = cleanLine(meta.outlet);
  const author = cleanLine(meta.author);
  const publishedAt = normalizeDate(cleanLine(meta.publishedAt));
  const side = cleanLine(meta.side);
  const tags = cleanTags(meta.tags);
  if (title !== undefined) doc.title = title;
  if (url !== undefined) doc.url = url;
  if (outlet !== undefined) doc.outlet = outlet;
  if (author !== undefined) doc.author = author;
  if (publishedAt !== undefined) doc.publishedAt = publishedAt;
  if (side !== undefined) doc.side = side;
  if (tags.length > 0) doc.tags = tags;
  return doc;
}

/**
 * A one-line metadata value: NFC, control characters and whitespace runs collapsed to one space,
 * trimmed; empty → undefined.
 *
 * @example
 * cleanLine('  Valley\n  Wire '); // 'Valley Wire'
 */
export function cleanLine(value: string | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  // eslint-disable-next-line no-control-regex -- control characters never belong in a metadata value
  const cleaned = value.normalize('NFC').replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ').replace(/\s+/g, ' ').trim();
  return cleaned === '' ? undefined : cleaned;
}

/**
 * Tags cleaned like any metadata line, empty ones dropped, duplicates (case-insensitive) removed,
 * first spelling and order kept.
 *
 * @example
 * cleanTags(['Water', ' water ', '', 'energy']); // ['Water', 'energy']
 */
export function cleanTags(tags: readonly string[] | undefined): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const tag of tags ?? []) {
    const cleaned = cleanLine(tag);
    if (cleaned === undefined || seen.has(cleaned.toLowerCase())) continue;
    seen.add(cleaned.toLowerCase());
    result.push(cleaned);
  }
  return result;
}
