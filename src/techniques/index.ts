/** Persuasion techniques: the taxonomy, the model interface, and the loader that picks the learned model or the rule baseline. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SlantError } from '../core/errors.js';
import type { TechniqueModel } from './model.js';
import { createRuleTechniqueModel } from './rule-model.js';

export type { RankedTechnique, TechniqueModel, TechniqueSpan } from './model.js';
export { createRuleTechniqueModel, RULE_MODEL_DEFAULT_THRESHOLD, RULE_MODEL_VERSION } from './rule-model.js';
export { categoryOf, findTechnique, loadTaxonomy, ptcToSemeval2023, semeval2023ToPtc } from './taxonomy.js';
export { TECHNIQUE_CATEGORIES, type Taxonomy, type Technique, type TechniqueCategory } from './schema.js';

/** Which model to use: the learned one when it is there (`auto`), always the rules, or the learned one or an error. */
export const TECHNIQUE_MODEL_CHOICES = ['auto', 'rules', 'learned'] as const;
export type TechniqueModelChoice = (typeof TECHNIQUE_MODEL_CHOICES)[number];

/**
 * The learned model's entry point, owned by `src/techniques/learned/`: a module exporting
 * `loadLearnedTechniqueModel(): TechniqueModel | undefined` (undefined when no weights are shipped).
 * Loaded by path, not by a static import, so that this loader compiles and runs before that module exists.
 */
export const LEARNED_MODULE_URL = new URL('./learned/index.js', import.meta.url);

export interface LoadTechniqueModelOptions {
  /** Default `auto`. */
  model?: TechniqueModelChoice | undefined;
  /** Where the learned model's module is (tests point it elsewhere). */
  learnedModule?: URL | undefined;
}

/**
 * The technique model to use. `auto` gives the learned model when its module and weights are there,
 * else the rule baseline; `rules` always the baseline; `learned` the learned model or a
 * `SLANT_NOT_FOUND` error saying how to train it.
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
  const learned = await loadLearned(options.learnedModule ?? LEARNED_MODULE_URL);
  if (learned !== undefined) return learned;
  if (choice === 'learned') {
    throw new SlantError('SLANT_NOT_FOUND', 'no learned technique model is available; train one with `npm run train`, or use --model rules');
  }
  return createRuleTechniqueModel();
}

/** Imports the learned model's module when it exists (compiled `.js`, or `.ts` when running from source) and asks it for a model. */
async function loadLearned(url: URL): Promise<TechniqueModel | undefined> {
  const candidates = [url, new URL(url.href.replace(/\.js$/, '.ts'))];
  const found = candidates.find((u) => existsSync(fileURLToPath(u)));
  if (found === undefined) return undefined;
  const mod = (await import(found.href)) as { loadLearnedTechniqueModel?: unknown };
  if (typeof mod.loadLearnedTechniqueModel !== 'function') {
    throw new SlantError('SLANT_DATA_INVALID', 'the learned technique module does not export loadLearnedTechniqueModel()', { source: fileURLToPath(found) });
  }
  return ((await mod.loadLearnedTechniqueModel()) as TechniqueModel | undefined) ?? undefined;
}
