/** Trains the entity main-role model (SemEval-2025 Task 10, subtask 1) with grouped, nested cross-validation, and writes weights and model card. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { analyzeDocument, type DocAnalysis } from '../actors/analysis.js';
import { mentionFeatures, type FeatureParams } from '../actors/features.js';
import { ENTITY_ROLES_FORMAT, MAIN_ROLES, parseEntityRoleWeights, type EntityRoleWeightsJson } from '../actors/model.js';
import { createActorResources } from '../actors/resources.js';
import { ruleEvidence, ruleRole } from '../actors/roles.js';
import { nameLexicon } from '../actors/words.js';
import { SlantError } from '../core/errors.js';
import { sha256, stableStringify } from '../core/hash.js';
import { tcScore, type MultiLabelScore } from '../eval/metrics.js';
import { foldRows, groupedKFold } from '../learn/cross-validation.js';
import { compactLinear, pruneWeights } from '../learn/linear-model.js';
import { balancedClassWeights, predictSoftmax, trainSoftmax, type MulticlassWeights } from '../learn/logistic.js';
import { SparseBuilder, type SparseMatrix } from '../learn/sparse.js';
import { columnCounts, FeatureIndex, minCountMask } from '../learn/vocabulary.js';
import { loadLexicons } from '../lexicon/load.js';
import type { Lexicon } from '../lexicon/schema.js';
import { parse } from '../nlp/parse.js';
import { valenceTable, winkValence } from '../techniques/learned/polarity.js';
import { requireDataset } from './datasets/paths.js';
import { loadSemeval2025Entities, type Document2025 } from './datasets/semeval2025.js';
import { renderEntityRolesCard } from './entity-roles-card.js';

/** Hyperparameters of the role model. */
export interface EntityRolesParams {
  /** L2 penalty on the mean cross-entropy. */
  l2: number;
  /** Class weights `(n / (K n_k))^power`: 0 leaves the skew (70% Antagonist), 1 balances fully. */
  classWeightPower: number;
  /** Features seen in fewer training mentions are left out. */
  minCount: number;
  /** Window of words each side of the mention. */
  window: number;
  maxIterations: number;
}

/** The grid the nested cross-validation searches; the final model takes the best setting on the whole train set. */
export const ENTITY_ROLES_GRID = {
  l2: [0.01, 0.03, 0.1],
  classWeightPower: [0, 0.3],
  window: [2, 4],
} as const;

const BASE: Omit<EntityRolesParams, 'l2' | 'classWeightPower' | 'window'> = { minCount: 2, maxIterations: 300 };

/** How stored weights are rounded (the same pruning is applied to every fold model, so CV scores are those of stored weights). */
export const ENTITY_ROLES_STORAGE = { minAbs: 0.01, digits: 3 } as const;

export interface TrainEntityRolesOptions {
  /** Folder holding `semeval2025-task10-en/`. */
  dataDir: string;
  outDir: string;
  folds: number;
  seed: number;
  log: (line: string) => void;
  lexicons?: readonly Lexicon[] | undefined;
}

/** A score of one setting: accuracy (= micro-F1 when every mention gets a role) and macro-F1 over the three roles. */
export interface RoleScore {
  accuracy: number;
  macroF1: number;
  perRole: Array<{ role: string; support: number; precision: number; recall: number; f1: number }>;
}

/** Everything the model card reports. */
export interface EntityRolesReport {
  folds: number;
  seed: number;
  documents: number;
  mentions: number;
  roleCounts: Record<string, number>;
  domains: Record<string, number>;
  /** Outer-fold scores of nested CV (settings chosen inside each training part). */
  nested: { score: RoleScore; perFold: Array<{ accuracy: number; macroF1: number; params: string }> };
  /** Plain CV of every grid setting, for the record. */
  grid: Array<{ params: string; accuracy: number; macroF1: number }>;
  chosen: EntityRolesParams;
  /** Always answering Antagonist. */
  majority: RoleScore;
  /** The rules alone (neutral answered as Antagonist). */
  rules: RoleScore;
  /** The model without the rule features (portrayal, harm, rule role): what the rules add. */
  withoutRules: RoleScore;
  /** How often the rules found a given entity span as a mention of an actor. */
  recognized: number;
  features: number;
  weights: { file: string; bytes: number; id: string; valenceWords: number };
  seconds: { prepare: number; cv: number; total: number };
  /** Mentions featurized and scored per second, analysis included, in this process. */
  mentionsPerSecond: number;
}

