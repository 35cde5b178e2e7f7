/** Test helper: small hand-written classifiers whose answers can be worked out by hand. */
import { TextClassifier, type ClassifierJson } from './classifier.js';
import type { FeatureSpec } from './features.js';

/** Words only, binary values: the spec the hand-written models read. */
export const WORDS_ONLY: FeatureSpec = { words: true, lemmas: false, bigrams: false, rules: false, style: false, chars: [], dropStopWords: false, weighting: 'binary' };

/**
 * A classifier from feature weights given per label.
 *
 * - binary: `labels` is `[positive, negative]`, `weights` one number per feature (towards positive);
 * - softmax and ovr: `weights` one array per feature, a number per label.
 *
 * @example
 * tinyClassifier('binary', ['Biased', 'Non-biased'], { 'w=mob': 3 }, [-1]);
 */
export function tinyClassifier(
  kind: 'binary' | 'softmax' | 'ovr',
  labels: readonly string[],
  weights: Record<string, number | number[]>,
  bias: number[],
  options: { threshold?: number; spec?: FeatureSpec; name?: string } = {},
): TextClassifier {
  const features = Object.keys(weights);
  const json: ClassifierJson = {
    format: 1,
    id: `${options.name ?? 'tiny'}-000000000000`,
    name: options.name ?? 'tiny',
    unit: 'sentence',
    spec: options.spec ?? WORDS_ONLY,
    labels: [...labels],
    threshold: options.threshold ?? 0.5,
    trainedOn: 'hand-written test model',
    model: {
      kind,
      classes: kind === 'binary' ? [labels[0] as string] : [...labels],
      bias,
      features,
      weights: features.flatMap((f) => weights[f] as number | number[]),
    },
  };
  return TextClassifier.fromJson(json, 'test model');
}
