/** The analysis pipeline: parse once, run the detectors, summarize; each run records what produced it. */
import type { Detector } from '../detectors/detector.js';
import { createDefaultDetectors, RULE_DETECTOR_IDS, runDetectors } from '../detectors/index.js';
import { loadLexicons } from '../lexicon/load.js';
import { createSideModelAssessor } from '../classify/side-model.js';
import { ASSESSOR_IDS, createAssessors, createLensDetectors, LENS_DETECTOR_IDS } from '../lens/index.js';
import { loadPacksWithUser } from '../packs/index.js';
import { parse } from '../nlp/parse.js';
import type { ParsedDoc } from '../nlp/types.js';
import { createTechniquesDetector, loadLearnedTechniqueModel } from '../techniques/learned/index.js';
import type { AnalyzerInfo } from '../store/store.js';
import { SlantError } from './errors.js';
import type { Finding } from './finding.js';
import type { Assessor, DocumentSignal } from './signal.js';
import { sha256, stableStringify } from './hash.js';
import { VERSION } from './version.js';

/** Options that change what an analysis contains (and therefore its cache key). */
export interface AnalyzeOptions {
  /** Drop findings below this confidence (0–1). Default 0: keep everything, let the reader filter. */
  minConfidence?: number | undefined;
  /** Run only these detectors and assessors (by id). Default: all. */
  detectors?: string[] | undefined;
  /** Leave these detectors and assessors out (by id), e.g. `techniques` for a fast pass without the technique model. */
  skip?: string[] | undefined;
  /**
   * Only the rule detectors, terminology and side by pack (`FAST_STAGES`): no POS tags and no
   * trained model. Many times faster than the default analysis (`npm run bench`).
   */
  fast?: boolean | undefined;
  /** A side model trained by `slant train side` (a file path): its reading is added to the assessors. */
  sideModel?: string | undefined;
  /** Terminology pack files (YAML) added to the shipped packs; a user pack with a shipped id replaces it (`--pack`). */
  packs?: string[] | undefined;
}

/** Document-level figures that go with the findings. */
export interface AnalysisSummary {
  words: number;
  sentences: number;
  paragraphs: number;
  findings: number;
  /** Findings per detector. */
  byDetector: Record<string, number>;
  /** Findings per technique category (findings without a category are not counted here). */
  byCategory: Record<string, number>;
  /** Findings per 1,000 words, all detectors together. */
  per1000Words: number;
}

export interface Analysis {
  findings: Finding[];
  /** Readings of the whole document (genre, frames, side, …), one per assessor that applies. */
  signals: DocumentSignal[];
  summary: AnalysisSummary;
  parsed: ParsedDoc;
}

export interface Analyzer {
  readonly info: AnalyzerInfo;
  readonly detectors: readonly Detector[];
  readonly assessors: readonly Assessor[];
  /** Analyzes one text. Pure: the same text and options always give the same result. */
  analyze(text: string): Analysis;
}

/**
 * Builds an analyzer: loads data once, picks the detectors, and computes the cache key that
 * identifies its output (version, stages, data versions, options).
 *
 * @example
 * const analyzer = createAnalyzer({ minConfidence: 0.5 });
 * const { findings } = analyzer.analyze('The so-called experts were wrong!');
 */
