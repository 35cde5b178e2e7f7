/** What every command gets: the terminal, the store location, and output helpers. */
import { resolve } from 'node:path';
import { SlantError } from '../core/errors.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/store.js';
import type { Io } from './io.js';

export const FORMATS = ['pretty', 'json', 'jsonl', 'md'] as const;
export type Format = (typeof FORMATS)[number];

export interface CommandContext {
  io: Io;
  /** Resolved path of the SQLite database. */
  dbPath: string;
}

/** The database path: `--db`, else `SLANT_DB`, else `./slant.db`. */
export function resolveDbPath(io: Io, db: string | undefined): string {
  const chosen = db ?? io.env.SLANT_DB ?? 'slant.db';
  return chosen === ':memory:' ? chosen : resolve(io.cwd, chosen);
}

/** Opens the store, runs `fn`, and always closes it. */
export async function withStore<T>(ctx: CommandContext, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(ctx.dbPath);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Validates a `--format` value against the formats a command supports. */
export function parseFormat<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new SlantError('SLANT_USAGE', `unknown format "${value}"; use one of: ${allowed.join(', ')}`);
}

/** Writes one JSON document, or one JSON object per line. */
export function writeJson(io: Io, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
}

export function writeJsonl(io: Io, values: Iterable<unknown>): void {
  for (const v of values) io.out(`${JSON.stringify(v)}\n`);
}

/** Escapes a value for a Markdown table cell. */
export function mdCell(value: unknown): string {
  return String(value ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}
