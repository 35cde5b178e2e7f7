/** The shape of a prediction task: one schema for an input line, one for an output line, and a predictor. */
import type { z } from 'zod';
import type { TechniqueModelChoice } from '../techniques/index.js';

/** A line's id, echoed as given: a non-empty string or a number. */
export type LineId = string | number;

/** What every input and output line carries. */
export interface TaskRecord {
  id: LineId;
}

/** Options a task's predictor may read; a task ignores those it has no use for. */
export interface PredictOptions {
  /** Which technique model (default `auto`: the learned one when shipped, else the rules). */
  model?: TechniqueModelChoice | undefined;
  /** Score threshold for spans and labels (default: the model's own). */
  threshold?: number | undefined;
  /** Add each span's evidence (rule ids, cues, features) to the output. */
  evidence?: boolean | undefined;
}

/** Answers one validated input line. */
export interface Predictor<I extends TaskRecord, O extends TaskRecord> {
  /** The model behind the answers, e.g. `rules-1.0.0`. */
  readonly model: string;
  predict(input: I): O;
}

/**
 * A task of `slant predict` / `slant eval`: its name as on the command line, what it answers, the
 * schemas of its lines (which validate input, and describe both formats in `--help` and the docs),
 * a check for what a schema cannot express, and a predictor loaded once per run.
 *
 * @example
 * const predictor = await task.prepare({ model: 'rules' });
 * const parsed = task.input.safeParse(JSON.parse(line));
 * if (parsed.success && task.check(parsed.data).length === 0) out.write(JSON.stringify(predictor.predict(parsed.data)));
 */
export interface PredictTask<I extends TaskRecord = TaskRecord, O extends TaskRecord = TaskRecord> {
  readonly name: string;
  /** One sentence for `--help`. */
  readonly description: string;
  readonly input: z.ZodType<I>;
  readonly output: z.ZodType<O>;
  /** Problems the schema cannot see, e.g. offsets beyond the text; empty when the line is fine. */
  check(input: I): string[];
  prepare(options: PredictOptions): Promise<Predictor<I, O>>;
}
