/**
 * The conflict lens: detectors for terminology, actors and claims, and the assessors of whole
 * documents (genre, frames, hyperpartisanship, side). Explicit lists, no registry; the pipeline runs
 * them after the rule detectors and the technique model. They are kept apart from
 * `createDefaultDetectors()` because those rule detectors are also features of the technique model:
 * adding one there changes the model's input and calls for retraining.
 */
import type { Assessor } from '../core/signal.js';
import type { Detector } from '../detectors/detector.js';

/**
 * The lens detectors, in a fixed order.
 *
 * @example
 * const detectors = createLensDetectors();
 */
export function createLensDetectors(): Detector[] {
  return [];
}

/**
 * The document assessors, in a fixed order.
 *
 * @example
 * const assessors = createAssessors();
 */
export function createAssessors(): Assessor[] {
  return [];
}
