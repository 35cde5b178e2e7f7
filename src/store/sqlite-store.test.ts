/** The SQLite store: the shared contract (in memory and on disk) plus what only SQLite has. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SlantError } from '../core/errors.js';
import { LATEST_SCHEMA_VERSION, openSqliteStore, openStore } from './index.js';
import { runStoreContract, testDocument } from '../../test/contract/store-contract.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'slant-store-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  vi.restoreAllMocks();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

runStoreContract('sqlite :memory:', async () => openStore(':memory:'));
runStoreContract('sqlite file', async () => openStore(join(tempDir(), 'store.db')));

function openError(action: () => unknown): SlantError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(SlantError);
    return error as SlantError;
  }
  throw new Error('expected opening to fail');
}

async function rejection(promise: Promise<unknown>): Promise<SlantError> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(SlantError);
      return error as SlantError;
    },
  );
}

describe('opening a SQLite store', () => {
  it('sets WAL, synchronous NORMAL, foreign keys and a 5 s busy timeout', async () => {
    const store = openSqliteStore(join(tempDir(), 'store.db'));
    expect(store.settings()).toEqual({ journalMode: 'wal', synchronous: 1, foreignKeys: true, busyTimeoutMs: 5000 });
    expect(store.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    await store.close();
  });

  it('keeps data and version across close and re-open', async () => {
    const file = join(tempDir(), 'store.db');
    const doc = testDocument('Kept across sessions.');
    const first = openSqliteStore(file);
    await first.addDocument(doc);
    await first.close();
    const second = openSqliteStore(file);
    expect(second.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect((await second.getDocument(doc.id))?.text).toBe(doc.text);
    await second.close();
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: LATEST_SCHEMA_VERSION });
    raw.close();
  });

  it('treats a damaged term stream as missing, so it is rebuilt, not fatal', async () => {
    const file = join(tempDir(), 'store.db');
    const doc = testDocument('A stream that will be damaged.');
    const store = openSqliteStore(file);
    await store.addDocument(doc);
    await store.saveTermStream(doc.id, 1, '5\nstream');
    await store.close();
    const raw = new Database(file);
    raw.prepare('UPDATE term_streams SET stream = ?').run(Buffer.from([0xff, 0xfe, 0x00, 0x13]));
    raw.close();
    const reopened = openSqliteStore(file);
    expect(await reopened.termStream(doc.id, 1)).toBeUndefined();
    await reopened.saveTermStream(doc.id, 1, '5\nagain');
    expect(await reopened.termStream(doc.id, 1)).toBe('5\nagain');
    await reopened.close();
  });

  it('upgrades a version 1 store (no term streams) in place, keeping its documents', async () => {
    const file = join(tempDir(), 'store.db');
    const doc = testDocument('Kept across the upgrade.');
    const current = openSqliteStore(file);
    await current.addDocument(doc);
    await current.close();
    // Made a version 1 file: what migration 2 added is taken away again.
    const raw = new Database(file);
    raw.exec('DROP TABLE term_streams; DELETE FROM schema_migrations WHERE version = 2;');
    raw.close();
    expect(openError(() => openSqliteStore(file, { readonly: true })).message).toMatch(/schema version 1 and needs upgrading/);
    const store = openSqliteStore(file);
    expect(store.schemaVersion).toBe(2);
    expect((await store.getDocument(doc.id))?.text).toBe(doc.text);
    await store.saveTermStream(doc.id, 1, '4\nkept');
    expect(await store.termStream(doc.id, 1)).toBe('4\nkept');
    await store.close();
  });

  it.each([
    { name: 'a text file', content: 'This is not a database. '.repeat(50), pattern: /is not a SQLite database.*give the path of a store file/ },
    { name: 'a file with a SQLite-like header', content: `SQLite format 3\0${'x'.repeat(200)}`, pattern: /not a SQLite database|is damaged/ },
  ])('refuses $name with SLANT_STORE naming the file', ({ content, pattern }) => {
    const file = join(tempDir(), 'notes.db');
    writeFileSync(file, content);
    const error = openError(() => openSqliteStore(file));
    expect(error.code).toBe('SLANT_STORE');
    expect(error.message).toContain(file);
    expect(error.message).toMatch(pattern);
  });

  it('refuses a SQLite database of another application', () => {
    const file = join(tempDir(), 'other.sqlite');
    const raw = new Database(file);
    raw.exec('CREATE TABLE invoices (id INTEGER)');
    raw.close();
    const error = openError(() => openSqliteStore(file));
    expect(error.code).toBe('SLANT_STORE');
    expect(error.message).toMatch(/other\.sqlite is a SQLite database but not a slant store/);
  });

  it('refuses a store written by a newer slant', async () => {
    const file = join(tempDir(), 'store.db');
    await openSqliteStore(file).close();
    const raw = new Database(file);
    raw.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'from the future', '2099-01-01')").run(LATEST_SCHEMA_VERSION + 1);
    raw.close();
    const error = openError(() => openSqliteStore(file));
    expect(error.code).toBe('SLANT_STORE');
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/newer slant/);
  });

  it('refuses a path in a folder that does not exist', () => {
    const file = join(tempDir(), 'missing', 'store.db');
    const error = openError(() => openSqliteStore(file));
    expect(error.code).toBe('SLANT_STORE');
    expect(error.message).toContain(file);
  });

  it.each([-1, 2.5, 65])('refuses a near-duplicate distance of %d', (distance) => {
    expect(openError(() => openSqliteStore(':memory:', { nearDuplicateDistance: distance })).code).toBe('SLANT_USAGE');
  });
});

describe('a read-only SQLite store', () => {
  it('reads but refuses to write', async () => {
    const file = join(tempDir(), 'store.db');
    const writer = openSqliteStore(file);
    const doc = testDocument('Read me only.');
    await writer.addDocument(doc);
    await writer.close();
    const reader = openSqliteStore(file, { readonly: true });
    expect((await reader.getDocument(doc.id))?.text).toBe(doc.text);
    expect((await reader.search('read')).map((hit) => hit.id)).toEqual([doc.id]);
    const error = await rejection(reader.addDocument(testDocument('New one.')));
    expect(error.code).toBe('SLANT_STORE');
    expect(error.message).toMatch(/cannot be written/);
    await reader.close();
  });

  it('is never created, and is not upgraded', () => {
    const dir = tempDir();
    expect(openError(() => openSqliteStore(join(dir, 'absent.db'), { readonly: true })).code).toBe('SLANT_STORE');
    const empty = join(dir, 'empty.db');
    writeFileSync(empty, '');
    const error = openError(() => openSqliteStore(empty, { readonly: true }));
    expect(error.message).toMatch(/schema version 0 and needs upgrading.*without read-only/);
  });
});

describe('near-duplicate detection in SQLite', () => {
  const base = testDocument('Original.', { simhash: 'f0f0f0f0f0f0f0f0' });
  const fiveBitsAway = testDocument('Five bits away.', { simhash: 'f0f0f0f0f0f0f0ef' });

  it.each([
    { distance: 0, copy: testDocument('Same hash.', { simhash: 'F0F0F0F0F0F0F0F0' }), expected: 0 },
    { distance: 0, copy: testDocument('One bit.', { simhash: 'f0f0f0f0f0f0f0f1' }), expected: undefined },
    { distance: 5, copy: fiveBitsAway, expected: 5 },
    { distance: 4, copy: fiveBitsAway, expected: undefined },
    { distance: 20, copy: fiveBitsAway, expected: 5 },
  ])('with distance $distance, $copy.simhash → $expected', async ({ distance, copy, expected }) => {
    const store = openSqliteStore(':memory:', { nearDuplicateDistance: distance });
    await store.addDocument(base);
    const outcome = await store.addDocument(copy);
    expect(outcome.status === 'added' ? outcome.distance : 'duplicate').toBe(expected);
    await store.close();
  });

  it('loads the hashes of documents stored in an earlier session', async () => {
    const file = join(tempDir(), 'store.db');
    const first = openSqliteStore(file);
    await first.addDocument(base);
    await first.close();
    const second = openSqliteStore(file);
    const copy = testDocument('Copy in a later session.', { simhash: 'f0f0f0f0f0f0f0f2' });
    expect(await second.addDocument(copy)).toEqual({ status: 'added', id: copy.id, nearDuplicateOf: base.id, distance: 1 });
    await second.close();
  });
});

describe('SQLite statements and streaming', () => {
  it('prepares a filter shape once, whatever its values', async () => {
    const store = openSqliteStore(':memory:');
    await store.listDocuments({ side: 'a', limit: 1 });
    const prepare = vi.spyOn(Database.prototype, 'prepare');
    await store.listDocuments({ side: 'b', limit: 2 });
    await store.countDocuments({ side: 'c' });
    await store.countDocuments({ side: 'd' });
    expect(prepare).toHaveBeenCalledTimes(1);
    await store.close();
  });

  it('fetches one page, not the whole table, when the caller stops early', async () => {
    const store = openSqliteStore(':memory:');
    for (let i = 0; i < 1000; i += 1) await store.addDocument(testDocument(`Row ${i}.`));
    const raw = new Database(':memory:');
    const statementProto = Object.getPrototypeOf(raw.prepare('SELECT 1')) as { all: (...args: unknown[]) => unknown[] };
    let rowsFetched = 0;
    const all = statementProto.all;
    vi.spyOn(statementProto, 'all').mockImplementation(function (this: unknown, ...args: unknown[]) {
      const rows = all.apply(this, args);
      rowsFetched += rows.length;
      return rows;
    });
    for await (const doc of store.iterateDocuments()) {
      expect(doc.text).toBe('Row 0.');
      break;
    }
    expect(rowsFetched).toBeGreaterThan(0);
    expect(rowsFetched).toBeLessThanOrEqual(256);
    raw.close();
    await store.close();
  });

  it('stores finding offsets exactly as given, even over astral characters', async () => {
    const store = openSqliteStore(':memory:');
    const doc = testDocument('🕊️ Мир — «so-called» peace');
    await store.addDocument(doc);
    const start = doc.text.indexOf('so-called');
    const finding = { detector: 'scare-quotes', rule: 'scare-quotes/so-called', label: 'So-called', start, end: start + 9, text: 'so-called', reason: 'r', confidence: 0.9 };
    await store.saveAnalysis({ docId: doc.id, analyzer: { key: 'k', version: '1', stages: [], resources: {}, options: {} }, createdAt: 'now', findings: [finding], summary: {} });
    const [read] = (await store.getAnalysis(doc.id, 'k'))?.findings ?? [];
    expect(read).toEqual(finding);
    expect(doc.text.slice(read?.start, read?.end)).toBe('so-called');
    await store.close();
  });
});

describe('SQLite crash safety', () => {
  it('rolls back a save that breaks a constraint midway', async () => {
    const store = openSqliteStore(':memory:');
    const doc = testDocument('Constraint test.');
    await store.addDocument(doc);
    const good = { detector: 'd', rule: 'd/r', label: 'L', start: 0, end: 4, text: 'Cons', reason: 'r', confidence: 0.5 };
    const analysis = { docId: doc.id, analyzer: { key: 'k', version: '1', stages: [], resources: {}, options: {} }, createdAt: 't1', findings: [good], summary: {} };
    await store.saveAnalysis(analysis);
    const error = await rejection(store.saveAnalysis({ ...analysis, createdAt: 't2', findings: [good, { ...good, start: -1 }] }));
    expect(error.code).toBe('SLANT_STORE');
    expect(error.message).toMatch(/CHECK constraint failed/);
    expect(await store.getAnalysis(doc.id, 'k')).toStrictEqual(analysis);
    await store.close();
  });

  it('reports what is wrong with a damaged full-text index', async () => {
    const file = join(tempDir(), 'store.db');
    const store = openSqliteStore(file);
    const doc = testDocument('Indexed words here.', { title: 'T' });
    await store.addDocument(doc);
    expect(store.integrityCheck()).toEqual([]);
    const raw = new Database(file);
    const { seq } = raw.prepare('SELECT seq FROM documents WHERE id = ?').get(doc.id) as { seq: number };
    raw.prepare("INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)").run(seq, doc.title, doc.text);
    raw.close();
    expect(store.integrityCheck()).toEqual([expect.stringMatching(/^full-text index: /)]);
    await store.close();
  });
});
