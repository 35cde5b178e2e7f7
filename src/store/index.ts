/** The store's public entry: open a store, and the types every store implementation shares. */
import { SqliteStore, type SqliteStoreOptions } from './sqlite-store.js';
import type { Store } from './store.js';

export type { AddOutcome, AnalyzerInfo, DocumentFilter, SearchHit, SearchOptions, Store, StoredAnalysis } from './store.js';
export { DEFAULT_NEAR_DUPLICATE_DISTANCE, SqliteStore, type SqliteStoreOptions } from './sqlite-store.js';
export { LATEST_SCHEMA_VERSION } from './migrations.js';

/**
 * Opens the SQLite store at `path` (created and migrated when needed; `':memory:'` for a throwaway one).
 *
 * @example
 * const store = await openStore('slant.db');
 * const outcome = await store.addDocument(doc); // { status: 'added', id: doc.id }
 * await store.close();
 */
export async function openStore(path: string, options?: SqliteStoreOptions): Promise<Store> {
  return SqliteStore.open(path, options);
}

/**
 * Opens the SQLite store synchronously, with its SQLite-only extras (`integrityCheck`, `schemaVersion`).
 *
 * @example
 * const store = openSqliteStore(':memory:');
 * store.integrityCheck(); // []
 */
export function openSqliteStore(path: string, options?: SqliteStoreOptions): SqliteStore {
  return SqliteStore.open(path, options);
}
