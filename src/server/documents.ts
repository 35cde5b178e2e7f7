/** Turning request bodies into documents (posted text, or uploads read by slant's ingest) and documents into response records. */
import { Readable } from 'node:stream';
import type { DocumentMeta, SlantDocument, StoredDocument } from '../core/document.js';
import { SlantError, toSlantError } from '../core/errors.js';
import { formatFromContentType, formatFromPath, type Format } from '../ingest/format.js';
import { ingest, makeDocument, type IngestItem } from '../ingest/index.js';
import { titleOf } from '../ingest/read-text.js';
import type { AddOutcome, Store } from '../store/store.js';

/** Metadata fields a request may set; each overrides what the file itself says. */
export interface RequestMeta {
  title?: string | undefined;
  side?: string | undefined;
  outlet?: string | undefined;
  author?: string | undefined;
  tags?: string[] | undefined;
  url?: string | undefined;
  publishedAt?: string | undefined;
}

/** Formats that hold exactly one article, the ones `POST /api/analyze` takes. */
export const SINGLE_ARTICLE: ReadonlySet<Format> = new Set(['txt', 'md', 'html']);

/** The `source` recorded for documents posted as JSON text. */
export const API_SOURCE = 'api';

/**
 * A document from posted text: the text is plain text (never sniffed as HTML), normalized as
 * `slant add` normalizes files, with a title from a short first line when none is given.
 *
 * @example
 * documentFromText('Talks stall\n\nNo deal yet.', {}).title; // 'Talks stall'
 */
export function documentFromText(text: string, meta: RequestMeta, source = API_SOURCE): SlantDocument {
  return makeDocument(text, { ...meta, title: meta.title ?? titleOf(text) }, source);
}

/**
 * A client-given file name made safe to record as a source: the last path segment, without
 * control characters, at most 200 characters; `upload` when nothing is left.
 *
 * @example
 * uploadName('../../etc/pass\nwd.txt'); // 'pass wd.txt'
 */
export function uploadName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters never belong in a recorded name
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ').trim().slice(0, 200);
  return base === '' ? 'upload' : base;
}

/** The format an uploaded file is read with: by its extension, else its declared type, else `fallback`. */
export function uploadFormat(file: File, fallback: Format | 'auto'): Format | 'auto' {
  return formatFromPath(file.name) ?? formatFromContentType(file.type) ?? (/^text\/plain\b/i.test(file.type) ? 'txt' : fallback);
}

/**
 * Reads an uploaded file through slant's ingest (decoding, binary and encoding checks, HTML article
 * extraction with Readability, Markdown front matter, JSON/CSV/feed records), yielding one item per
 * document or failure, each named after the file (and row). Request metadata overrides the file's.
 *
 * @example
 * for await (const item of ingestUpload(file, { side: 'left' }, { maxBytes: 5_000_000 })) console.log(item.ok);
 */
export async function* ingestUpload(file: File, meta: RequestMeta, options: { maxBytes: number; format: Format | 'auto' }): AsyncGenerator<IngestItem> {
  const name = uploadName(file.name);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const items = ingest(['-'], {
    stdin: Readable.from([bytes]),
    format: options.format,
    maxBytes: options.maxBytes,
    side: meta.side,
    outlet: meta.outlet,
    tags: meta.tags,
  });
  for await (const item of items) {
    const source = item.source.replace(/^-/, name);
    if (!item.ok) {
      const e = item.error;
      yield { ok: false, source, error: new SlantError(e.code, e.message.replace(/^stdin holds/, 'the file holds'), { source: name, row: e.row, cause: e.cause }) };
      continue;
    }
    const overrides = { title: meta.title, author: meta.author, url: meta.url, publishedAt: meta.publishedAt };
    const merged: DocumentMeta = { ...item.doc };
    for (const [key, value] of Object.entries(overrides)) if (value !== undefined) Object.assign(merged, { [key]: value });
    try {
      yield { ok: true, source, doc: makeDocument(item.doc.text, merged, source) };
    } catch (error) {
      yield { ok: false, source, error: toSlantError(error, name) };
    }
  }
}

/** One input's outcome in `POST /api/documents`. */
export interface AddItem {
  status: 'added' | 'duplicate' | 'failed';
  source: string;
  id?: string | undefined;
  title?: string | undefined;
  nearDuplicateOf?: string | undefined;
  error?: { code: string; message: string } | undefined;
}

/** Stores an ingested item and says what happened; a store failure (disk, corruption) is thrown, not reported per item. */
export async function storeItem(store: Store, item: IngestItem): Promise<AddItem> {
  if (!item.ok) return { status: 'failed', source: item.source, error: { code: item.error.code, message: item.error.describe() } };
  let outcome: AddOutcome;
  try {
    outcome = await store.addDocument(item.doc);
  } catch (error) {
    const e = toSlantError(error, item.source);
    if (e.code === 'SLANT_STORE' || e.code === 'SLANT_INTERNAL') throw e;
    return { status: 'failed', source: item.source, error: { code: e.code, message: e.describe() } };
  }
  return {
    status: outcome.status,
    source: item.source,
    id: outcome.id,
    title: item.doc.title,
    nearDuplicateOf: outcome.status === 'added' ? outcome.nearDuplicateOf : undefined,
  };
}

/** A stored document as listed: its metadata and length, without the text. */
export function documentSummary(doc: StoredDocument): Omit<StoredDocument, 'text' | 'simhash'> & { characters: number } {
  const { text, simhash: _simhash, ...meta } = doc;
  return { ...meta, characters: text.length };
}

/** A document as an analysis returns it: metadata with the text every offset points into. */
export function analyzedDocument(doc: SlantDocument): Omit<SlantDocument, 'simhash'> {
  const { simhash: _simhash, ...rest } = doc;
  return rest;
}
