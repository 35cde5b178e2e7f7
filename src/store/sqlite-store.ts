/** The SQLite Store: better-sqlite3 in WAL mode, FTS5 search, SimHash near-duplicates, one transaction per write. */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import Database from 'better-sqlite3';
import type { SlantDocument, StoredDocument } from '../core/document.js';
import { SlantError } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import { filterSql, pageOf } from './filter-sql.js';
import { quoteFtsTerms } from './fts-query.js';
import { LATEST_SCHEMA_VERSION, migrate, refuseNewer, schemaVersion } from './migrations.js';
import { isSimhash, SimhashIndex } from './simhash-index.js';
import type { AddOutcome, AnalyzerInfo, DocumentFilter, SearchHit, SearchOptions, Store, StoredAnalysis } from './store.js';

/** How to open a SQLite store. */
export interface SqliteStoreOptions {
  /** Open an existing store without writing to it (no migration, no WAL switch). */
  readonly?: boolean | undefined;
  /**
   * Largest Hamming distance (bits of 64) at which a new document counts as a near-duplicate of a
   * stored one. Default 3, the threshold Manku, Jain & Das Sarma (2007) found best for 64-bit SimHash.
   */
  nearDuplicateDistance?: number | undefined;
}

/**
 * Default near-duplicate threshold in bits. Manku et al. (2007) use 3 for web pages; on news text
 * 3 catches only a changed headline. Measured here on 64-bit SimHash of word 3-shingles: a new
 * headline plus a few edited phrases is 4 bits away, a dropped last paragraph 5, while the closest
 * of all 510k pairs of distinct AllSides articles is 12 bits apart; so 6 flags syndicated copies
 * with a wide margin.
 */
export const DEFAULT_NEAR_DUPLICATE_DISTANCE = 6;

/** Milliseconds a writer waits for another process's lock before giving up. */
const BUSY_TIMEOUT_MS = 5000;
/** Rows fetched per query while streaming documents. */
const PAGE_SIZE = 256;
/** Search hits returned when the caller gives no limit. */
const DEFAULT_SEARCH_LIMIT = 20;
/** bm25 weight of a title match relative to a body match: a title says what the article is about. */
const TITLE_WEIGHT = 2;
/** Tokens of context `snippet()` shows around a match. */
const SNIPPET_TOKENS = 16;
/** Candidates listed when an id prefix is ambiguous. */
const PREFIX_CANDIDATES = 5;
/** Sorts after every character, so `[prefix, prefix + MAX_CHAR)` is the range of ids with that prefix. */
const MAX_CHAR = '\u{10FFFF}';

const DOCUMENT_COLUMNS =
  'd.seq, d.id, d.text, d.title, d.url, d.outlet, d.author, d.published_at, d.language, d.side, d.tags, d.source, d.simhash, d.added_at, d.near_duplicate_of';

interface DocumentRow {
  seq: number;
  id: string;
  text: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  author: string | null;
  published_at: string | null;
  language: string;
  side: string | null;
  tags: string | null;
  source: string;
  simhash: string;
  added_at: string;
  near_duplicate_of: string | null;
}

interface AnalysisRow {
  id: number;
  doc_id: string;
  analyzer: string;
  summary: string;
  created_at: string;
}

interface FindingRow {
  detector: string;
  rule: string;
  label: string;
  category: string | null;
  start_utf16: number;
  end_utf16: number;
  text: string;
  reason: string;
  confidence: number;
  data: string | null;
}

type FacetField = 'side' | 'outlet' | 'tag' | 'language';
type SqliteError = InstanceType<typeof Database.SqliteError>;

/**
 * A slant store in one SQLite file (or `:memory:`). Statements are prepared once per store; methods
 * are synchronous underneath and async only to share the `Store` interface with a server database.
 * The near-duplicate index lives in this process: documents another process adds at the same time
 * are not compared with until the store is opened again.
 *
 * @example
 * const store = SqliteStore.open('slant.db');
 * await store.addDocument(doc); // { status: 'added', id: doc.id }
 * await store.close();
 */
