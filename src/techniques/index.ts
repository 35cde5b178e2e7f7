/** Persuasion techniques: the taxonomy, the model interface, and the loader that picks the learned model or the rule baseline. */
import { SlantError } from '../core/errors.js';
import { loadLearnedTechniqueModel, TECHNIQUE_WEIGHTS_URL } from './learned/index.js';
import type { TechniqueModel } from './model.js';
import { createRuleTechniqueModel } from './rule-model.js';

export type { RankedTechnique, TechniqueModel, TechniqueSpan } from './model.js';
export { createRuleTechniqueModel, RULE_MODEL_DEFAULT_THRESHOLD, RULE_MODEL_VERSION } from './rule-model.js';
export { categoryOf, findTechnique, loadTaxonomy, ptcToSemeval2023, semeval2023ToPtc } from './taxonomy.js';
export { TECHNIQUE_CATEGORIES, type Taxonomy, type Technique, type TechniqueCategory } from './schema.js';

/** Which model to use: the learned one when its weights are there (`auto`), always the rules, or the learned one or an error. */
export const TECHNIQUE_MODEL_CHOICES = ['auto', 'rules', 'learned'] as const;
export type TechniqueModelChoice = (typeof TECHNIQUE_MODEL_CHOICES)[number];

export interface LoadTechniqueModelOptions {
  /** Default `auto`. */
  model?: TechniqueModelChoice | undefined;
  /** The learned model's weights. Default: `models/techniques.json.gz` in the package. */
  weights?: URL | undefined;
}

/**
 * The technique model to use. `auto` gives the learned model when its weights are there, else the
 * rule baseline; `rules` always the baseline; `learned` the learned model or a `SLANT_NOT_FOUND`
 * error saying how to train it. Weights that are there but unreadable are a `SLANT_DATA_INVALID`
 * error under every choice but `rules`, never a silent fallback.
 *
 * @example
 * const model = await loadTechniqueModel({ model: 'rules' });
 * model.spans('These barbaric thugs lied.');
 */
export async function loadTechniqueModel(options: LoadTechniqueModelOptions = {}): Promise<TechniqueModel> {
  const choice = options.model ?? 'auto';
  if (!(TECHNIQUE_MODEL_CHOICES as readonly string[]).includes(choice)) {
    throw new SlantError('SLANT_USAGE', `unknown technique model "${String(choice)}"; use one of: ${TECHNIQUE_MODEL_CHOICES.join(', ')}`);
  }
  if (choice === 'rules') return createRuleTechniqueModel();
  const learned = loadLearnedTechniqueModel(options.weights ?? TECHNIQUE_WEIGHTS_URL);
  if (learned !== undefined) return learned;
  if (choice === 'learned') {
    throw new SlantError('SLANT_NOT_FOUND', 'no learned technique model is available; train one with `npm run train`, or use --model rules');
  }
  return createRuleTechniqueModel();
}
