/** Loads the committed learned technique model from models/techniques.json.gz (once), or reports that there is none. */
import { fileURLToPath } from 'node:url';
import { createLearnedTechniqueModel, type LearnedTechniqueModel } from './learned-model.js';
import { parseTechniqueWeights } from './weights.js';
import { loadWeightsOnce } from '../../learn/weights-file.js';

export { createLearnedTechniqueModel, type LearnedSpan, type LearnedTechniqueModel } from './learned-model.js';
export { createTechniquesDetector } from './detector.js';
export { parseTechniqueWeights, type TechniqueWeights, type TechniqueWeightsJson } from './weights.js';

/** Where `npm run train` writes the weights: `models/` at the package root (from src/ under tsx and from dist/ once built). */
export const TECHNIQUE_WEIGHTS_URL = new URL('../../../models/techniques.json.gz', import.meta.url);

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
  return loadWeightsOnce('technique', path, 'npm run train -- --only techniques', (json) => createLearnedTechniqueModel(parseTechniqueWeights(json, path)));
}
