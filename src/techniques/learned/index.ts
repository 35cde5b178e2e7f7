/** Loads the committed learned technique model from models/techniques.json.gz (once), or reports that there is none. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { SlantError } from '../../core/errors.js';
import { createLearnedTechniqueModel, type LearnedTechniqueModel } from './learned-model.js';
import { parseTechniqueWeights } from './weights.js';

export { createLearnedTechniqueModel, type LearnedSpan, type LearnedTechniqueModel } from './learned-model.js';
export { createTechniquesDetector } from './detector.js';
export { parseTechniqueWeights, type TechniqueWeights, type TechniqueWeightsJson } from './weights.js';

/** Where `npm run train` writes the weights: `models/` at the package root (from src/ under tsx and from dist/ once built). */
export const TECHNIQUE_WEIGHTS_URL = new URL('../../../models/techniques.json.gz', import.meta.url);

const cache = new Map<string, LearnedTechniqueModel>();

/**
 * The learned technique model, loaded once per weights file; undefined when no weights are there
 * (the rule-based model is the fallback). Throws `SLANT_DATA_INVALID` for a file that is there but
 * unreadable or malformed, rather than silently falling back.
 *
 * @example
 * const model = loadLearnedTechniqueModel();
 * model?.spans('They are nothing but thugs!');
 */
export function loadLearnedTechniqueModel(url: URL = TECHNIQUE_WEIGHTS_URL): LearnedTechniqueModel | undefined {
  const path = fileURLToPath(url);
  const cached = cache.get(path);
  if (cached !== undefined) return cached;
  if (!existsSync(path)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8'));
  } catch (error) {
    throw new SlantError('SLANT_DATA_INVALID', 'technique weights are not gzipped JSON; retrain with `npm run train`', { source: path, cause: error });
  }
  const model = createLearnedTechniqueModel(parseTechniqueWeights(json, path));
  cache.set(path, model);
  return model;
}
