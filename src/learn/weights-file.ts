/** Reading a model's gzipped JSON weights: once per file, `undefined` when absent, a clear error when broken. */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { SlantError } from '../core/errors.js';

const caches = new Map<string, Map<string, unknown>>();

/**
 * Reads the gzipped JSON at `path` and turns it into a model with `parse`, once per `kind` and
 * path. Returns `undefined` when there is no file (the reading the model serves is then left out);
 * a file that is there but not gzipped JSON throws `SLANT_DATA_INVALID` naming it and `retrain`,
 * never a silent fallback; `parse` throws its own errors for JSON of the wrong shape.
 *
 * @example
 * const model = loadWeightsOnce('entity-roles', path, 'npm run train -- --only entity-roles', (json) => parseEntityRoleWeights(json, path));
 */
export function loadWeightsOnce<T>(kind: string, path: string, retrain: string, parse: (json: unknown) => T): T | undefined {
  let cache = caches.get(kind);
  if (cache === undefined) {
    cache = new Map();
    caches.set(kind, cache);
  }
  if (cache.has(path)) return cache.get(path) as T;
  if (!existsSync(path)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8'));
  } catch (error) {
    throw new SlantError('SLANT_DATA_INVALID', `${kind} weights are not gzipped JSON; retrain with \`${retrain}\``, { source: path, cause: error });
  }
  const model = parse(json);
  cache.set(path, model);
  return model;
}
