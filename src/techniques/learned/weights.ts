/** The stored form of the learned technique models (models/techniques.json.gz): three linear models and their decision settings. */
import { SlantError } from '../../core/errors.js';
import { LinearModel, type LinearModelJson } from '../../learn/linear-model.js';
import type { DecodeOptions } from './decode.js';
import { valenceFrom, type Valence } from './polarity.js';

/** The weights file format version; bumped when the shape or the features change. */
export const WEIGHTS_FORMAT = 1;

/**
 * How weights are stored: below 0.01 in magnitude dropped, 3 significant digits. Chosen by
 * cross-validation with every fold model pruned the same way: it keeps SI F1, TC and paragraph
 * micro-F1 within 0.001 of the unpruned models while cutting the file by more than half.
 */
export const WEIGHT_STORAGE = { minAbs: 0.01, digits: 3 } as const;

/** What `npm run train` writes. */
export interface TechniqueWeightsJson {
  format: number;
  /** Hash of the weights, so analyses can say which model produced them. */
  id: string;
  /** Hash of the compiled lexicons the rule features were computed with. */
  lexicons: string;
  /** Span identification: a binary token model and its decoding. */
  si: { model: LinearModelJson; decode: DecodeOptions };
  /** Technique classification: a softmax over the 14 PTC labels. */
  tc: { model: LinearModelJson };
  /** SemEval-2023 paragraph techniques: one-vs-rest over the labels seen in training, one threshold. */
  paragraph: { model: LinearModelJson; threshold: number };
  /** Valences of the training vocabulary's emotive words (wink-nlp's lexicon), for the `pol` features. */
  valence: { words: string[]; values: number[] };
}

/** The loaded models, ready to score. */
export interface TechniqueWeights {
  id: string;
  lexicons: string;
  si: { model: LinearModel; decode: Required<DecodeOptions> };
  tc: { model: LinearModel };
  paragraph: { model: LinearModel; threshold: number };
  valence: Valence;
}

function probability(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value <= 1;
}

/**
 * Validates a parsed weights file and builds its models. Throws `SLANT_DATA_INVALID` naming what is
 * wrong and how to rebuild.
 *
 * @example
 * const weights = parseTechniqueWeights(JSON.parse(gunzipSync(readFileSync('models/techniques.json.gz')).toString('utf8')));
 */
export function parseTechniqueWeights(json: unknown, source = 'models/techniques.json.gz'): TechniqueWeights {
  const bad = (what: string): never => {
    throw new SlantError('SLANT_DATA_INVALID', `${source}: ${what}; retrain with \`npm run train\``, { source });
  };
  if (typeof json !== 'object' || json === null) return bad('not an object');
  const j = json as Partial<TechniqueWeightsJson>;
  if (j.format !== WEIGHTS_FORMAT) return bad(`format ${String(j.format)}, this version reads format ${WEIGHTS_FORMAT}`);
  if (typeof j.id !== 'string' || typeof j.lexicons !== 'string') return bad('id and lexicons must be strings');
  const decode = j.si?.decode;
  if (decode === undefined || !probability(decode.extend) || !probability(decode.threshold) || !Number.isInteger(decode.gap) || (decode.gap ?? -1) < 0) {
    return bad('si.decode must have extend and threshold in [0, 1] and a non-negative integer gap');
  }
  if (!probability(j.paragraph?.threshold)) return bad('paragraph.threshold must be in [0, 1]');
  const valence = j.valence;
  if (valence === undefined || !Array.isArray(valence.words) || !Array.isArray(valence.values) || valence.words.length !== valence.values.length) {
    return bad('valence must hold words and values of the same length');
  }
  const si = LinearModel.fromJson(j.si?.model, `${source} (si)`);
  const tc = LinearModel.fromJson(j.tc?.model, `${source} (tc)`);
  const paragraph = LinearModel.fromJson(j.paragraph?.model, `${source} (paragraph)`);
  if (si.kind !== 'binary') return bad('si.model must be binary');
  if (tc.kind !== 'softmax') return bad('tc.model must be softmax');
  if (paragraph.kind !== 'ovr') return bad('paragraph.model must be one-vs-rest');
  return {
    id: j.id,
    lexicons: j.lexicons,
    si: { model: si, decode: { extend: decode.extend, threshold: decode.threshold, gap: decode.gap as number } },
    tc: { model: tc },
    paragraph: { model: paragraph, threshold: j.paragraph?.threshold as number },
    valence: valenceFrom(valence),
  };
}
