/** What scoring one task needs: its gold data (built in or from a file), the model input for each gold item, and the metrics. */
import type { z } from 'zod';
import type { LineId, PredictTask, TaskRecord } from '../predict/task.js';

/** A labelled item. `group` keeps related items (paragraphs of one article) in one fold. */
export interface GoldItem {
  id: LineId;
  group: string;
  text: string;
}

/** A named figure of a task's headline, e.g. `SI F1`. */
export interface Figure {
  name: string;
  value: number;
}

/** One row of the per-technique table. */
export interface TechniqueRow {
  technique: string;
  /** Gold instances (spans or paragraphs carrying it). */
  support: number;
  /** Predicted instances. */
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalScores {
  /** The task's official figures, the main one first. */
  headline: Figure[];
  perTechnique: TechniqueRow[];
  /** Things a reader should know about these figures (unanswered items, ignored predictions). */
  notes: string[];
}

/**
 * How `slant eval` scores one task. Registered beside the task in `src/eval/tasks.ts`; a new task
 * adds one evaluator there.
 *
 * @example
 * const gold = evaluator.loadGold(datasetsDir());
 * const scores = evaluator.score(gold.map((g) => ({ gold: g, pred: predictor.predict(evaluator.toInput(g)) })));
 */
export interface TaskEvaluator<G extends GoldItem = GoldItem, I extends TaskRecord = TaskRecord, O extends TaskRecord = TaskRecord> {
  readonly task: PredictTask<I, O>;
  /** A gold line of `--gold FILE`: the task's output shape plus `text` and the gold fields. */
  readonly goldSchema: z.ZodType<G>;
  /** Names the built-in labelled split, for the report. */
  describeBuiltIn(): string;
  /** The built-in labelled split from the datasets folder. */
  loadBuiltIn(datasetsDir: string): G[];
  /** The model input for a gold item (gold answers stripped). */
  toInput(gold: G): I;
  score(items: ReadonlyArray<{ gold: G; pred: O | undefined }>): EvalScores;
}
