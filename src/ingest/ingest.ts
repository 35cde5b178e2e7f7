/** The ingest loop: inputs (paths, directories, globs, stdin, URLs) to documents, one result per document or failure. */

import type { SlantDocument } from '../core/document.js';
import { SlantError, toSlantError } from '../core/errors.js';
import { decodeBytes } from './decode.js';
import type { ReadResult } from './entry.js';
import { expandInputs, isUrlInput } from './expand.js';
import { fetchUrl } from './fetch-url.js';
import { type Format, charsetFromContentType, extensionOf, formatFromContentType, formatFromPath, sniffFormat } from './format.js';
import { makeDocument } from './make-document.js';
import { type IngestOptions, type ResolvedIngestOptions, resolveIngestOptions } from './options.js';
import { readCsv } from './read-csv.js';
import { readFeed } from './read-feed.js';
import { readHtml } from './read-html.js';
import { readJson, readJsonl } from './read-json.js';
import { readMarkdown } from './read-markdown.js';
import { readFileCapped, readStreamCapped } from './read-bytes.js';
import { readText } from './read-text.js';

/** One result of ingestion: a document, or the error for one file, URL or record. */
export type IngestItem = { ok: true; doc: SlantDocument; source: string } | { ok: false; error: SlantError; source: string };

/** A source read into memory, with the format its reader will use. */
interface LoadedSource {
  source: string;
  text: string;
  format: Format;
  /** CSV delimiter implied by the source (`.tsv`). */
  delimiter?: string | undefined;
  /** The URL it was fetched from, after redirects. */
  url?: string | undefined;
}

/** Formats whose source is one document, so a fetched URL is that document's URL. */
const SINGLE_DOCUMENT: ReadonlySet<Format> = new Set(['txt', 'md', 'html']);

/**
 * Ingests inputs — files, directories (recursive), globs, `-` for stdin, and http(s) URLs — and
 * yields one item per document or per failure, in input order, streaming (a directory of 10,000
 * files is never held in memory, and each file is read once). A bad file, URL or record yields an
 * `{ ok: false }` item whose SlantError names the source (and `row`) and says what to do; iteration
 * always goes on. `source` is the path, URL or `-`, with `#ROW` for a record of a multi-document
 * file (`#id=ID` when the record has an id field). Only invalid options throw (SLANT_USAGE), on
 * the first step.
 *
 * @example
 * for await (const item of ingest(['corpus/', 'https://example.org/a'], { side: 'left' })) {
 *   if (item.ok) await store.addDocument(item.doc);
 *   else console.error(item.error.describe());
 * }
 */
export async function* ingest(inputs: string[], options: IngestOptions = {}): AsyncGenerator<IngestItem> {
  const resolved = resolveIngestOptions(options);
  for await (const input of expandInputs(inputs)) {
    if (typeof input !== 'string') {
      yield { ok: false, error: input.error, source: input.source };
      continue;
    }
    yield* ingestSource(input, resolved);
  }
}

async function* ingestSource(input: string, options: ResolvedIngestOptions): AsyncGenerator<IngestItem> {
  let loaded: LoadedSource;
  try {
    loaded = await load(input, options);
  } catch (error) {
    yield failure(error, input);
    return;
  }
  try {
    for (const result of read(loaded, options)) yield toItem(result, loaded, options);
  } catch (error) {
    yield failure(error, input);
  }
}

/** Reads a source's bytes once, decodes them, and picks the format. */
async function load(input: string, options: ResolvedIngestOptions): Promise<LoadedSource> {
  const forced = options.format === 'auto' ? undefined : options.format;
  let loaded: LoadedSource;
  if (input === '-') {
    const text = decodeBytes(await readStreamCapped(options.stdin as AsyncIterable<unknown>, options.maxBytes, input), input);
    loaded = { source: input, text, format: forced ?? sniffFormat(text) };
  } else if (isUrlInput(input)) {
    const fetched = await fetchUrl(input, { maxBytes: options.maxBytes, timeoutMs: options.fetchTimeoutMs, allowPrivate: options.allowPrivate });
    const text = decodeBytes(fetched.bytes, input, { charset: charsetFromContentType(fetched.contentType) });
    const path = new URL(fetched.url).pathname;
    loaded = {
      source: input,
      text,
      format: forced ?? formatFromContentType(fetched.contentType) ?? formatFromPath(path) ?? sniffFormat(text),
      delimiter: extensionOf(path) === 'tsv' ? '\t' : undefined,
      url: fetched.url,
    };
  } else {
    const bytes = await readFileCapped(input, options.maxBytes);
    if (bytes.length === 0) throw new SlantError('SLANT_INPUT_EMPTY', 'file is empty (0 bytes); nothing to read', { source: input });
    const text = decodeBytes(bytes, input);
    loaded = {
      source: input,
      text,
      format: forced ?? formatFromPath(input) ?? sniffFormat(text),
      delimiter: extensionOf(input) === 'tsv' ? '\t' : undefined,
    };
  }
  if (loaded.text.trim() === '') {
    throw new SlantError('SLANT_INPUT_EMPTY', `${input === '-' ? 'stdin' : 'the input'} holds no text (only whitespace); nothing to read`, { source: input });
  }
  return loaded;
}

function read(loaded: LoadedSource, options: ResolvedIngestOptions): Iterable<ReadResult> {
  const { text, source } = loaded;
  switch (loaded.format) {
    case 'txt':
      return [readText(text)];
    case 'md':
      return [readMarkdown(text, source)];
    case 'html':
      return [readHtml(text)];
    case 'json':
      return readJson(text, options.fields, source);
    case 'jsonl':
      return readJsonl(text, options.fields, source);
    case 'csv':
      return readCsv(text, options.fields, source, { delimiter: options.csvDelimiter ?? loaded.delimiter });
    case 'feed':
      return readFeed(text, source);
  }
}

function toItem(result: ReadResult, loaded: LoadedSource, options: ResolvedIngestOptions): IngestItem {
  if (result instanceof SlantError) return failure(result, loaded.source);
  const source = result.row === undefined ? loaded.source : `${loaded.source}#${result.key === undefined ? result.row : `id=${result.key}`}`;
  const meta = {
    ...result.meta,
    url: result.meta.url ?? (SINGLE_DOCUMENT.has(loaded.format) ? loaded.url : undefined),
    side: options.side ?? result.meta.side,
    outlet: options.outlet ?? result.meta.outlet,
    tags: [...(result.meta.tags ?? []), ...options.tags],
  };
  try {
    return { ok: true, doc: makeDocument(result.text, meta, source, { languages: options.languages }), source };
  } catch (error) {
    // Re-aim the error at the file and row rather than the document source `path#row`.
    const slant = toSlantError(error, loaded.source);
    return failure(new SlantError(slant.code, slant.message, { source: loaded.source, row: result.row, cause: slant.cause }), loaded.source);
  }
}

function failure(error: unknown, input: string): IngestItem {
  const slant = toSlantError(error, input);
  const base = slant.source ?? input;
  return { ok: false, error: slant, source: slant.row === undefined ? base : `${base}#${slant.row}` };
}
