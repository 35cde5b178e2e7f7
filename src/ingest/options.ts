/** Ingest options: the typed shape, its validating schema (shared by CLI, config and HTTP), and defaults. */

import { z } from 'zod';
import { SlantError } from '../core/errors.js';
import { DEFAULT_FETCH_TIMEOUT_MS } from './fetch-url.js';
import { type FieldMap, type ResolvedFields, resolveFields } from './fields.js';
import { FORMATS, type Format } from './format.js';
import { DEFAULT_LANGUAGES } from './language.js';
import { DEFAULT_MAX_BYTES } from './read-bytes.js';

const fieldName = z.string().min(1);

/**
 * The serializable ingest options, validated. `stdin` is not part of it (a stream is no config
 * value); everything else is, so the CLI flags, a config file and the HTTP API can share it.
 * Unknown top-level keys are stripped (callers pass their own options object along; use
 * `.strict()` on it where typos must be refused); unknown field names are refused.
 *
 * @example
 * ingestOptionsSchema.parse({ side: 'left', maxBytes: 1_000_000, fields: { text: 'body' } });
 */
export const ingestOptionsSchema = z
  .object({
    side: z.string().optional().describe('Side label for every document (overrides the source)'),
    outlet: z.string().optional().describe('Outlet for every document (overrides the source)'),
    tags: z.array(z.string()).optional().describe('Tags added to every document'),
    maxBytes: z.number().int().positive().optional().describe('Largest file, URL body or stdin accepted, in bytes'),
    format: z.enum(['auto', ...FORMATS]).optional().describe('Input format; auto = by extension, then by content'),
    fields: z
      .object({
        text: fieldName.optional(),
        title: fieldName.optional(),
        url: fieldName.optional(),
        outlet: fieldName.optional(),
        author: fieldName.optional(),
        date: fieldName.optional(),
        side: fieldName.optional(),
        tags: fieldName.optional(),
        id: fieldName.optional(),
      })
      .strict()
      .optional()
      .describe('Record keys or CSV columns to read for each field (a|b = first present)'),
    csvDelimiter: z.string().length(1).optional().describe('CSV delimiter; detected from the header when absent'),
    allowPrivate: z.boolean().optional().describe('Allow fetching URLs on loopback/private addresses'),
    fetchTimeoutMs: z.number().int().positive().optional().describe('Deadline for fetching one URL, in milliseconds'),
    languages: z
      .array(z.string().regex(/^[a-z]{3}$/, 'expected an ISO 639-3 code such as eng'))
      .optional()
      .describe('Languages the detector may answer with (ISO 639-3)'),
  });

/** Options for {@link ingest}: the labels applied to every document, limits, format and field mapping. */
export interface IngestOptions {
  /** Labels applied to every document: given side/outlet override the source's own; tags are merged. */
  side?: string;
  outlet?: string;
  tags?: string[];
  /** Per file, URL body or stdin; default 20 MiB. */
  maxBytes?: number;
  /** Default `auto`: by extension, then by content (or by Content-Type for URLs). */
  format?: 'auto' | Format;
  /** Field mapping for JSON, JSON Lines and CSV (see DEFAULT_FIELDS for what is tried otherwise). */
  fields?: FieldMap;
  /** CSV delimiter; default: detected among `,` `;` and tab from the header line (`.tsv`: tab). */
  csvDelimiter?: string;
  /** Allow fetching URLs that resolve to private/loopback addresses; default false. */
  allowPrivate?: boolean;
  /** Deadline for one URL, in milliseconds; default 15000. */
  fetchTimeoutMs?: number;
  /** franc allow-list (ISO 639-3); default DEFAULT_LANGUAGES. */
  languages?: string[];
  /** Stream read for the input `-`; default `process.stdin`. */
  stdin?: NodeJS.ReadableStream;
}

/** Options with every default filled in. */
export interface ResolvedIngestOptions {
  side: string | undefined;
  outlet: string | undefined;
  tags: string[];
  maxBytes: number;
  format: 'auto' | Format;
  fields: ResolvedFields;
  csvDelimiter: string | undefined;
  allowPrivate: boolean;
  fetchTimeoutMs: number;
  languages: readonly string[];
  stdin: NodeJS.ReadableStream;
}

/**
 * Validates options and fills in defaults. Throws SlantError `SLANT_USAGE` listing every invalid
 * option.
 *
 * @example
 * resolveIngestOptions({ side: 'left' }).maxBytes; // 20971520
 */
export function resolveIngestOptions(options: IngestOptions = {}): ResolvedIngestOptions {
  const { stdin, ...serializable } = options;
  const parsed = ingestOptionsSchema.safeParse(serializable);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'options'}: ${issue.message}`);
    throw new SlantError('SLANT_USAGE', `invalid ingest options: ${problems.join('; ')}`);
  }
  const value = parsed.data;
  return {
    side: value.side,
    outlet: value.outlet,
    tags: value.tags ?? [],
    maxBytes: value.maxBytes ?? DEFAULT_MAX_BYTES,
    format: value.format ?? 'auto',
    fields: resolveFields(value.fields),
    csvDelimiter: value.csvDelimiter,
    allowPrivate: value.allowPrivate ?? false,
    fetchTimeoutMs: value.fetchTimeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS,
    languages: value.languages ?? DEFAULT_LANGUAGES,
    stdin: stdin ?? process.stdin,
  };
}
