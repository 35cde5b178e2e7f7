/** The learned entity-role model (models/entity-roles.json.gz): a softmax over mention features, its stored form, loading and evidence. */
import { fileURLToPath } from 'node:url';
import { SlantError } from '../core/errors.js';
import { LinearModel, type Contribution, type LinearModelJson } from '../learn/linear-model.js';
import { loadWeightsOnce } from '../learn/weights-file.js';
import { valenceFrom, type Valence } from '../techniques/learned/polarity.js';
import { FEATURE_DEFAULTS, type FeatureParams } from './features.js';

/** The weights file format; bumped when the shape or the feature templates change. */
export const ENTITY_ROLES_FORMAT = 1;

/** The SemEval-2025 Task 10 main roles, in the model's class order. */
export const MAIN_ROLES = ['Protagonist', 'Antagonist', 'Innocent'] as const;
export type MainRoleLabel = (typeof MAIN_ROLES)[number];

/** What `npm run train -- --only entity-roles` writes. */
export interface EntityRoleWeightsJson {
  format: number;
  /** Hash of the weights, so analyses can say which model produced them. */
  id: string;
  /** Hash of the compiled lexicons the features were computed with. */
  lexicons: string;
  params: FeatureParams;
  model: LinearModelJson;
  /** Word valences (wink-nlp's sentiment lexicon) for the valence features and for portrayal. */
  valence: { words: string[]; values: number[] };
}

/** A loaded model, ready to score a mention's features. */
export interface EntityRoleModel {
  readonly id: string;
  readonly params: FeatureParams;
  readonly valence: Valence;
  readonly linear: LinearModel;
  /** Probabilities in `MAIN_ROLES` order. */
  probabilities(features: readonly string[]): Float64Array;
  /** The features that pushed class `k` most, strongest first. */
  contributions(features: readonly string[], k: number, top?: number): Contribution[];
}

/**
 * Validates a parsed weights file and builds the model; throws `SLANT_DATA_INVALID` naming what is
 * wrong and how to rebuild.
 *
 * @example
 * const model = parseEntityRoleWeights(JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')));
 */
export function parseEntityRoleWeights(json: unknown, source = 'models/entity-roles.json.gz'): EntityRoleModel {
  const bad = (what: string): never => {
    throw new SlantError('SLANT_DATA_INVALID', `${source}: ${what}; retrain with \`npm run train -- --only entity-roles\``, { source });
  };
  if (typeof json !== 'object' || json === null) return bad('not an object');
  const j = json as Partial<EntityRoleWeightsJson>;
  if (j.format !== ENTITY_ROLES_FORMAT) return bad(`format ${String(j.format)}, this version reads format ${ENTITY_ROLES_FORMAT}`);
  if (typeof j.id !== 'string' || typeof j.lexicons !== 'string') return bad('id and lexicons must be strings');
  const window = j.params?.window;
  if (!Number.isInteger(window) || (window as number) < 0) return bad('params.window must be a non-negative integer');
  const valence = j.valence;
  if (valence === undefined || !Array.isArray(valence.words) || !Array.isArray(valence.values) || valence.words.length !== valence.values.length) {
    return bad('valence must hold words and values of the same length');
  }
  const linear = LinearModel.fromJson(j.model, source);
  if (linear.kind !== 'softmax' || linear.classes.join() !== MAIN_ROLES.join()) return bad(`model must be a softmax over ${MAIN_ROLES.join(', ')}`);
  const params: FeatureParams = { ...FEATURE_DEFAULTS, window: window as number };
  return {
    id: j.id,
    params,
    valence: valenceFrom(valence),
    linear,
    probabilities: (features) => linear.probabilities(features),
    contributions: (features, k, top = 3) => linear.contributions(features, k, top),
  };
}

/** Where training writes the weights: `models/` at the package root (from src/ under tsx and from dist/ once built). */
export const ENTITY_ROLES_URL = new URL('../../models/entity-roles.json.gz', import.meta.url);

/**
 * The learned entity-role model, loaded once per file; undefined when the file is not there (the
 * lens then decides roles by its rules alone). A file that is there but unreadable throws.
 *
 * @example
 * const model = loadEntityRoleModel();
 */
export function loadEntityRoleModel(url: URL = ENTITY_ROLES_URL): EntityRoleModel | undefined {
  const path = fileURLToPath(url);
  return loadWeightsOnce('entity-role', path, 'npm run train -- --only entity-roles', (json) => parseEntityRoleWeights(json, path));
}

