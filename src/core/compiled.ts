/** Reading what `npm run build:data` compiles into `generated/`: once per file, checked against its schema. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { SlantError } from './errors.js';

const caches = new Map<string, Map<string, unknown>>();

/**
 * The compiled JSON at `url`, validated by `schema`, read once per `what` and path. Every failure
 * (missing, not JSON, wrong shape) is a `SLANT_DATA_INVALID` error naming the file, what is wrong
 * and that `npm run build:data` rebuilds it from `from`.
 *
 * @example
 * const { packs } = loadCompiled(COMPILED_PACKS_URL, CompiledPacksSchema, 'compiled packs', 'data/packs');
 */
export function loadCompiled<T>(url: URL, schema: z.ZodType<T>, what: string, from: string): T {
  const path = fileURLToPath(url);
  let cache = caches.get(what);
  if (cache === undefined) {
    cache = new Map();
    caches.set(what, cache);
  }
  if (cache.has(path)) return cache.get(path) as T;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new SlantError('SLANT_DATA_INVALID', `${what} not found; run \`npm run build:data\` to build them from ${from}`, { source: path, cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SlantError('SLANT_DATA_INVALID', `${what} are not valid JSON; run \`npm run build:data\` again`, { source: path, cause: error });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first === undefined ? '' : ` at ${first.path.map(String).join('.')}: ${first.message}`;
    throw new SlantError('SLANT_DATA_INVALID', `${what} have an unexpected shape${where}; run \`npm run build:data\` again`, { source: path });
  }
  cache.set(path, parsed.data);
  return parsed.data;
}
