/** A user-trainable document classifier: learns the sides (or outlets, or tags) of the user's own labelled documents, and an assessor over it. */
import { SlantError } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import type { Assessor, DocumentSignal, ScoredLabel } from '../core/signal.js';
import { parse } from '../nlp/parse.js';
import type { ParsedDoc } from '../nlp/types.js';
import type { Store } from '../store/store.js';
import type { ClassifierJson } from './classifier.js';
import { textFeatures, type FeatureSpec } from './features.js';
import { readClassifier, writeClassifier } from './load.js';
import { readDoc } from './read.js';
import { buildTrainingData, crossValidate, fitClassifier, type ClassifierKind, type ClassifierScore, type LearnParams } from './train.js';

/** What a side model learns to tell apart. */
export type SideField = 'side' | 'outlet' | 'tag';

/** The default file name of a side model, written next to the database. */
export const SIDE_MODEL_FILE = 'slant-side-model.json.gz';

/**
 * Features of side models: words and lemmas with log weights and the style rates. Chosen on
 * AllSides (left/center/right, folds grouped by story): bigrams and rule hits added nothing there.
 */
export const SIDE_SPEC: FeatureSpec = { words: true, lemmas: true, bigrams: false, rules: false, style: true, chars: [], dropStopWords: false, weighting: 'log' };

/** The grid searched when there are enough documents to cross-validate (AllSides preferred the weakest penalty). */
export const SIDE_GRID: readonly LearnParams[] = [1e-4, 1e-3, 1e-2].map((l2) => ({ l2, minCount: 2, classWeightPower: 1 }));

/** Used when there are too few documents to cross-validate. */
const FALLBACK: LearnParams = { l2: 1e-3, minCount: 1, classWeightPower: 1 };

/** One document to learn from. */
export interface SideText {
  text: string;
  /** Its labels: one for side and outlet, any number of tags. */
  labels: readonly string[];
  /** Documents of a group (near-duplicates, one story) never straddle folds. */
  group: string;
}

export interface TrainSideOptions {
  by: SideField;
  /** Where to write the model (gzipped JSON); nothing is written when absent. */
  out?: string | undefined;
  /** Labels with fewer documents are left out. Default 3. */
  minPerLabel?: number | undefined;
  folds?: number | undefined;
  seed?: number | undefined;
  log?: ((line: string) => void) | undefined;
}

/** What training reports. */
export interface SideModelResult {
  model: ClassifierJson;
  /** Where it was written, when it was. */
  path: string | undefined;
  by: SideField;
  documents: number;
  /** Documents per label kept. */
  labels: Record<string, number>;
  /** Labels left out for having too few documents. */
  dropped: Record<string, number>;
  /** Nested cross-validation, when there were enough documents (at least 2 per fold per label). */
  cv: { folds: number; score: ClassifierScore; chosen: LearnParams } | undefined;
}

/**
 * Trains a classifier from labelled texts: softmax over one label each (sides, outlets), one-vs-rest
 * for tags. Labels with fewer than `minPerLabel` texts are dropped; at least two must remain. With
 * enough texts, grouped nested CV reports the expected accuracy and picks the penalty.
 *
 * @example
 * const r = trainSideFromTexts(texts, { by: 'side' }); r.cv?.score.accuracy;
 */