export class SqliteStore implements Store {
  /** The file path given to `open`, or `:memory:`. */
  readonly path: string;
  readonly readonly: boolean;
  readonly nearDuplicateDistance: number;
  /** Schema version of the database (always the latest once open). */
  readonly schemaVersion: number;
  private readonly db: Database.Database;
  /** How messages name this store. */
  private readonly label: string;
  private readonly statements: ReturnType<typeof prepareStatements>;
  private readonly filtered = new Map<string, Database.Statement>();
  private readonly addTransaction: Database.Transaction<(doc: SlantDocument) => AddOutcome>;
  private readonly saveTransaction: Database.Transaction<(analysis: StoredAnalysis) => void>;
  private simhashes: SimhashIndex | undefined;
  private closed = false;

  private constructor(db: Database.Database, path: string, label: string, options: { readonly: boolean; nearDuplicateDistance: number; schemaVersion: number }) {
    this.db = db;
    this.path = path;
    this.label = label;
    this.readonly = options.readonly;
    this.nearDuplicateDistance = options.nearDuplicateDistance;
    this.schemaVersion = options.schemaVersion;
    this.statements = prepareStatements(db);
    this.addTransaction = db.transaction((doc: SlantDocument) => this.insertDocument(doc));
    this.saveTransaction = db.transaction((analysis: StoredAnalysis) => this.replaceAnalysis(analysis));
  }