interface Prepared {
  docs: Document2025[];
  analyses: DocAnalysis[];
  /** Per mention row: document index, mention index in its analysis, label. */
  rows: Array<{ doc: number; mention: number; y: number }>;
  folds: Int32Array;
}

interface Data {
  X: SparseMatrix;
  y: Int32Array;
  index: FeatureIndex;
}

const RULE_PREFIXES = ['mp=', 'ap=', 'mh=', 'ah=', 'rule=', 'victim'];

function featurize(p: Prepared, window: number, drop?: readonly string[]): Data {
  const index = new FeatureIndex();
  const builder = new SparseBuilder();
  const params: FeatureParams = { window };
  const features: string[] = [];
  for (const r of p.rows) {
    features.length = 0;
    mentionFeatures(p.analyses[r.doc] as DocAnalysis, r.mention, params, features);
    const kept = drop === undefined ? features : features.filter((f) => !drop.some((d) => f.startsWith(d)));
    builder.addRow(kept.map((f) => [index.id(f), 1] as const));
  }
  return { X: builder.build(Math.max(1, index.size)), y: Int32Array.from(p.rows, (r) => r.y), index };
}

function fit(data: Data, rows: ArrayLike<number>, params: EntityRolesParams): MulticlassWeights {
  const weights = balancedClassWeights(data.y, MAIN_ROLES.length, params.classWeightPower, rows);
  const model = trainSoftmax(data.X, data.y, MAIN_ROLES.length, {
    l2: params.l2,
    rows,
    mask: minCountMask(columnCounts(data.X, rows), params.minCount),
    sampleWeights: Float64Array.from(data.y, (c) => weights[c] as number),
    maxIterations: params.maxIterations,
  });
  return { ...model, weights: pruneWeights(model.weights, ENTITY_ROLES_STORAGE) };
}

function argmaxRows(p: Float64Array, n: number): Int32Array {
  const K = MAIN_ROLES.length;
  return Int32Array.from({ length: n }, (_, i) => {
    let best = 0;
    for (let k = 1; k < K; k += 1) if ((p[i * K + k] as number) > (p[i * K + best] as number)) best = k;
    return best;
  });
}

/** Accuracy and macro-F1 of predictions (class numbers) against gold for `rows`. */
export function scoreRoles(gold: ArrayLike<number>, pred: ArrayLike<number>, rows?: ArrayLike<number>): RoleScore {
  const n = rows === undefined ? gold.length : rows.length;
  const items = Array.from({ length: n }, (_, i) => {
    const r = rows === undefined ? i : (rows[i] as number);
    return { gold: MAIN_ROLES[gold[r] as number] as string, pred: MAIN_ROLES[pred[r] as number] as string };
  });
  const s: MultiLabelScore = tcScore(items, MAIN_ROLES);
  return {
    accuracy: s.micro.f1,
    macroF1: s.macro.f1,
    perRole: MAIN_ROLES.map((role) => {
      const c = s.perLabel.get(role);
      return { role, support: c?.support ?? 0, precision: c?.precision ?? 0, recall: c?.recall ?? 0, f1: c?.f1 ?? 0 };
    }),
  };
}

