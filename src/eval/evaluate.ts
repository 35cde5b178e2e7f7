/** `slant eval` as a library call: gold data, predictions (a model run or a file), official metrics, optional folds. */
import { SlantError } from '../core/errors.js';
import { readLines } from '../predict/lines.js';
import { parseJsonLine } from '../predict/run.js';
import { spanProblems } from '../predict/schemas.js';
import type { PredictOptions, TaskRecord } from '../predict/task.js';
import { datasetsDir as defaultDatasetsDir } from '../train/datasets/paths.js';
import type { EvalScores, Figure, GoldItem, TaskEvaluator } from './evaluator.js';
import { foldOf } from './folds.js';
import { getEvaluator } from './tasks.js';

export interface EvaluateOptions extends PredictOptions {
  /** The folder holding the datasets (default: `SLANT_DATASETS` or `../shared/datasets`). */
  datasetsDir?: string | undefined;
  /** A JSONL gold file instead of the built-in split. */
  goldFile?: string | undefined;
  /** A JSONL file of predictions (the output of `slant predict`) instead of running a model. */
  predFile?: string | undefined;
  /** Keep only items whose id or group (article id) is listed: a held-out set. */
  ids?: ReadonlySet<string> | undefined;
  /** Split the items into this many folds by group (see `foldOf`). */
  folds?: number | undefined;
  /** With `folds`, score only this fold (0-based); without it every fold is scored and summarized. */
  fold?: number | undefined;
}

export interface FoldScores {
  fold: number;
  items: number;
  headline: Figure[];
}

export interface EvalReport {
  task: string;
  /** The model that answered, or the predictions file. */
  model: string;
  /** What the gold data is. */
  data: string;
  /** Items scored (documents, or paragraphs). */
  items: number;
  scores: EvalScores;
  /** Per-fold figures with their mean and sample standard deviation, when `folds` is given without `fold`. */
  folds?: { folds: number; perFold: FoldScores[]; mean: Figure[]; sd: Figure[] } | undefined;
  notes: string[];
}

/**
 * Scores a task on labelled data: the built-in split (PTC train for the span tasks, SemEval-2023
 * train paragraphs for the paragraph task) or `goldFile`; with the chosen model's answers or those in
 * `predFile`; restricted to `ids` or to a fold when asked.
 *
 * @example
 * const report = await evaluateTask('techniques-spans', { model: 'rules' });
 * report.scores.headline[0]; // { name: 'SI F1', value: … }
 */
export async function evaluateTask(task: string, options: EvaluateOptions = {}): Promise<EvalReport> {
  const evaluator = getEvaluator(task);
  if (options.fold !== undefined && options.folds === undefined) throw new SlantError('SLANT_USAGE', '--fold needs --folds (how many folds there are)');
  if (options.folds !== undefined && options.fold !== undefined && !(options.fold >= 0 && options.fold < options.folds)) {
    throw new SlantError('SLANT_USAGE', `--fold must be between 0 and ${options.folds - 1}, got ${options.fold}`);
  }
  const notes: string[] = [];
  let gold: GoldItem[];
  let data: string;
  if (options.goldFile !== undefined) {
    gold = await readGold(evaluator, options.goldFile);
    data = `gold file ${options.goldFile}`;
  } else {
    const dir = options.datasetsDir ?? defaultDatasetsDir();
    gold = evaluator.loadBuiltIn(dir);
    data = `${evaluator.describeBuiltIn()}, from ${dir}`;
  }
  if (options.ids !== undefined) {
    const ids = options.ids;
    gold = gold.filter((g) => ids.has(String(g.id)) || ids.has(g.group));
    data += `, restricted to ${ids.size} listed ids`;
  }
  const folds = options.folds;
  if (folds !== undefined && options.fold !== undefined) {
    const fold = options.fold;
    gold = gold.filter((g) => foldOf(g.group, folds) === fold);
    data += `, fold ${fold} of ${folds}`;
  }
  if (gold.length === 0) throw new SlantError('SLANT_INPUT_EMPTY', 'no gold items left to score; check --ids, --fold and the data');

  let model: string;
  let answered: Array<{ gold: GoldItem; pred: TaskRecord | undefined }>;
  if (options.predFile !== undefined) {
    const predictions = await readPredictions(evaluator, options.predFile);
    model = `predictions in ${options.predFile}`;
    answered = gold.map((g) => ({ gold: g, pred: predictions.get(String(g.id)) }));
  } else {
    const predictor = await evaluator.task.prepare(options);
    model = predictor.model;
    answered = gold.map((g) => ({ gold: g, pred: predictor.predict(evaluator.toInput(g)) }));
    if (model.startsWith('learned') && options.goldFile === undefined && options.ids === undefined && options.fold === undefined) {
      notes.push('a learned model scored on the data it may have been trained on: these figures are not estimates of accuracy unless --ids or --fold names held-out items');
    }
  }

  const scores = evaluator.score(answered);
  const report: EvalReport = { task, model, data, items: answered.length, scores, notes: [...notes, ...scores.notes] };
  if (folds !== undefined && options.fold === undefined) {
    const perFold: FoldScores[] = [];
    for (let fold = 0; fold < folds; fold += 1) {
      const part = answered.filter((a) => foldOf(a.gold.group, folds) === fold);
      if (part.length > 0) perFold.push({ fold, items: part.length, headline: evaluator.score(part).headline });
    }
    report.folds = { folds, perFold, ...summarize(perFold) };
  }
  return report;
}

