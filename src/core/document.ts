/** The document model: one article, its exact text, and what the user or the source says about it. */

/** Metadata a user or a source gives about a document; every field is optional. */
export interface DocumentMeta {
  title?: string | undefined;
  url?: string | undefined;
  outlet?: string | undefined;
  author?: string | undefined;
  /** ISO 8601 date or date-time, as given by the source (normalized to ISO when parseable). */
  publishedAt?: string | undefined;
  /** Group label given by the user (`--side`), e.g. a party to a dispute or a political leaning. */
  side?: string | undefined;
  tags?: string[] | undefined;
}

/**
 * A document ready to store and analyze. `text` is the normalized text that every offset points
 * into; `id` is derived from it, so the same text is the same document wherever it came from.
 */
export interface SlantDocument extends DocumentMeta {
  /** `sha256(text)`, hex, first 16 characters. */
  id: string;
  text: string;
  /** ISO 639-3 code from franc, or `und` when undetermined. */
  language: string;
  /** Where it came from: a path, `path#row`, a URL, or `-` for stdin. */
  source: string;
  /** 64-bit SimHash of word shingles (16 hex digits), for near-duplicate detection. */
  simhash: string;
}

/** A stored document: what the store adds on top of a SlantDocument. */
export interface StoredDocument extends SlantDocument {
  /** ISO date-time when it was first stored. */
  addedAt: string;
  /** Id of an earlier stored document this one nearly duplicates (a syndicated copy), if any. */
  nearDuplicateOf?: string | undefined;
}
