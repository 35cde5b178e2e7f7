/** Task `techniques-classify`: name the technique of each given span (SemEval-2020 Task 11 TC). */
import { z } from 'zod';
import { loadTechniqueModel } from '../../techniques/index.js';
import type { RankedTechnique } from '../../techniques/model.js';
import { ClassifiedSpanSchema, LineIdSchema, OffsetsSchema, spanProblems, TextSchema } from '../schemas.js';
import type { PredictTask } from '../task.js';

export const TechniquesClassifyInputSchema = z.object({ id: LineIdSchema, text: TextSchema, spans: z.array(OffsetsSchema, { error: 'spans must be a list of {start, end}' }) });
export const TechniquesClassifyOutputSchema = z.object({ id: LineIdSchema, spans: z.array(ClassifiedSpanSchema) });
export type TechniquesClassifyInput = z.infer<typeof TechniquesClassifyInputSchema>;
export type TechniquesClassifyOutput = z.infer<typeof TechniquesClassifyOutputSchema>;

/**
 * One technique per given span, in the given order. A span listed k times asks for k different
 * techniques, as in the SemEval-2020 TC template (a span the annotators gave two labels appears
 * twice): its k-th occurrence gets the model's k-th ranked technique.
 *
 * @example
 * assignRanked([{ start: 0, end: 4 }, { start: 0, end: 4 }], [[{ technique: 'A', score: 0.6 }, { technique: 'B', score: 0.3 }]]);
 * // [{ start: 0, end: 4, technique: 'A', score: 0.6 }, { start: 0, end: 4, technique: 'B', score: 0.3 }]
 */
export function assignRanked(
  spans: ReadonlyArray<{ start: number; end: number }>,
  ranked: ReadonlyArray<readonly RankedTechnique[]>,
): Array<{ start: number; end: number; technique: string; score: number }> {
  const unique = uniqueSpans(spans);
  const seen = new Map<string, number>();
  return spans.map(({ start, end }) => {
    const key = `${start}:${end}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    const ranking = ranked[unique.index.get(key) ?? -1] ?? [];
    const choice = ranking[Math.min(k, ranking.length - 1)];
    return { start, end, technique: choice?.technique ?? '', score: choice?.score ?? 0 };
  });
}

/**
 * The distinct spans in first-seen order, and the position of each in that list (keyed `start:end`).
 *
 * @example
 * uniqueSpans([{ start: 5, end: 9 }, { start: 0, end: 4 }, { start: 5, end: 9 }]).list; // [{ start: 5, end: 9 }, { start: 0, end: 4 }]
 */
export function uniqueSpans(spans: ReadonlyArray<{ start: number; end: number }>): { list: Array<{ start: number; end: number }>; index: Map<string, number> } {
  const index = new Map<string, number>();
  const list: Array<{ start: number; end: number }> = [];
  for (const { start, end } of spans) {
    const key = `${start}:${end}`;
    if (index.has(key)) continue;
    index.set(key, list.length);
    list.push({ start, end });
  }
  return { list, index };
}

export const techniquesClassifyTask: PredictTask<TechniquesClassifyInput, TechniquesClassifyOutput> = {
  name: 'techniques-classify',
  description: 'the technique (PTC label) of each given span; a span listed twice gets two different techniques',
  input: TechniquesClassifyInputSchema,
  output: TechniquesClassifyOutputSchema,
  check: ({ text, spans }) => spanProblems(text, spans),
  async prepare(options) {
    const model = await loadTechniqueModel({ model: options.model });
    return {
      model: model.id,
      predict: ({ id, text, spans }) => ({ id, spans: assignRanked(spans, model.classify(text, uniqueSpans(spans).list)) }),
    };
  },
};
