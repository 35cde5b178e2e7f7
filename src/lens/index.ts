/**
 * The conflict lens: detectors for terminology, actors and claims, and the assessors of whole
 * documents (genre, frames, hyperpartisanship, side). Explicit lists, no registry; the pipeline runs
 * them after the rule detectors and the technique model. They are kept apart from
 * `createDefaultDetectors()` because those rule detectors are also features of the technique model:
 * adding one there changes the model's input and calls for retraining.
 */
import { createActorsDetector, gazetteerFromPacks } from '../actors/index.js';
import { createClassifierAssessors } from '../classify/assessors.js';
import { loadSentenceSignalsDetector } from '../classify/sentence-signals.js';
import { createDefaultClaimsDetector } from '../claims/index.js';
import type { Assessor } from '../core/signal.js';
import type { Detector } from '../detectors/detector.js';
import { createSideAssessor, createTerminologyDetector, loadPacks, type Pack } from '../packs/index.js';

/** The ids of the lens detectors, in their order (the contract suite checks they match what is built). */
export const LENS_DETECTOR_IDS = ['terminology', 'claims', 'actors', 'sentence-signals'] as const;

/** The ids of the assessors, in their order. */
export const ASSESSOR_IDS = ['side', 'genre', 'frames', 'hyperpartisan'] as const;

/** What the lens is built from. */
export interface LensOptions {
  /** Conflict packs for terminology and side (default: the compiled packs; see `loadPacksWithUser` for user packs). */
  packs?: readonly Pack[] | undefined;
  /** Build only these (by id); default all. What is not built loads nothing (models, lexicons). */
  only?: ReadonlySet<string> | undefined;
}

/** Whether `id` is to be built under `options.only`. */
const wants = (options: LensOptions, id: string): boolean => options.only === undefined || options.only.has(id);

/**
 * The lens detectors, in a fixed order.
 *
 * @example
 * const detectors = createLensDetectors();
 * const withUserPacks = createLensDetectors({ packs: loadPacksWithUser(['my-pack.yml']) });
 */
export function createLensDetectors(options: LensOptions = {}): Detector[] {
  const packs = options.packs ?? loadPacks();
  const sentenceSignals = wants(options, 'sentence-signals') ? loadSentenceSignalsDetector() : undefined;
  return [
    ...(wants(options, 'terminology') ? [createTerminologyDetector(packs)] : []),
    ...(wants(options, 'claims') ? [createDefaultClaimsDetector()] : []),
    ...(wants(options, 'actors') ? [createActorsDetector({ gazetteer: gazetteerFromPacks(packs) })] : []),
    ...(sentenceSignals === undefined ? [] : [sentenceSignals]),
  ];
}

/**
 * The document assessors, in a fixed order.
 *
 * @example
 * const assessors = createAssessors();
 */
export function createAssessors(options: LensOptions = {}): Assessor[] {
  const packs = options.packs ?? loadPacks();
  const classifiers = ['genre', 'frames', 'hyperpartisan'].some((id) => wants(options, id)) ? createClassifierAssessors().filter((a) => wants(options, a.id)) : [];
  return [...(wants(options, 'side') ? [createSideAssessor(packs)] : []), ...classifiers];
}
