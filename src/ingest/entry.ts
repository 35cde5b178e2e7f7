/** What a format reader yields: text plus the metadata the source states, before it becomes a document. */

import type { DocumentMeta } from '../core/document.js';
import type { SlantError } from '../core/errors.js';

/** One document's raw text and metadata as a reader found them, with its place in the source. */
export interface Entry {
  text: string;
  meta: DocumentMeta;
  /** 1-based row, line or item number inside a multi-document source. */
  row?: number | undefined;
  /** The record's own id (from the `id` field), used to name it in `source` instead of the row. */
  key?: string | undefined;
}

/** A reader yields entries, or a SlantError for each record it could not read, and goes on. */
export type ReadResult = Entry | SlantError;
