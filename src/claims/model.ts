/** The check-worthiness model: loads models/check-worthy.json.gz once, scores a sentence, and says which features raised the score. */
import { fileURLToPath } from 'node:url';
import { SlantError } from '../core/errors.js';
import { LinearModel, type LinearModelJson } from '../learn/linear-model.js';
import { loadWeightsOnce } from '../learn/weights-file.js';
import type { ParsedDoc } from '../nlp/types.js';
import { describeClaimFeature } from './evidence.js';
import { sentenceFeatures, type FeatureContext } from './features.js';

/** The weights file format; bumped when the JSON shape changes. */
export const CHECK_WORTHY_FORMAT = 1;

/** How weights are stored: magnitudes below `minAbs` dropped, `digits` significant digits. */
export const CHECK_WORTHY_STORAGE = { minAbs: 0.005, digits: 3 } as const;

/** What `npm run train -- --only check-worthy` writes. */
export interface CheckWorthyWeightsJson {
  format: number;
  /** `check-worthy-<hash of the rest>`. */
  id: string;
  /** Probability at or above which a sentence is check-worthy (tuned for ClaimBuster F1 on out-of-fold predictions). */
  threshold: number;
  /** Hash of the `hedges` and `weasels` lexicons the hedge features were read with. */
  lexicons: string;
  model: LinearModelJson;
}

/** Evidence lines per sentence. */
const EVIDENCE_LINES = 4;

/** A sentence's score and the features behind it. */
export interface CheckWorthyScore {
  /** Probability of a check-worthy factual claim. */
  score: number;
  /** `score >= threshold`. */
  checkWorthy: boolean;
  /**
   * The features that raised the score most, in words with their weights (at most four). Worked
   * out when asked for: the detector asks only for the sentences it keeps.
   */
  evidence(): string[];
}

/** The loaded model, bound to the feature context it was trained with. */
export interface CheckWorthinessModel {
  readonly id: string;
  readonly threshold: number;
  /** Scores tokens `[from, to)` of a document (a sentence). */
  score(doc: ParsedDoc, from: number, to: number): CheckWorthyScore;
}

/**
 * Validates weights JSON and binds it to a feature context.
 *
 * @example
 * const model = createCheckWorthinessModel(json, { hedges: createHedgeReader(hedges, weasels) });
 */
export function createCheckWorthinessModel(json: unknown, ctx: FeatureContext, source = 'check-worthiness weights'): CheckWorthinessModel {
  const bad = (what: string): never => {
    throw new SlantError('SLANT_DATA_INVALID', `${source}: ${what}; retrain with \`npm run train -- --only check-worthy\``);
  };
  if (typeof json !== 'object' || json === null) return bad('not an object');
  const j = json as Partial<CheckWorthyWeightsJson>;
  if (j.format !== CHECK_WORTHY_FORMAT) return bad(`format ${String(j.format)}, expected ${CHECK_WORTHY_FORMAT}`);
  if (typeof j.id !== 'string' || j.id.length === 0) return bad('missing id');
  if (typeof j.threshold !== 'number' || !(j.threshold > 0 && j.threshold < 1)) return bad('threshold must be between 0 and 1');
  const linear = LinearModel.fromJson(j.model, source);
  if (linear.kind !== 'binary') return bad(`model kind ${linear.kind}, expected binary`);
  const threshold = j.threshold;
  return {
    id: j.id,
    threshold,
    score(doc, from, to) {
      // Presence features, as in training: each counts once.
      const features = new Set(sentenceFeatures(doc, from, to, ctx));
      let z = linear.bias[0] as number;
      const present: Array<{ feature: string; weight: number }> = [];
      for (const feature of features) {
        const row = linear.index.get(feature);
        if (row === undefined) continue;
        const weight = linear.table[row] as number;
        z += weight;
        if (weight > 0) present.push({ feature, weight });
      }
      const score = 1 / (1 + Math.exp(-z));
      const evidence = (): string[] => {
        // The features that raised the score most (ties by name, so evidence is stable), in words.
        present.sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1));
        const lines = new Set<string>();
        for (const { feature, weight } of present) {
          const text = describeClaimFeature(feature);
          if (text !== undefined) lines.add(`${text} (+${weight.toFixed(2)})`);
          if (lines.size === EVIDENCE_LINES) break;
        }
        return [...lines];
      };
      return { score, checkWorthy: score >= threshold, evidence };
    },
  };
}

/** Where `npm run train` writes the weights: `models/` at the package root (from src/ under tsx and from dist/ once built). */
export const CHECK_WORTHY_WEIGHTS_URL = new URL('../../models/check-worthy.json.gz', import.meta.url);

/**
 * The shipped check-worthiness model bound to `ctx`; undefined when no weights are there (claims
 * then rest on numbers alone). The file is read once per path. Throws `SLANT_DATA_INVALID` for a
 * file that is there but unreadable or malformed.
 *
 * @example
 * const model = loadCheckWorthinessModel(ctx);
 * model?.score(doc, sentence.tokenStart, sentence.tokenEnd).score;
 */
export function loadCheckWorthinessModel(ctx: FeatureContext, url: URL = CHECK_WORTHY_WEIGHTS_URL): CheckWorthinessModel | undefined {
  const path = fileURLToPath(url);
  const json = loadWeightsOnce('check-worthiness', path, 'npm run train -- --only check-worthy', (j) => j);
  return json === undefined ? undefined : createCheckWorthinessModel(json, ctx, path);
}