const POLARITY_WORDS: Record<string, string> = { negative: 'negative', positive: 'positive', sympathy: 'sympathetic' };
const HOW_WORDS: Record<string, string> = { modifier: 'word before the name', apposition: 'apposition', predicate: 'predicate', possessive: 'said to be its' };
const q = (v: string): string => `“${v}”`;
const VALENCE_WORDS: Record<string, string> = { '-': 'negative', '+': 'positive', '0': 'neutral' };
const CUE_WORDS: Record<string, string> = {
  'h:negative': 'a harm word',
  'h:positive': 'a help word',
  'e:negative': 'a loaded negative word',
  'e:positive': 'a glorifying word',
  'e:sympathy': 'a word asking for sympathy',
  speech: 'a reporting verb',
  'v-': 'a negative word',
  'v+': 'a positive word',
};

/** `cbn=h:negative` → "a harm word just before"; `ca=h:attack` → "an attack word after it in the sentence". */
function cueFeature(prefix: string, value: string): string | undefined {
  const m = /^c([ba])([nf]?)$/.exec(prefix);
  if (m === null) return undefined;
  const where = `${m[2] === 'n' ? 'just ' : m[2] === 'f' ? 'further ' : ''}${m[1] === 'b' ? 'before' : 'after'}`;
  const what = CUE_WORDS[value] ?? (value.startsWith('h:') ? `${/^[aeiou]/.test(value.slice(2)) ? 'an' : 'a'} ${value.slice(2)} word` : value);
  return `${what} ${where} in the sentence`;
}

/**
 * A feature of the role model as a phrase a reader can check against the text.
 *
 * @example
 * describeFeature('mh=patient:harm'); // 'suffers harm here'
 * describeFeature('w-=kill'); // '“kill” just before'
 */
export function describeFeature(feature: string): string {
  const eq = feature.indexOf('=');
  const prefix = eq === -1 ? feature : feature.slice(0, eq);
  const value = eq === -1 ? '' : feature.slice(eq + 1);
  const [a = '', b = ''] = value.split(':');
  switch (prefix) {
    case 'e':
      return `the name contains ${q(value)}`;
    case 'k':
      return value === 'unknown' ? 'a name of unknown kind' : `${/^[aeiou]/.test(value) ? 'an' : 'a'} ${value}`;
    case 'w-':
    case 'w-1':
      return `${q(value)} just before`;
    case 'w+':
    case 'w+1':
      return `${q(value)} just after`;
    case 'mp':
      return `${POLARITY_WORDS[a] ?? a} ${HOW_WORDS[b] ?? b} here`;
    case 'ap':
      return b === '' ? `portrayed as ${POLARITY_WORDS[a] ?? a} somewhere` : `${POLARITY_WORDS[a] ?? a} ${HOW_WORDS[b] ?? b} somewhere`;
    case 'mh':
      return `${a === 'agent' ? 'does' : 'suffers'} ${b === 'help' ? 'help' : b === 'harm' ? 'harm' : b} here`;
    case 'ah':
      return `${a === 'agent' ? 'does' : 'suffers'} ${b} in the text`;
    case 'rule':
      return `the rules say ${value}`;
    case 'sv':
      return value === '0' ? 'a neutral sentence' : value.startsWith('-') ? 'a negative sentence' : 'a positive sentence';
    case 's-':
      return 'negative words in the sentence';
    case 's+':
      return 'positive words in the sentence';
    case 'll':
      return `${POLARITY_WORDS[value] ?? value} loaded words in the sentence`;
    case 'n':
      return value === '0' ? 'named once' : 'named several times';
    case 'title':
      return 'named in the title';
    case 'quoted':
      return 'inside a quotation';
    case 'speaker':
      return 'quoted as a source here';
    case 'actor-speaker':
      return 'quoted as a source in the text';
    case 'victim':
      return 'a group of civilians, children or the like';
    case 'dll':
      return value === '0' ? 'a text with little loaded language' : 'a text heavy with loaded language';
    case 'subj':
      return `subject of ${q(value)}`;
    case 'pass':
      return `${q(value)} done to it`;
    case 'obj':
      return `object of ${q(value)}`;
    case 'subjv':
    case 'passv':
    case 'objv':
      return `${prefix === 'subjv' ? 'subject of' : prefix === 'passv' ? 'undergoes' : 'object of'} a ${VALENCE_WORDS[value] ?? 'neutral'} verb`;
    case 'prep':
      return `after ${q(value)}`;
    case 'phead':
      return `after ${q(value.replace('_', ' '))}`;
    case 'pheadv':
      return `after a ${VALENCE_WORDS[a.split('_')[0] ?? ''] ?? 'neutral'} word and ${q(value.split('_')[1] ?? '')}`;
    default:
      return cueFeature(prefix, value) ?? feature;
  }
}