  /**
   * Opens (creating and migrating if needed) the store at `path`. Throws SLANT_STORE when the file
   * is not a SQLite database, belongs to something else, or has a newer schema than this code.
   *
   * @example
   * const store = SqliteStore.open(':memory:', { nearDuplicateDistance: 5 });
   */
  static open(path: string, options: SqliteStoreOptions = {}): SqliteStore {
    const label = path === ':memory:' ? 'the in-memory store' : path;
    const readonly = options.readonly ?? false;
    const nearDuplicateDistance = options.nearDuplicateDistance ?? DEFAULT_NEAR_DUPLICATE_DISTANCE;
    if (!Number.isInteger(nearDuplicateDistance) || nearDuplicateDistance < 0 || nearDuplicateDistance > 64) {
      throw new SlantError('SLANT_USAGE', `the near-duplicate distance is a whole number of bits from 0 to 64, got ${nearDuplicateDistance}`);
    }
    let db: Database.Database | undefined;
    try {
      db = new Database(path, { readonly, fileMustExist: readonly, timeout: BUSY_TIMEOUT_MS });
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      // Reading the journal mode is the first read of the file: a non-database fails here.
      if (readonly) db.pragma('journal_mode');
      else db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      let version: number;
      if (readonly) {
        version = schemaVersion(db, label);
        refuseNewer(version, LATEST_SCHEMA_VERSION, label);
        if (version < LATEST_SCHEMA_VERSION) {
          throw new SlantError(
            'SLANT_STORE',
            `${label} has schema version ${version} and needs upgrading to ${LATEST_SCHEMA_VERSION}, which a read-only open cannot do; open it once without read-only`,
          );
        }
      } else {
        version = migrate(db, label).to;
      }
      return new SqliteStore(db, path, label, { readonly, nearDuplicateDistance, schemaVersion: version });
    } catch (error) {
      db?.close();
      if (error instanceof SlantError || error instanceof Database.SqliteError) throw storeError(error, label);
      throw new SlantError('SLANT_STORE', `cannot open ${label}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }

  async addDocument(doc: SlantDocument): Promise<AddOutcome> {
    return this.run(() => {
      if (typeof doc.id !== 'string' || doc.id.length === 0) throw new SlantError('SLANT_USAGE', 'a document needs a non-empty id');
      if (!isSimhash(doc.simhash)) {
        throw new SlantError('SLANT_USAGE', `document ${doc.id} has simhash "${String(doc.simhash)}"; expected 16 hex digits (64 bits)`);
      }
      const index = this.simhashIndex();
      const outcome = this.addTransaction.immediate(doc);
      // Only after the commit: a rolled-back add must not leave a phantom in the index.
      if (outcome.status === 'added') index.add(doc.id, doc.simhash);
      return outcome;
    });
  }

  /**
   * Bulk loading (an import, a benchmark): adds many documents, each with its analyses, in one
   * transaction, which is far faster than one transaction per write. The checks are those of
   * `addDocument` and `saveAnalysis`; a duplicate's analyses are skipped. Near-duplicates are looked
   * up among the documents stored before the call, not among the batch's own.
   *
   * @example
   * await store.addBulk([{ doc, analyses: [analysis] }]); // [{ status: 'added', id: doc.id }]
   */
  async addBulk(
    items: ReadonlyArray<{ doc: SlantDocument; analyses?: readonly StoredAnalysis[] | undefined; termStream?: { version: number; stream: string } | undefined }>,
  ): Promise<AddOutcome[]> {
    return this.run(() => {
      for (const { doc } of items) {
        if (typeof doc.id !== 'string' || doc.id.length === 0) throw new SlantError('SLANT_USAGE', 'a document needs a non-empty id');
        if (!isSimhash(doc.simhash)) {
          throw new SlantError('SLANT_USAGE', `document ${doc.id} has simhash "${String(doc.simhash)}"; expected 16 hex digits (64 bits)`);
        }
      }
      const index = this.simhashIndex();
      const outcomes = this.db
        .transaction(() =>
          items.map(({ doc, analyses, termStream }) => {
            const outcome = this.insertDocument(doc);
            if (outcome.status === 'added') {
              for (const analysis of analyses ?? []) this.replaceAnalysis(analysis);
              if (termStream !== undefined) this.writeTermStream(doc.id, termStream.version, termStream.stream);
            }
            return outcome;
          }),
        )
        .immediate();
      items.forEach(({ doc }, i) => {
        if (outcomes[i]?.status === 'added') index.add(doc.id, doc.simhash);
      });
      return outcomes;
    });
  }

  async getDocument(idOrPrefix: string): Promise<StoredDocument | undefined> {
    return this.run(() => {
      const exact = this.statements.documentById.get(idOrPrefix) as DocumentRow | undefined;
      if (exact !== undefined) return toDocument(exact);
      if (idOrPrefix.length < 4) {
        throw new SlantError('SLANT_USAGE', `no document has the id "${idOrPrefix}"; an id prefix needs at least 4 characters`);
      }
      const ids = (this.statements.idsByPrefix.all(idOrPrefix, idOrPrefix + MAX_CHAR, PREFIX_CANDIDATES + 1) as Array<{ id: string }>).map((row) => row.id);
      if (ids.length === 0) return undefined;
      if (ids.length > 1) {
        const listed = ids.slice(0, PREFIX_CANDIDATES).join(', ');
        const more = ids.length > PREFIX_CANDIDATES ? ' and more' : '';
        throw new SlantError('SLANT_USAGE', `the id prefix "${idOrPrefix}" is ambiguous: it matches ${listed}${more}; give more characters`);
      }
      const row = this.statements.documentById.get(ids[0]) as DocumentRow | undefined;
      return row === undefined ? undefined : toDocument(row);
    });
  }

  async listDocuments(filter?: DocumentFilter): Promise<StoredDocument[]> {
    return this.run(() => {
      const { where, params } = filterSql(filter);
      const page = pageOf(filter);
      const rows = this.filteredStatement(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE ${where} ORDER BY d.seq LIMIT ? OFFSET ?`).all(...params, page.limit, page.offset);
      return (rows as DocumentRow[]).map(toDocument);
    });
  }

  /**
   * Streams documents in insertion order, {@link PAGE_SIZE} rows per query, resuming each page after
   * the last `seq` seen. No statement stays open between pages, so the caller may write to the store
   * (save analyses, delete) while iterating; documents added meanwhile are reached if they match.
   */
  async *iterateDocuments(filter?: DocumentFilter): AsyncIterable<StoredDocument> {
    const { params, page, statement } = this.run(() => {
      const { where, params } = filterSql(filter);
      return {
        params,
        page: pageOf(filter),
        statement: this.filteredStatement(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE ${where} AND d.seq > ? ORDER BY d.seq LIMIT ? OFFSET ?`),
      };
    });
    let remaining = page.limit < 0 ? Number.POSITIVE_INFINITY : page.limit;
    let offset = page.offset;
    let after = 0;
    while (remaining > 0) {
      const size = Math.min(PAGE_SIZE, remaining);
      const rows = this.run(() => statement.all(...params, after, size, offset) as DocumentRow[]);
      offset = 0;
      for (const row of rows) yield toDocument(row);
      const last = rows.at(-1);
      if (rows.length < size || last === undefined) return;
      remaining -= rows.length;
      after = last.seq;
    }
  }

  /** Counts the documents matching a filter; `limit` and `offset` are ignored (this is the total to page through). */
  async countDocuments(filter?: DocumentFilter): Promise<number> {
    return this.run(() => {
      const { where, params } = filterSql(filter);
      pageOf(filter); // limit and offset do not apply, but a malformed one is still a usage error
      const row = this.filteredStatement(`SELECT count(*) AS n FROM documents d WHERE ${where}`).get(...params) as { n: number };
      return row.n;
    });
  }

  async deleteDocument(id: string): Promise<boolean> {
    return this.run(() => {
      // One statement is one transaction; tags, analyses and findings go by ON DELETE CASCADE and the
      // search row by trigger, inside it.
      const deleted = this.statements.deleteDocument.run(id).changes > 0;
      if (deleted) this.simhashes?.remove(id);
      return deleted;
    });
  }

  /**
   * FTS5 search ranked by bm25 (title matches weigh double). The query is first tried as FTS5 syntax
   * (phrases, `prefix*`, `AND`/`OR`/`NOT`, `NEAR`, `title:`); if FTS5 rejects it, each whitespace-separated
   * term is quoted and it is tried again. `options.limit` (default 20) caps the hits; the filter's
   * `offset` skips hits and its `limit` is ignored.
   */
  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    return this.run(() => {
      if (query.trim().length === 0) throw new SlantError('SLANT_USAGE', 'the search query is empty; give one or more words to look for');
      const { where, params } = filterSql(options.filter);
      const page = pageOf({ limit: options.limit, offset: options.filter?.offset }, DEFAULT_SEARCH_LIMIT);
      const statement = this.filteredStatement(
        `SELECT d.id AS id, d.title AS title, snippet(documents_fts, -1, '«', '»', '…', ${SNIPPET_TOKENS}) AS snippet, ` +
          `bm25(documents_fts, ${TITLE_WEIGHT}, 1) AS rank FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid ` +
          `WHERE documents_fts MATCH ? AND ${where} ORDER BY rank, d.seq LIMIT ? OFFSET ?`,
      );
      const execute = (match: string): SearchHit[] =>
        (statement.all(match, ...params, page.limit, page.offset) as Array<{ id: string; title: string | null; snippet: string; rank: number }>).map((row) => ({
          id: row.id,
          title: row.title ?? undefined,
          snippet: row.snippet,
          rank: row.rank,
        }));
      try {
        return execute(query);
      } catch (error) {
        if (!isQueryError(error)) throw error;
        const quoted = quoteFtsTerms(query);
        try {
          return execute(quoted);
        } catch (retryError) {
          if (!isQueryError(retryError)) throw retryError;
          throw new SlantError(
            'SLANT_USAGE',
            `cannot search for ${JSON.stringify(query)} (${retryError.message}). Words are matched whole and in any order; ` +
              'write word* for a prefix, "two words" for a phrase, and combine with AND, OR, NOT and parentheses',
            { cause: retryError },
          );
        }
      }
    });
  }

  async getAnalysis(docId: string, analyzerKey: string): Promise<StoredAnalysis | undefined> {
    return this.run(() => this.readAnalysis(this.statements.analysisByKey.get(docId, analyzerKey) as AnalysisRow | undefined));
  }

  /** The analysis with the latest `createdAt`; among equal times, the one saved last. */
  async latestAnalysis(docId: string): Promise<StoredAnalysis | undefined> {
    return this.run(() => this.readAnalysis(this.statements.latestAnalysis.get(docId) as AnalysisRow | undefined));
  }

  async saveAnalysis(analysis: StoredAnalysis): Promise<void> {
    this.run(() => this.saveTransaction.immediate(analysis));
  }

  /** Kept deflated (level 1: a term stream shrinks to about 40% in some 60 µs, and inflates in 25 µs). */
  async saveTermStream(docId: string, version: number, stream: string): Promise<void> {
    this.run(() => this.writeTermStream(docId, version, stream));
  }

  async termStream(docId: string, version: number): Promise<string | undefined> {
    return this.run(() => {
      const row = this.statements.termStream.get(docId, version) as { stream: Buffer } | undefined;
      if (row === undefined) return undefined;
      try {
        return inflateRawSync(row.stream).toString('utf8');
      } catch {
        // A damaged stream is a cache miss: the comparison parses the text again and keeps a new one.
        return undefined;
      }
    });
  }

  /** Distinct non-null values with document counts, most frequent first, then by value (code point order). */
  async facet(field: FacetField): Promise<Array<{ value: string; count: number }>> {
    return this.run(() => {
      const statement = this.statements.facets[field];
      if (statement === undefined) throw new SlantError('SLANT_USAGE', `cannot group documents by "${String(field)}"; use side, outlet, tag or language`);
      return statement.all() as Array<{ value: string; count: number }>;
    });
  }

  /** Closes the database; closing again does nothing. Other methods then throw SLANT_STORE. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      // SQLite recommends `PRAGMA optimize` before closing a long-lived connection; it is only advice,
      // so a failure (say, a busy database) must not keep the store open.
      if (!this.readonly) this.db.pragma('optimize');
    } catch {
      // Closing matters more than the statistics.
    } finally {
      this.db.close();
    }
  }

  /**
   * Checks the database and its full-text index; returns the problems found (empty when healthy).
   *
   * @example
   * store.integrityCheck(); // []
   */
  integrityCheck(): string[] {
    return this.run(() => {
      const problems = (this.db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((row) => row.integrity_check).filter((line) => line !== 'ok');
      if (!this.readonly) {
        try {
          // rank = 1 also compares the index with the documents table (external content).
          this.db.prepare("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)").run();
        } catch (error) {
          problems.push(`full-text index: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      return problems;
    });
  }

  /**
   * The connection's settings, for diagnostics (`slant doctor`) and tests. `synchronous` is SQLite's
   * level number: 1 = NORMAL.
   *
   * @example
   * openSqliteStore('slant.db').settings(); // { journalMode: 'wal', synchronous: 1, foreignKeys: true, busyTimeoutMs: 5000 }
   */
  settings(): { journalMode: string; synchronous: number; foreignKeys: boolean; busyTimeoutMs: number } {
    return this.run(() => ({
      journalMode: this.db.pragma('journal_mode', { simple: true }) as string,
      synchronous: this.db.pragma('synchronous', { simple: true }) as number,
      foreignKeys: this.db.pragma('foreign_keys', { simple: true }) === 1,
      busyTimeoutMs: this.db.pragma('busy_timeout', { simple: true }) as number,
    }));
  }

  /** Runs store work: refuses a closed store and turns SQLite errors into SLANT_STORE. */
  private run<T>(action: () => T): T {
    if (this.closed) throw new SlantError('SLANT_STORE', `${this.label} is closed; open it again to use it`);
    try {
      return action();
    } catch (error) {
      throw storeError(error, this.label);
    }
  }

  /** A prepared statement for SQL built from a filter's shape, prepared on first use. */
  private filteredStatement(sql: string): Database.Statement {
    let statement = this.filtered.get(sql);
    if (statement === undefined) {
      statement = this.db.prepare(sql);
      this.filtered.set(sql, statement);
    }
    return statement;
  }

  /** The SimHashes of every stored document, read once (in insertion order, so ties go to the earliest). */
  private simhashIndex(): SimhashIndex {
    if (this.simhashes === undefined) {
      const index = new SimhashIndex(this.nearDuplicateDistance);
      for (const row of this.statements.allSimhashes.iterate() as IterableIterator<{ id: string; simhash: string }>) {
        if (isSimhash(row.simhash)) index.add(row.id, row.simhash);
      }
      this.simhashes = index;
    }
    return this.simhashes;
  }

  /** Body of the add transaction. */
  private insertDocument(doc: SlantDocument): AddOutcome {
    if (this.statements.documentExists.get(doc.id) !== undefined) return { status: 'duplicate', id: doc.id };
    const near = this.simhashes?.nearest(doc.simhash);
    this.statements.insertDocument.run(
      doc.id,
      doc.text,
      doc.title ?? null,
      doc.url ?? null,
      doc.outlet ?? null,
      doc.author ?? null,
      doc.publishedAt ?? null,
      doc.language,
      doc.side ?? null,
      doc.tags === undefined ? null : JSON.stringify(doc.tags),
      doc.source,
      doc.simhash.toLowerCase(),
      new Date().toISOString(),
      near?.id ?? null,
    );
    for (const tag of doc.tags ?? []) this.statements.insertTag.run(doc.id, tag);
    return near === undefined ? { status: 'added', id: doc.id } : { status: 'added', id: doc.id, nearDuplicateOf: near.id, distance: near.distance };
  }

  /** Body of the save transaction: the old analysis under the same key goes, the new one comes whole. */
  private writeTermStream(docId: string, version: number, stream: string): void {
    if (!Number.isInteger(version)) throw new SlantError('SLANT_USAGE', `a term stream version is a whole number, got ${version}`);
    if (this.statements.documentExists.get(docId) === undefined) {
      throw new SlantError('SLANT_NOT_FOUND', `cannot save the term stream of document ${docId}: it is not in ${this.label}; add the document first`);
    }
    this.statements.saveTermStream.run(docId, version, deflateRawSync(Buffer.from(stream, 'utf8'), { level: 1 }));
  }

  private replaceAnalysis(analysis: StoredAnalysis): void {
    const { docId, analyzer } = analysis;
    if (this.statements.documentExists.get(docId) === undefined) {
      throw new SlantError('SLANT_NOT_FOUND', `cannot save an analysis of document ${docId}: it is not in ${this.label}; add the document first`);
    }
    this.statements.deleteAnalysis.run(docId, analyzer.key);
    const { lastInsertRowid } = this.statements.insertAnalysis.run(
      docId,
      analyzer.key,
      toJson(analyzer, `the analyzer info of document ${docId}`),
      toJson(analysis.summary, `the summary of document ${docId}`),
      analysis.createdAt,
    );
    analysis.findings.forEach((finding, ordinal) => {
      this.statements.insertFinding.run(
        lastInsertRowid,
        ordinal,
        finding.detector,
        finding.rule,
        finding.label,
        finding.category ?? null,
        finding.start,
        finding.end,
        finding.text,
        finding.reason,
        finding.confidence,
        finding.data === undefined ? null : toJson(finding.data, `finding ${ordinal} (${finding.rule}) of document ${docId}`),
      );
    });
  }

  private readAnalysis(row: AnalysisRow | undefined): StoredAnalysis | undefined {
    if (row === undefined) return undefined;
    const findings = (this.statements.findingsOf.all(row.id) as FindingRow[]).map(toFinding);
    return {
      docId: row.doc_id,
      analyzer: JSON.parse(row.analyzer) as AnalyzerInfo,
      createdAt: row.created_at,
      findings,
      summary: JSON.parse(row.summary) as Record<string, unknown>,
    };
  }
}

/** Every fixed statement of a store, prepared once when it opens. */
function prepareStatements(db: Database.Database) {
  const facet = (column: string) =>
    db.prepare(`SELECT ${column} AS value, count(*) AS count FROM documents WHERE ${column} IS NOT NULL GROUP BY ${column} ORDER BY count DESC, value`);
  const facets: Partial<Record<FacetField, Database.Statement>> = {
    side: facet('side'),
    outlet: facet('outlet'),
    language: facet('language'),
    tag: db.prepare('SELECT tag AS value, count(*) AS count FROM document_tags GROUP BY tag ORDER BY count DESC, value'),
  };
  return {
    documentExists: db.prepare('SELECT 1 FROM documents WHERE id = ?'),
    documentById: db.prepare(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id = ?`),
    idsByPrefix: db.prepare('SELECT id FROM documents WHERE id >= ? AND id < ? ORDER BY id LIMIT ?'),
    insertDocument: db.prepare(
      'INSERT INTO documents (id, text, title, url, outlet, author, published_at, language, side, tags, source, simhash, added_at, near_duplicate_of) ' +
        'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    insertTag: db.prepare('INSERT OR IGNORE INTO document_tags (doc_id, tag) VALUES (?, ?)'),
    deleteDocument: db.prepare('DELETE FROM documents WHERE id = ?'),
    allSimhashes: db.prepare('SELECT id, simhash FROM documents ORDER BY seq'),
    analysisByKey: db.prepare('SELECT id, doc_id, analyzer, summary, created_at FROM analyses WHERE doc_id = ? AND analyzer_key = ?'),
    latestAnalysis: db.prepare('SELECT id, doc_id, analyzer, summary, created_at FROM analyses WHERE doc_id = ? ORDER BY created_at DESC, id DESC LIMIT 1'),
    deleteAnalysis: db.prepare('DELETE FROM analyses WHERE doc_id = ? AND analyzer_key = ?'),
    insertAnalysis: db.prepare('INSERT INTO analyses (doc_id, analyzer_key, analyzer, summary, created_at) VALUES (?, ?, ?, ?, ?)'),
    insertFinding: db.prepare(
      'INSERT INTO findings (analysis_id, ordinal, detector, rule, label, category, start_utf16, end_utf16, text, reason, confidence, data) ' +
        'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    findingsOf: db.prepare(
      'SELECT detector, rule, label, category, start_utf16, end_utf16, text, reason, confidence, data FROM findings WHERE analysis_id = ? ORDER BY ordinal',
    ),
    saveTermStream: db.prepare('INSERT OR REPLACE INTO term_streams (doc_id, version, stream) VALUES (?, ?, ?)'),
    termStream: db.prepare('SELECT stream FROM term_streams WHERE doc_id = ? AND version = ?'),
    facets,
  };
}

/** A stored row as a StoredDocument, with absent optional fields left out (not set to undefined). */
function toDocument(row: DocumentRow): StoredDocument {
  const doc: StoredDocument = { id: row.id, text: row.text, language: row.language, source: row.source, simhash: row.simhash, addedAt: row.added_at };
  if (row.title !== null) doc.title = row.title;
  if (row.url !== null) doc.url = row.url;
  if (row.outlet !== null) doc.outlet = row.outlet;
  if (row.author !== null) doc.author = row.author;
  if (row.published_at !== null) doc.publishedAt = row.published_at;
  if (row.side !== null) doc.side = row.side;
  if (row.tags !== null) doc.tags = JSON.parse(row.tags) as string[];
  if (row.near_duplicate_of !== null) doc.nearDuplicateOf = row.near_duplicate_of;
  return doc;
}

/** A stored finding, with `category` and `data` present only when they were saved. */
function toFinding(row: FindingRow): Finding {
  const finding: Finding = {
    detector: row.detector,
    rule: row.rule,
    label: row.label,
    start: row.start_utf16,
    end: row.end_utf16,
    text: row.text,
    reason: row.reason,
    confidence: row.confidence,
  };
  if (row.category !== null) finding.category = row.category;
  if (row.data !== null) finding.data = JSON.parse(row.data) as Record<string, unknown>;
  return finding;
}

/** JSON text of a value, or SLANT_INTERNAL naming what could not be stored (a BigInt, a cycle…). */
function toJson(value: unknown, what: string): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    throw new SlantError('SLANT_INTERNAL', `${what} cannot be stored as JSON: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (text === undefined) throw new SlantError('SLANT_INTERNAL', `${what} cannot be stored as JSON: it is ${typeof value}`);
  return text;
}

/** An error FTS5 raises for a query it cannot parse (the statement itself is known to be valid). */
function isQueryError(error: unknown): error is SqliteError {
  return error instanceof Database.SqliteError && error.code === 'SQLITE_ERROR';
}

/** A SQLite error as a SLANT_STORE that says what happened to which store and what to do. */
function storeError(error: unknown, label: string): unknown {
  if (!(error instanceof Database.SqliteError)) return error;
  const { code, message } = error;
  let text: string;
  if (code === 'SQLITE_NOTADB') {
    text = `${label} is not a SQLite database, so it cannot be a slant store; give the path of a store file, or a path that does not exist yet to create one`;
  } else if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    text = `${label} is busy: another process held its lock for more than ${BUSY_TIMEOUT_MS / 1000} s; try again when it has finished`;
  } else if (code.startsWith('SQLITE_READONLY')) {
    text = `${label} cannot be written (${message}); open it without read-only, and check that you may write to the file and its folder`;
  } else if (code.startsWith('SQLITE_CORRUPT')) {
    text = `${label} is damaged (${message}); restore it from a backup, or salvage what is left with \`sqlite3 ${label} .recover\``;
  } else if (code === 'SQLITE_FULL') {
    text = `the disk holding ${label} is full; free some space and try again`;
  } else if (code.startsWith('SQLITE_CANTOPEN')) {
    text = `cannot open ${label} (${message}); check that the file and its folder exist and that you may read and write them`;
  } else if (code.startsWith('SQLITE_IOERR')) {
    text = `reading or writing ${label} failed (${message}); check the disk and the file's permissions`;
  } else {
    text = `${label}: ${message} (${code})`;
  }
  return new SlantError('SLANT_STORE', text, { cause: error });
}