export function trainSideFromTexts(texts: readonly SideText[], options: TrainSideOptions): SideModelResult {
  const minPerLabel = options.minPerLabel ?? 3;
  const folds = options.folds ?? 5;
  const log = options.log ?? (() => {});
  const counts = new Map<string, number>();
  for (const t of texts) for (const l of new Set(t.labels)) counts.set(l, (counts.get(l) ?? 0) + 1);
  const kept = [...counts].filter(([, n]) => n >= minPerLabel).map(([l]) => l).sort();
  const dropped = Object.fromEntries([...counts].filter(([, n]) => n < minPerLabel).sort());
  if (kept.length < 2) {
    throw new SlantError(
      'SLANT_USAGE',
      `a ${options.by} model needs at least two ${options.by === 'tag' ? 'tags' : `${options.by}s`} with ${minPerLabel} or more documents each; found ${[...counts].map(([l, n]) => `${l} (${n})`).join(', ') || 'none'}. Label documents with \`slant add --${options.by} …\``,
    );
  }
  const kind: ClassifierKind = options.by === 'tag' ? 'ovr' : 'softmax';
  const used = texts
    .map((t) => ({ ...t, labels: t.labels.filter((l) => kept.includes(l)) }))
    .filter((t) => kind === 'ovr' || t.labels.length === 1);
  const data = buildTrainingData(kind, kept, used.map((t) => ({ vector: textFeatures(parse(t.text), SIDE_SPEC), labels: t.labels, group: t.group })));
  const perLabel = Object.fromEntries(kept.map((l) => [l, used.filter((t) => t.labels.includes(l)).length]));
  const groups = new Set(used.map((t) => t.group)).size;
  const smallest = Math.min(...Object.values(perLabel));
  let params = FALLBACK;
  let threshold = 0.5;
  let cv: SideModelResult['cv'];
  if (smallest >= 2 * folds && groups >= 2 * folds) {
    log(`cross-validating on ${used.length} documents (${folds} folds)`);
    const result = crossValidate(data, SIDE_GRID, folds, options.seed ?? 1, 'macro-f1', log);
    params = result.chosen.params;
    threshold = result.chosen.threshold;
    cv = { folds, score: result.nested, chosen: params };
  } else {
    log(`${used.length} documents: too few to cross-validate (${2 * folds} per ${options.by} needed); training with λ2 ${FALLBACK.l2}`);
  }
  const model = fitClassifier(data, params, threshold, { name: `side-by-${options.by}`, unit: 'document', spec: SIDE_SPEC, trainedOn: `${used.length} documents labelled by ${options.by}` });
  let path: string | undefined;
  if (options.out !== undefined) {
    writeClassifier(options.out, model);
    path = options.out;
  }
  return { model, path, by: options.by, documents: used.length, labels: perLabel, dropped, cv };
}

/**
 * Trains a side model from the documents in `store`, labelled by their side, outlet or tags (the
 * ones given with `slant add --side/--outlet/--tag`); near-duplicates share a fold. Writes the model
 * to `options.out` when given.
 *
 * @example
 * const r = await trainSideModel(store, { by: 'side', out: 'slant-side-model.json.gz' });
 */
export async function trainSideModel(store: Store, options: TrainSideOptions): Promise<SideModelResult> {
  const docs = await store.listDocuments();
  const texts: SideText[] = [];
  for (const d of docs) {
    const labels = options.by === 'tag' ? (d.tags ?? []) : [options.by === 'side' ? d.side : d.outlet].filter((v): v is string => v !== undefined && v !== '');
    if (labels.length === 0) continue;
    texts.push({ text: d.title === undefined || d.title === '' ? d.text : `${d.title}\n\n${d.text}`, labels, group: d.nearDuplicateOf ?? d.id });
  }
  return trainSideFromTexts(texts, options);
}

/**
 * An assessor over a side model file: the most probable side (or outlet; for tags, every tag at or
 * above the threshold) with the features behind it. `undefined` when there is no file at the path.
 *
 * @example
 * const assessor = createSideModelAssessor('slant-side-model.json.gz');
 * assessor?.assess(parse(text), []); // { id: 'side-model', summary: 'Side by your model: left (0.74)', … }
 */
export function createSideModelAssessor(modelPath: string): Assessor | undefined {
  const classifier = readClassifier(modelPath);
  if (classifier === undefined) return undefined;
  const what = classifier.name.replace(/^side-by-/, '');
  return {
    id: 'side-model',
    description: `The ${what} a document is closest to, by a model trained on the user's own labelled documents.`,
    version: `1.0.0+${classifier.id}`,
    assess(doc: ParsedDoc, findings: readonly Finding[]): DocumentSignal | undefined {
      if (doc.wordCount === 0) return undefined;
      const r = readDoc(classifier, doc, findings);
      const shown = r.labels.length > 0 ? r.labels : r.scores.slice(0, 1);
      const round = (ls: readonly ScoredLabel[]): ScoredLabel[] => ls.map((l) => ({ label: l.label, score: Math.round(l.score * 1000) / 1000 }));
      return {
        id: 'side-model',
        summary: `${what[0]?.toUpperCase() ?? ''}${what.slice(1)} by your model: ${shown.map((l) => `${l.label} (${l.score.toFixed(2)})`).join(', ')}${r.labels.length === 0 ? ' — below the threshold' : ''}`,
        labels: round(r.labels),
        scores: round(r.scores),
        evidence: shown.flatMap((l) => classifier.evidence(r.vector, l.label, 3).map((e) => (shown.length > 1 ? `${l.label}: ${e}` : e))),
        model: classifier.id,
      };
    },
  };
}
