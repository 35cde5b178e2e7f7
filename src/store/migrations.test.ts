/** Specification of the migration runner: ordered, one transaction each, idempotent, refuses newer schemas. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SlantError } from '../core/errors.js';
import { LATEST_SCHEMA_VERSION, migrate, MIGRATIONS, schemaVersion, type Migration } from './migrations.js';

const first: Migration = { version: 1, name: 'notes', sql: 'CREATE TABLE notes (body TEXT NOT NULL);' };
const second: Migration = { version: 2, name: 'note titles', sql: 'ALTER TABLE notes ADD COLUMN title TEXT;' };

const dirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'slant-migrations-'));
  dirs.push(dir);
  return join(dir, 'store.db');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tables(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>).map((row) => row.name);
}

function caught(action: () => unknown): SlantError {
  try {
    action();
  } catch (error) {
    if (error instanceof SlantError) return error;
    throw error;
  }
  throw new Error('expected a SlantError');
}

describe('migrate', () => {
  it('creates the whole schema on an empty database and records every version', () => {
    const db = new Database(':memory:');
    expect(migrate(db, ':memory:')).toEqual({ from: 0, to: LATEST_SCHEMA_VERSION });
    expect(tables(db)).toEqual(expect.arrayContaining(['analyses', 'document_tags', 'documents', 'documents_fts', 'findings', 'schema_migrations']));
    const recorded = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(recorded).toEqual(MIGRATIONS.map(({ version, name }) => ({ version, name })));
  });

  it('is a no-op when re-opened at the same version', () => {
    const file = tempFile();
    const db = new Database(file);
    migrate(db, file);
    db.close();
    const again = new Database(file);
    expect(migrate(again, file)).toEqual({ from: LATEST_SCHEMA_VERSION, to: LATEST_SCHEMA_VERSION });
    expect(again.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: LATEST_SCHEMA_VERSION });
    again.close();
  });

  it('upgrades a database at version N to the latest, keeping its rows', () => {
    const file = tempFile();
    const old = new Database(file);
    expect(migrate(old, file, [first])).toEqual({ from: 0, to: 1 });
    old.prepare('INSERT INTO notes (body) VALUES (?)').run('kept');
    old.close();
    const db = new Database(file);
    expect(migrate(db, file, [first, second])).toEqual({ from: 1, to: 2 });
    expect(db.prepare('SELECT body, title FROM notes').all()).toEqual([{ body: 'kept', title: null }]);
    db.close();
  });

  it('rolls a failing migration back whole and keeps the previous version', () => {
    const db = new Database(':memory:');
    const broken: Migration = { version: 2, name: 'broken', sql: 'CREATE TABLE half (a TEXT); INSERT INTO missing VALUES (1);' };
    expect(() => migrate(db, ':memory:', [first, broken])).toThrow(/no such table: missing/);
    expect(schemaVersion(db, ':memory:')).toBe(1);
    expect(tables(db)).not.toContain('half');
  });

  it('refuses a schema newer than the code, naming the file and what to do', () => {
    const file = tempFile();
    const db = new Database(file);
    migrate(db, file, [first, second]);
    const error = caught(() => migrate(db, file, [first]));
    expect(error.code).toBe('SLANT_STORE');
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/schema version 2.*only knows versions up to 1.*newer slant/);
    db.close();
  });

  it('refuses a SQLite database that belongs to something else', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE invoices (id INTEGER)');
    const error = caught(() => migrate(db, 'books.sqlite'));
    expect(error.code).toBe('SLANT_STORE');
    expect(error.message).toMatch(/books\.sqlite is a SQLite database but not a slant store.*"invoices"/);
  });

  it('rejects a migration list with a gap', () => {
    expect(() => migrate(new Database(':memory:'), ':memory:', [first, { ...second, version: 3 }])).toThrow(/version 3, expected 2/);
  });
});