/** Mean and sample standard deviation of each headline figure over folds. */
function summarize(perFold: readonly FoldScores[]): { mean: Figure[]; sd: Figure[] } {
  const names = perFold[0]?.headline.map((f) => f.name) ?? [];
  const values = (name: string): number[] => perFold.map((f) => f.headline.find((x) => x.name === name)?.value ?? 0);
  const mean = names.map((name) => ({ name, value: values(name).reduce((a, b) => a + b, 0) / Math.max(1, perFold.length) }));
  const sd = names.map((name, i) => {
    const xs = values(name);
    const m = mean[i]?.value ?? 0;
    return { name, value: xs.length < 2 ? 0 : Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1)) };
  });
  return { mean, sd };
}

async function readGold(evaluator: TaskEvaluator, path: string): Promise<GoldItem[]> {
  const out: GoldItem[] = [];
  const seen = new Set<string>();
  let row = 0;
  for await (const raw of readLines(path)) {
    row += 1;
    if (raw.trim() === '') continue;
    const parsed = parseJsonLine(evaluator.goldSchema, raw);
    const problems = parsed.ok ? goldProblems(parsed.value) : parsed.problems;
    if (!parsed.ok || problems.length > 0) throw new SlantError('SLANT_INPUT_MALFORMED', `bad gold line: ${problems.join('; ')}`, { source: path, row });
    const key = String(parsed.value.id);
    if (seen.has(key)) throw new SlantError('SLANT_INPUT_MALFORMED', `id ${JSON.stringify(parsed.value.id)} appears twice in the gold`, { source: path, row });
    seen.add(key);
    out.push(parsed.value);
  }
  return out;
}

function goldProblems(gold: GoldItem): string[] {
  const spans = (gold as { spans?: unknown }).spans;
  return Array.isArray(spans) ? spanProblems(gold.text, spans as Array<{ start: number; end: number }>) : [];
}

/** Predictions by id. Error lines of `slant predict` (`{id, line, error}`) count as unanswered. */
async function readPredictions(evaluator: TaskEvaluator, path: string): Promise<Map<string, TaskRecord>> {
  const out = new Map<string, TaskRecord>();
  let row = 0;
  for await (const raw of readLines(path)) {
    row += 1;
    if (raw.trim() === '' || isErrorLine(raw)) continue;
    const parsed = parseJsonLine(evaluator.task.output, raw);
    if (!parsed.ok) throw new SlantError('SLANT_INPUT_MALFORMED', `bad prediction line: ${parsed.problems.join('; ')}`, { source: path, row });
    const key = String(parsed.value.id);
    if (out.has(key)) throw new SlantError('SLANT_INPUT_MALFORMED', `id ${JSON.stringify(parsed.value.id)} is predicted twice`, { source: path, row });
    out.set(key, parsed.value);
  }
  return out;
}

function isErrorLine(raw: string): boolean {
  try {
    const json = JSON.parse(raw) as unknown;
    return typeof json === 'object' && json !== null && 'error' in json;
  } catch {
    return false;
  }
}