/** Held-out predictions for `rows` (class numbers, indexed by row) from models trained on the other folds of `folds`. */
function crossPredict(data: Data, folds: Int32Array, k: number, params: EntityRolesParams, rows: Int32Array): Int32Array {
  const pred = new Int32Array(data.y.length).fill(-1);
  const inRows = new Uint8Array(data.y.length);
  for (const r of rows) inRows[r] = 1;
  const foldIds = [...new Set(Array.from(rows, (r) => folds[r] as number))].sort((a, b) => a - b);
  for (const f of foldIds) {
    const train = Int32Array.from(rows).filter((r) => folds[r] !== f);
    const test = Int32Array.from(rows).filter((r) => folds[r] === f);
    if (train.length === 0 || test.length === 0) continue;
    const model = fit(data, train, params);
    const labels = argmaxRows(predictSoftmax(data.X, model, test), test.length);
    test.forEach((r, i) => {
      pred[r] = labels[i] as number;
    });
  }
  return pred;
}

function settings(): EntityRolesParams[] {
  const out: EntityRolesParams[] = [];
  for (const window of ENTITY_ROLES_GRID.window) {
    for (const l2 of ENTITY_ROLES_GRID.l2) for (const classWeightPower of ENTITY_ROLES_GRID.classWeightPower) out.push({ ...BASE, l2, classWeightPower, window });
  }
  return out;
}

const label = (p: EntityRolesParams): string => `window ${p.window}, λ2 ${p.l2}, class-weight power ${p.classWeightPower}`;
/** Setting selection: accuracy first, macro-F1 to break near-ties (within half a point). */
const better = (a: { accuracy: number; macroF1: number }, b: { accuracy: number; macroF1: number }): boolean =>
  a.accuracy > b.accuracy + 0.005 || (Math.abs(a.accuracy - b.accuracy) <= 0.005 && a.macroF1 > b.macroF1);

/**
 * Loads SemEval-2025 Task 10 subtask 1 (English), reads every document with the actors lens (the
 * annotated entity spans given as mentions), featurizes each mention, and:
 * 1. scores the always-Antagonist baseline and the rules alone;
 * 2. runs nested grouped cross-validation (outer folds by document; the setting for each outer
 *    fold chosen by inner grouped CV on its training part) — the honest estimate;
 * 3. picks the final setting by grouped CV on all documents and trains on all of them;
 * 4. writes `entity-roles.json.gz` and `entity-roles.md` to `outDir`.
 * Deterministic for a seed.
 *
 * @example
 * trainEntityRoles({ dataDir: datasetsDir(), outDir: 'models', folds: 5, seed: 1, log: console.log });
 */
