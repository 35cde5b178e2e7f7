/** A tiny hand-written weights file for tests: known words, known techniques, no training data needed. */
import { PTC_TECHNIQUES } from '../../train/datasets/ptc.js';
import { WEIGHTS_FORMAT, type TechniqueWeightsJson } from './weights.js';

const LOADED = PTC_TECHNIQUES.indexOf('Loaded_Language');
const NAME_CALLING = PTC_TECHNIQUES.indexOf('Name_Calling,Labeling');

/** A weight row over the 14 PTC labels with `weight` at class `k`. */
const row = (k: number, weight: number): number[] => PTC_TECHNIQUES.map((_, i) => (i === k ? weight : 0));

/**
 * Weights under which "thugs" is name calling and "barbaric" loaded language, with probabilities
 * far from every threshold, and a paragraph model that flags Loaded_Language on "barbaric".
 *
 * @example
 * const model = createLearnedTechniqueModel(parseTechniqueWeights(testWeightsJson()));
 */
export function testWeightsJson(): TechniqueWeightsJson {
  return {
    format: WEIGHTS_FORMAT,
    id: 'learned-test',
    lexicons: 'none',
    si: {
      model: { kind: 'binary', classes: ['technique'], bias: [-5], features: ['w=thugs', 'w=barbaric', 'w=utterly'], weights: [7, 7, 4.5] },
      decode: { extend: 0.3, threshold: 0.5, gap: 1 },
    },
    tc: {
      model: {
        kind: 'softmax',
        classes: [...PTC_TECHNIQUES],
        bias: PTC_TECHNIQUES.map(() => 0),
        features: ['sw=thugs', 'sw=barbaric', 'sw=utterly'],
        weights: [...row(NAME_CALLING, 6), ...row(LOADED, 6), ...row(LOADED, 3)],
      },
    },
    paragraph: {
      model: { kind: 'ovr', classes: ['Loaded_Language', 'Name_Calling-Labeling'], bias: [-4, -4], features: ['w=barbaric', 'w=thugs'], weights: [8, 0, 0, 8] },
      threshold: 0.5,
    },
    valence: { words: ['barbaric'], values: [-0.8] },
  };
}
