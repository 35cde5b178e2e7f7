/** Test helper: a tiny hand-weighted check-worthiness model whose scores can be computed by hand. */
import { testLexicon } from '../detectors/test-helper.js';
import type { FeatureContext } from './features.js';
import { createHedgeReader } from './hedging.js';
import { createCheckWorthinessModel, type CheckWorthinessModel, type CheckWorthyWeightsJson } from './model.js';

/**
 * Bias −2; `num` (a quantity) +3, the word “council” +1.5, the word “hello” −2; threshold 0.5. So
 * "The council counted 40 trucks." scores σ(2.5) = 0.924, "The council met." σ(−0.5) = 0.378, and
 * a sentence with none of them σ(−2) = 0.119.
 */
export const TEST_WEIGHTS: CheckWorthyWeightsJson = {
  format: 1,
  id: 'check-worthy-test',
  threshold: 0.5,
  lexicons: 'test',
  model: { kind: 'binary', classes: ['check-worthy'], bias: [-2], features: ['num', 'w=council', 'w=hello'], weights: [3, 1.5, -2] },
};

/** The hedge reader over the lexicons in data/. */
export function testFeatureContext(): FeatureContext {
  return { hedges: createHedgeReader(testLexicon('hedges'), testLexicon('weasels')) };
}

/** The model of `TEST_WEIGHTS`. */
export function testCheckWorthinessModel(): CheckWorthinessModel {
  return createCheckWorthinessModel(TEST_WEIGHTS, testFeatureContext(), 'test weights');
}
