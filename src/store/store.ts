/** The storage interface: documents, analyses and findings. SQL lives only in its implementations. */
import type { SlantDocument, StoredDocument } from '../core/document.js';
import type { Finding } from '../core/finding.js';

/** Which documents to read. All fields combine with AND; tags match when the document has the tag. */
export interface DocumentFilter {
  ids?: string[] | undefined;
  side?: string | undefined;
  outlet?: string | undefined;
  tag?: string | undefined;
  language?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

/** What happened to a document given to `addDocument`. */
export type AddOutcome =
  | { status: 'added'; id: string; nearDuplicateOf?: string | undefined; distance?: number | undefined }
  | { status: 'duplicate'; id: string };

/** How an analysis was produced: enough to decide whether re-running would change anything. */
export interface AnalyzerInfo {
  /** `sha256(version + stages + data versions + options)`, hex: the cache key with the document id. */
  key: string;
  /** slant's analyzer version. */
  version: string;
  /** Pipeline stages that ran, in order, e.g. `['nlp', 'loaded-language', …]`. */
  stages: string[];
  /** Versions of the data and models used (lexicon hash, model hashes…). */
  resources: Record<string, string>;
  /** The options that were in force. */
  options: Record<string, unknown>;
}

export interface StoredAnalysis {
  docId: string;
  analyzer: AnalyzerInfo;
  createdAt: string;
  findings: Finding[];
  /** Document-level results (word count, language, later genre, side…). */
  summary: Record<string, unknown>;
}

export interface SearchHit {
  id: string;
  title: string | undefined;
  /** A short excerpt around the match, with the matched terms between « and ». */
  snippet: string;
  /** Lower is better (bm25). */
  rank: number;
}

export interface SearchOptions {
  limit?: number | undefined;
  filter?: DocumentFilter | undefined;
}

/**
 * The store every adapter talks to. Methods are async so a PostgreSQL store can implement the same
 * interface. Each write is one transaction: a document (with its search index row) or an analysis
 * (with all its findings) is stored whole or not at all.
 */
export interface Store {
  /** Stores a document unless the same normalized text (same id) is already there. */
  addDocument(doc: SlantDocument): Promise<AddOutcome>;
  /**
   * Gets a document by id, or by a unique id prefix of at least 4 characters; undefined when none
   * matches. Throws SLANT_USAGE for an ambiguous prefix (listing candidates) or one under 4 characters.
   */
  getDocument(idOrPrefix: string): Promise<StoredDocument | undefined>;
  /** Documents matching the filter, in insertion order. */
  listDocuments(filter?: DocumentFilter): Promise<StoredDocument[]>;
  /** Streams documents in insertion order without loading them all; the caller may write to the store meanwhile. */
  iterateDocuments(filter?: DocumentFilter): AsyncIterable<StoredDocument>;
  /** How many documents match the filter, ignoring its `limit` and `offset` (the total to page through). */
  countDocuments(filter?: DocumentFilter): Promise<number>;
  /** Deletes a document with its analyses and findings; false when there was none. */
  deleteDocument(id: string): Promise<boolean>;
  /**
   * Full-text search (FTS5 query syntax for SQLite), best first. A query the engine cannot parse is
   * retried as plain words. `options.limit` caps the hits (default 20); the filter's `offset` skips hits.
   */
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  /** The analysis of a document under an analyzer key, if stored. */
  getAnalysis(docId: string, analyzerKey: string): Promise<StoredAnalysis | undefined>;
  /** The most recent analysis of a document, whatever the key. */
  latestAnalysis(docId: string): Promise<StoredAnalysis | undefined>;
  /**
   * Stores an analysis with its findings in one transaction, replacing one with the same key.
   * Throws SLANT_NOT_FOUND when the document is not stored.
   */
  saveAnalysis(analysis: StoredAnalysis): Promise<void>;
  /**
   * Keeps a document's term stream (src/compare/terms.ts) under a format version, replacing any
   * other. Throws SLANT_NOT_FOUND when the document is not stored.
   */
  saveTermStream(docId: string, version: number, stream: string): Promise<void>;
  /** The document's term stream if one of exactly `version` is kept. */
  termStream(docId: string, version: number): Promise<string | undefined>;
  /** Distinct values of a metadata field, with document counts (for `--by side|outlet|tag`). */
  facet(field: 'side' | 'outlet' | 'tag' | 'language'): Promise<Array<{ value: string; count: number }>>;
  /** Releases the store; closing again does nothing, other calls then throw SLANT_STORE. */
  close(): Promise<void>;
}