export function createAnalyzer(options: AnalyzeOptions = {}): Analyzer {
  const minConfidence = options.minConfidence ?? 0;
  if (!(minConfidence >= 0 && minConfidence <= 1)) {
    throw new SlantError('SLANT_USAGE', `min confidence must be between 0 and 1, got ${String(options.minConfidence)}`);
  }
  const lexicons = loadLexicons();
  const packs = loadPacksWithUser(options.packs ?? []);
  // Which stages run is decided from their ids first, so that what does not run is never built
  // (no model loaded, no lexicon compiled): `--fast` and `--detectors` start quickly and stay small.
  const known = new Set<string>([...RULE_DETECTOR_IDS, TECHNIQUES_ID, ...LENS_DETECTOR_IDS, ...ASSESSOR_IDS, ...(options.sideModel === undefined ? [] : [SIDE_MODEL_ID])]);
  const unknown = [...(options.detectors ?? []), ...(options.skip ?? [])].filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new SlantError('SLANT_USAGE', `unknown detector ${unknown.join(', ')}; known detectors and assessors: ${[...known].join(', ')}`);
  }
  const wanted = options.detectors !== undefined && options.detectors.length > 0 ? new Set(options.detectors) : known;
  const skipped = new Set(options.skip ?? []);
  const runs = new Set([...known].filter((id) => wanted.has(id) && !skipped.has(id) && (options.fast !== true || FAST_STAGES.has(id))));
  const detectors = [
    ...createDefaultDetectors(lexicons).filter((d) => runs.has(d.id)),
    ...(runs.has(TECHNIQUES_ID) ? modelDetectors() : []),
    ...createLensDetectors({ packs, only: runs }),
  ];
  const assessors = [...createAssessors({ packs, only: runs }), ...(runs.has(SIDE_MODEL_ID) ? userSideModel(options.sideModel) : [])];
  const normalizedOptions = { minConfidence, detectors: [...detectors.map((d) => d.id), ...assessors.map((a) => a.id)] };
  // `fast` needs no key of its own: it only changes which stages run, and the stages are in the key.
  const resources: Record<string, string> = { lexicons: sha256(stableStringify(lexicons), 12) };
  for (const d of [...detectors, ...assessors]) resources[d.id] = d.version;
  const pos = [...detectors, ...assessors].some((d) => d.requires?.includes('pos') === true);
  const stages = ['nlp', ...(pos ? ['pos'] : []), ...detectors.map((d) => d.id), ...assessors.map((a) => a.id)];
  const key = sha256(stableStringify({ version: VERSION, stages, resources, options: normalizedOptions }), 24);
  const info: AnalyzerInfo = { key, version: VERSION, stages, resources, options: normalizedOptions };

  return {
    info,
    detectors,
    assessors,
    analyze(text: string): Analysis {
      const parsed = parse(text, { pos });
      const findings = runDetectors(parsed, detectors, { minConfidence });
      const signals = assessors.flatMap((a) => a.assess(parsed, findings) ?? []);
      return { findings, signals, parsed, summary: summarize(parsed, findings) };
    },
  };
}

/**
 * The detectors backed by trained models: the persuasion-technique model when its weights are
 * shipped (they are, in this repository; a build without them runs the rule detectors alone).
 */
function modelDetectors(): Detector[] {
  const techniques = loadLearnedTechniqueModel();
  return techniques === undefined ? [] : [createTechniquesDetector(techniques)];
}

/** The technique model's detector id, and the user side model's assessor id. */
const TECHNIQUES_ID = 'techniques';
const SIDE_MODEL_ID = 'side-model';

/** The stages of `fast`: every rule detector, the terminology detector and the side-by-pack assessor. */
export const FAST_STAGES: ReadonlySet<string> = new Set<string>([...RULE_DETECTOR_IDS, 'terminology', 'side']);

/** The assessor of a user's side model, or a `SLANT_NOT_FOUND` error naming the file. */
function userSideModel(path: string | undefined): Assessor[] {
  if (path === undefined) return [];
  const assessor = createSideModelAssessor(path);
  if (assessor === undefined) throw new SlantError('SLANT_NOT_FOUND', 'no side model at this path; train one with `slant train side --by side`', { source: path });
  return [assessor];
}

/** Counts findings by detector and category, and the overall rate per 1,000 words. */
export function summarize(parsed: ParsedDoc, findings: readonly Finding[]): AnalysisSummary {
  const byDetector: Record<string, number> = {};
  const byCategory: Record<string, number> = {};
  for (const f of findings) {
    byDetector[f.detector] = (byDetector[f.detector] ?? 0) + 1;
    if (f.category !== undefined) byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
  }
  return {
    words: parsed.wordCount,
    sentences: parsed.sentences.length,
    paragraphs: parsed.paragraphs.length,
    findings: findings.length,
    byDetector,
    byCategory,
    per1000Words: parsed.wordCount === 0 ? 0 : Math.round((findings.length / parsed.wordCount) * 10000) / 10,
  };
}
