/** The SQLite schema as an ordered list of migrations, and the runner that applies the missing ones. */
import type Database from 'better-sqlite3';
import { SlantError } from '../core/errors.js';

/** One step of the schema. Versions start at 1 and go up by one; a released migration never changes. */
export interface Migration {
  version: number;
  name: string;
  /** Statements run in one transaction with the version record. */
  sql: string;
}

/**
 * Version 1. `seq` is the rowid (insertion order, and the rowid FTS5 external content needs);
 * `id` is `UNIQUE NOT NULL`, which gives it the same index a text primary key would.
 * Finding offsets are stored as given (UTF-16 code units); SQL never computes them, since SQLite
 * counts characters, not UTF-16 units.
 */
const INITIAL_SCHEMA = `
CREATE TABLE documents (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  text TEXT NOT NULL,
  title TEXT,
  url TEXT,
  outlet TEXT,
  author TEXT,
  published_at TEXT,
  language TEXT NOT NULL,
  side TEXT,
  tags TEXT,
  source TEXT NOT NULL,
  simhash TEXT NOT NULL,
  added_at TEXT NOT NULL,
  near_duplicate_of TEXT REFERENCES documents(id) ON DELETE SET NULL
);
CREATE INDEX documents_side ON documents(side);
CREATE INDEX documents_outlet ON documents(outlet);
CREATE INDEX documents_language ON documents(language);
CREATE INDEX documents_near_duplicate_of ON documents(near_duplicate_of);

CREATE TABLE document_tags (
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  tag TEXT NOT NULL,
  PRIMARY KEY (doc_id, tag)
) WITHOUT ROWID;
CREATE INDEX document_tags_tag ON document_tags(tag, doc_id);

CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, text,
  content = 'documents', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE TABLE analyses (
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  analyzer_key TEXT NOT NULL,
  analyzer TEXT NOT NULL,
  summary TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (doc_id, analyzer_key)
);
CREATE INDEX analyses_latest ON analyses(doc_id, created_at);

CREATE TABLE findings (
  analysis_id INTEGER NOT NULL REFERENCES analyses(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  detector TEXT NOT NULL,
  rule TEXT NOT NULL,
  label TEXT NOT NULL,
  category TEXT,
  start_utf16 INTEGER NOT NULL,
  end_utf16 INTEGER NOT NULL,
  text TEXT NOT NULL,
  reason TEXT NOT NULL,
  confidence REAL NOT NULL,
  data TEXT,
  UNIQUE (analysis_id, ordinal),
  CHECK (start_utf16 >= 0 AND end_utf16 >= start_utf16)
);
CREATE INDEX findings_detector ON findings(detector);
CREATE INDEX findings_rule ON findings(rule);
`;

/**
 * Version 2: each document's term stream (src/compare/terms.ts `termStream`), kept so a comparison
 * can count the terms of a large corpus without tokenizing it again. A cache: a missing or stale
 * (other `version`) stream is rebuilt from the text.
 */
const TERM_STREAMS = `
CREATE TABLE term_streams (
  doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  stream BLOB NOT NULL
);
`;

/** Every migration slant knows, in order. Append; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'documents, tags, full-text index, analyses, findings', sql: INITIAL_SCHEMA },
  { version: 2, name: 'term streams', sql: TERM_STREAMS },
];

/** The schema version this code writes and expects. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

const MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

/** How the schema of a database changed when it was opened. */
export interface MigrationResult {
  from: number;
  to: number;
}

/**
 * The schema version recorded in a database: 0 for an empty one. Throws SLANT_STORE for a SQLite
 * database that has tables but is not a slant store.
 *
 * @example
 * schemaVersion(new Database(':memory:'), ':memory:'); // 0
 */
export function schemaVersion(db: Database.Database, label: string): number {
  const tracked = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (tracked === undefined) {
    const other = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' LIMIT 1").get() as { name: string } | undefined;
    if (other !== undefined) {
      throw new SlantError(
        'SLANT_STORE',
        `${label} is a SQLite database but not a slant store (it has a table "${other.name}" and no schema_migrations); give the path of a slant store, or a new file to create one`,
      );
    }
    return 0;
  }
  const row = db.prepare('SELECT max(version) AS version FROM schema_migrations').get() as { version: number | null };
  return row.version ?? 0;
}

/**
 * Brings a database up to the last of `migrations`, each in its own immediate transaction together
 * with its row in `schema_migrations`, so a failed step leaves the previous version intact. Re-running
 * is a no-op. A database newer than the code is refused with SLANT_STORE.
 *
 * @example
 * migrate(new Database(':memory:'), ':memory:'); // { from: 0, to: LATEST_SCHEMA_VERSION }
 */
export function migrate(db: Database.Database, label: string, migrations: readonly Migration[] = MIGRATIONS): MigrationResult {
  checkOrder(migrations);
  const latest = migrations.length;
  const from = schemaVersion(db, label);
  refuseNewer(from, latest, label);
  if (from === latest) return { from, to: from };
  db.exec(MIGRATIONS_TABLE);
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of migrations.slice(from)) {
    db.transaction(() => {
      // Another process may have migrated since we looked; re-read inside the write lock.
      if (schemaVersion(db, label) >= migration.version) return;
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }).immediate();
  }
  return { from, to: schemaVersion(db, label) };
}

/** Refuses a database whose schema is newer than the code (`version > latest`). */
export function refuseNewer(version: number, latest: number, label: string): void {
  if (version > latest) {
    throw new SlantError(
      'SLANT_STORE',
      `${label} has schema version ${version}, but this slant only knows versions up to ${latest}; open it with a newer slant (or use a different store file)`,
    );
  }
}

function checkOrder(migrations: readonly Migration[]): void {
  migrations.forEach((migration, i) => {
    if (migration.version !== i + 1) throw new Error(`migration "${migration.name}" has version ${migration.version}, expected ${i + 1}`);
  });
}
