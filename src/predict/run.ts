/** The JSONL task runner behind `slant predict`: one answer line per input line, same id, same order, streamed. */
import { closeSync, createWriteStream, openSync } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { z } from 'zod';
import { SlantError } from '../core/errors.js';
import { assertInputFile, readLines, type LineSource } from './lines.js';
import type { LineId, PredictOptions, PredictTask, TaskRecord } from './task.js';
import { getPredictTask } from './tasks.js';

/** A line that could not be answered: where it is, its id when it had a usable one, and why. */
export interface PredictLineError {
  /** 1-based line number in the input. */
  line: number;
  id: LineId | null;
  message: string;
}

export interface RunPredictOptions extends PredictOptions {
  /** Called for each bad line, in order (the CLI prints it on stderr). */
  onError?: ((error: PredictLineError) => void) | undefined;
}

export interface PredictSummary {
  task: string;
  /** The model that answered, e.g. `rules-1.0.0`. */
  model: string;
  /** Input lines read, blank lines included. */
  lines: number;
  /** Lines answered. */
  answered: number;
  /** Lines that got an error line instead of an answer. */
  failed: number;
}

/**
 * Parses one JSONL line with a schema: the value, or the problems (invalid JSON, schema issues with
 * their field paths) and the id when the line has a usable one.
 *
 * @example
 * parseJsonLine(TechniquesSpansInputSchema, '{"id": 1}'); // { ok: false, id: 1, problems: ['text: text must be a string'] }
 */
export function parseJsonLine<T>(schema: z.ZodType<T>, raw: string): { ok: true; value: T } | { ok: false; id: LineId | null; problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { ok: false, id: null, problems: [`not valid JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, id: null, problems: ['expected a JSON object'] };
  const rawId = (json as { id?: unknown }).id;
  const id = (typeof rawId === 'string' && rawId !== '') || typeof rawId === 'number' ? rawId : null;
  const parsed = schema.safeParse(json, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = parsed.error.issues.map((issue) => {
    const where = issue.path.length === 0 ? '' : `${issue.path.map(String).join('.')}: `;
    return issue.code === 'invalid_type' && issue.input === undefined ? `${where}missing` : `${where}${issue.message}`;
  });
  return { ok: false, id, problems };
}

/**
 * Runs `task` over JSONL `input` and writes one JSON line to `output` per non-blank input line, in
 * order. A line that is not valid JSON, misses a required field or gives spans outside its text is
 * not answered: its output line is `{"id": <id or null>, "line": N, "error": "…"}`, `onError` hears
 * about it, and the run goes on (the CLI then exits with 1). Blank lines are skipped. Input is
 * streamed, so the input's size does not matter; a path given as `output` is created or truncated,
 * and a stream given as `output` is left open.
 *
 * @example
 * const summary = await runPredict('techniques-spans', 'in.jsonl', 'out.jsonl', { model: 'rules', onError: (e) => console.error(e) });
 */
export async function runPredict(task: string | PredictTask, input: LineSource, output: string | NodeJS.WritableStream, options: RunPredictOptions = {}): Promise<PredictSummary> {
  const chosen = typeof task === 'string' ? getPredictTask(task) : task;
  if (typeof input === 'string') assertInputFile(input);
  const predictor = await chosen.prepare(options);
  const file = typeof output === 'string' ? openOutput(output) : undefined;
  const sink: NodeJS.WritableStream = file ?? (output as NodeJS.WritableStream);
  const write = async (record: unknown): Promise<void> => {
    if (!sink.write(`${JSON.stringify(record)}\n`)) await once(sink, 'drain');
  };
  const summary: PredictSummary = { task: chosen.name, model: predictor.model, lines: 0, answered: 0, failed: 0 };
  try {
    for await (const raw of readLines(input)) {
      summary.lines += 1;
      if (raw.trim() === '') continue;
      const parsed = parseJsonLine<TaskRecord>(chosen.input, raw);
      const problems = parsed.ok ? chosen.check(parsed.value) : parsed.problems;
      if (!parsed.ok || problems.length > 0) {
        const error: PredictLineError = { line: summary.lines, id: parsed.ok ? parsed.value.id : parsed.id, message: problems.join('; ') };
        summary.failed += 1;
        options.onError?.(error);
        await write({ id: error.id, line: error.line, error: error.message });
        continue;
      }
      await write(predictor.predict(parsed.value));
      summary.answered += 1;
    }
  } finally {
    if (file !== undefined) {
      file.end();
      await finished(file);
    }
  }
  return summary;
}

/** Opens an output file now, so that an unwritable path fails before any work with a clear message. */
function openOutput(path: string): Writable {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    throw new SlantError('SLANT_USAGE', `cannot write the output file ${path}: ${error instanceof Error ? error.message : String(error)}`, { source: path, cause: error });
  }
  try {
    return createWriteStream(path, { fd });
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}