export function trainEntityRoles(options: TrainEntityRolesOptions): EntityRolesReport {
  const { folds: k, seed, log } = options;
  // Nested cross-validation needs at least two inner folds in every outer training part.
  if (k < 3) throw new SlantError('SLANT_USAGE', `entity-roles needs --folds 3 or more for nested cross-validation, got ${k}`);
  const t0 = performance.now();
  log(`Loading SemEval-2025 Task 10 (subtask 1) from ${options.dataDir}`);
  const docs = loadSemeval2025Entities(requireDataset('semeval2025-task10-en', options.dataDir));
  const lexicons = options.lexicons ?? loadLexicons();
  const res = createActorResources(lexicons, { valence: winkValence });
  const analyses = docs.map((d) => analyzeDocument(parse(d.text, { pos: true }), res, { spans: d.mentions }));
  const rows: Prepared['rows'] = [];
  let recognized = 0;
  docs.forEach((d, i) => {
    const a = analyses[i] as DocAnalysis;
    d.mentions.forEach((m, j) => {
      const mention = a.given[j] ?? -1;
      if (mention === -1) return;
      if (a.mentions[mention]?.key.startsWith('given:') === false) recognized += 1;
      rows.push({ doc: i, mention, y: MAIN_ROLES.indexOf(m.role) });
    });
  });
  const docFolds = groupedKFold(docs.map((d) => d.id), k, seed);
  const folds = Int32Array.from(rows, (r) => docFolds[r.doc] as number);
  const prepared: Prepared = { docs, analyses, rows, folds };
  const all = Int32Array.from(rows, (_, i) => i);
  const prepare = since(t0);
  log(`  ${docs.length} documents, ${rows.length} entity mentions (${recognized} also found by the rules); read in ${prepare} s`);

  const y = Int32Array.from(rows, (r) => r.y);
  const antagonist = MAIN_ROLES.indexOf('Antagonist');
  const majority = scoreRoles(y, new Int32Array(y.length).fill(antagonist));
  const rulePred = Int32Array.from(rows, (r) => {
    const a = analyses[r.doc] as DocAnalysis;
    const actor = a.actors[a.actorOf[r.mention] ?? -1];
    const members = actor?.members ?? [r.mention];
    const head = members.map((i) => a.mentions[i]?.head).find((h) => h !== undefined);
    const role = ruleRole(ruleEvidence({ portrayal: members.flatMap((i) => a.portrayal[i] ?? []), harm: members.flatMap((i) => a.harm[i] ?? []), mentions: [], head })).role;
    return role === 'protagonist' ? 0 : role === 'innocent' ? 2 : antagonist;
  });
  const rules = scoreRoles(y, rulePred);
  log(`  always Antagonist: accuracy ${f3(majority.accuracy)}, macro-F1 ${f3(majority.macroF1)}; rules alone: accuracy ${f3(rules.accuracy)}, macro-F1 ${f3(rules.macroF1)}`);

  const t1 = performance.now();
  const data = new Map<number, Data>();
  const dataFor = (window: number): Data => {
    let d = data.get(window);
    if (d === undefined) data.set(window, (d = featurize(prepared, window)));
    return d;
  };
  const grid = settings();
  // Plain grouped CV of every setting (also the final choice).
  const gridScores = grid.map((p) => {
    const d = dataFor(p.window);
    const s = scoreRoles(y, crossPredict(d, folds, k, p, all));
    return { params: p, accuracy: s.accuracy, macroF1: s.macroF1 };
  });
  let chosen = gridScores[0] as (typeof gridScores)[number];
  for (const g of gridScores) if (better(g, chosen)) chosen = g;
  log(`  grid (${grid.length} settings, ${k}-fold CV): best ${label(chosen.params)} → accuracy ${f3(chosen.accuracy)}, macro-F1 ${f3(chosen.macroF1)}`);

  // Nested: inside each outer training part, inner grouped folds choose the setting.
  const nestedPred = new Int32Array(y.length).fill(-1);
  const perFold: EntityRolesReport['nested']['perFold'] = [];
  for (let f = 0; f < k; f += 1) {
    const { train, test } = foldRows(folds, f);
    const innerFolds = Int32Array.from(folds, (x) => (x < f ? x : x - 1));
    let best: { params: EntityRolesParams; accuracy: number; macroF1: number } | undefined;
    for (const p of grid) {
      const s = scoreRoles(y, crossPredict(dataFor(p.window), innerFolds, k - 1, p, train), train);
      if (best === undefined || better(s, best)) best = { params: p, accuracy: s.accuracy, macroF1: s.macroF1 };
    }
    const params = (best as { params: EntityRolesParams }).params;
    const d = dataFor(params.window);
    const model = fit(d, train, params);
    const labels = argmaxRows(predictSoftmax(d.X, model, test), test.length);
    test.forEach((r, i) => {
      nestedPred[r] = labels[i] as number;
    });
    const s = scoreRoles(y, nestedPred, test);
    perFold.push({ accuracy: s.accuracy, macroF1: s.macroF1, params: label(params) });
    log(`  nested fold ${f + 1}/${k}: ${label(params)} → accuracy ${f3(s.accuracy)}, macro-F1 ${f3(s.macroF1)}`);
  }
  const nested = scoreRoles(y, nestedPred);
  log(`  nested CV: accuracy ${f3(nested.accuracy)}, macro-F1 ${f3(nested.macroF1)}`);
  const noRules = featurize(prepared, chosen.params.window, RULE_PREFIXES);
  const withoutRules = scoreRoles(y, crossPredict(noRules, folds, k, chosen.params, all));
  log(`  without the rule features (same setting): accuracy ${f3(withoutRules.accuracy)}, macro-F1 ${f3(withoutRules.macroF1)}`);
  const cv = since(t1);

  const final = dataFor(chosen.params.window);
  const model = fit(final, all, chosen.params);
  const linear = compactLinear('softmax', MAIN_ROLES, model.weights, model.bias, (c) => final.index.name(c), ENTITY_ROLES_STORAGE);
  // Valences of every word of the training texts and of compromise's lexicon: what the valence features saw, and more.
  const vocabulary = new Set<string>();
  for (const a of analyses) for (const t of a.doc.tokens) if (t.type === 'word') vocabulary.add(t.lower);
  for (const w of nameLexicon().keys()) if (/^[a-z][a-z'-]*$/.test(w)) vocabulary.add(w);
  const body = { lexicons: sha256(stableStringify(lexicons), 12), params: { window: chosen.params.window }, model: linear, valence: valenceTable(vocabulary) };
  const weights: EntityRoleWeightsJson = { format: ENTITY_ROLES_FORMAT, id: `roles-${sha256(stableStringify(body), 12)}`, ...body };
  mkdirSync(options.outDir, { recursive: true });
  const file = join(options.outDir, 'entity-roles.json.gz');
  const packed = gzipSync(`${JSON.stringify(weights)}\n`, { level: 9 });
  writeFileSync(file, packed);

  // Runtime: load the written file, then featurize and score every mention (analysis included) in this process.
  const loaded = parseEntityRoleWeights(JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')), file);
  const runtimeRes = createActorResources(lexicons, { valence: loaded.valence });
  const t2 = performance.now();
  let scored = 0;
  const parsed = analyses.map((a) => a.doc);
  docs.forEach((d, i) => {
    const a = analyzeDocument(parsed[i] as DocAnalysis['doc'], runtimeRes, { spans: d.mentions });
    for (const m of a.given) {
      const features: string[] = [];
      mentionFeatures(a, m, loaded.params, features);
      loaded.probabilities(features);
      scored += 1;
    }
  });
  const mentionsPerSecond = Math.round(scored / ((performance.now() - t2) / 1000));

  const roleCounts: Record<string, number> = {};
  for (const r of rows) roleCounts[MAIN_ROLES[r.y] as string] = (roleCounts[MAIN_ROLES[r.y] as string] ?? 0) + 1;
  const domains: Record<string, number> = {};
  for (const d of docs) domains[d.domain] = (domains[d.domain] ?? 0) + 1;
  const report: EntityRolesReport = {
    folds: k,
    seed,
    documents: docs.length,
    mentions: rows.length,
    roleCounts,
    domains,
    nested: { score: nested, perFold },
    grid: gridScores.map((g) => ({ params: label(g.params), accuracy: g.accuracy, macroF1: g.macroF1 })),
    chosen: chosen.params,
    majority,
    rules,
    withoutRules,
    recognized,
    features: linear.features.length,
    weights: { file: 'models/entity-roles.json.gz', bytes: packed.length, id: weights.id, valenceWords: weights.valence.words.length },
    seconds: { prepare, cv, total: since(t0) },
    mentionsPerSecond,
  };
  writeFileSync(join(options.outDir, 'entity-roles.md'), renderEntityRolesCard(report));
  log(`Wrote ${file} (${(packed.length / 1e3).toFixed(0)} kB, ${weights.id}) and entity-roles.md in ${report.seconds.total} s`);
  return report;
}

const f3 = (x: number): string => x.toFixed(3);

function since(start: number): number {
  return Math.round((performance.now() - start) / 100) / 10;
}
