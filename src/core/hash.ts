/** Stable hashes for ids and cache keys. */
import { createHash } from 'node:crypto';

/** Hex SHA-256 of a string (UTF-8), optionally truncated to `length` hex digits. */
export function sha256(value: string, length = 64): string {
  return createHash('sha256').update(value, 'utf8').digest('hex').slice(0, length);
}

/** JSON with object keys sorted, so equal values always serialize (and hash) the same way. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}
