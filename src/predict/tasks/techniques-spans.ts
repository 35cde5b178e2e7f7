/** Task `techniques-spans`: find the spans that use a persuasion technique (SemEval-2020 Task 11 SI, and full detection). */
import { z } from 'zod';
import { loadTechniqueModel } from '../../techniques/index.js';
import { LineIdSchema, ScoredSpanSchema, TextSchema } from '../schemas.js';
import type { PredictTask } from '../task.js';

export const TechniquesSpansInputSchema = z.object({ id: LineIdSchema, text: TextSchema });
export const TechniquesSpansOutputSchema = z.object({ id: LineIdSchema, spans: z.array(ScoredSpanSchema) });
export type TechniquesSpansInput = z.infer<typeof TechniquesSpansInputSchema>;
export type TechniquesSpansOutput = z.infer<typeof TechniquesSpansOutputSchema>;

/**
 * Every span the model scores at or above the threshold, with its PTC label, sorted by start. For
 * span identification (SI) the labels are ignored; for full detection they count.
 *
 * @example
 * const p = await techniquesSpansTask.prepare({ model: 'rules' });
 * p.predict({ id: 'a', text: 'These barbaric thugs.' }).spans; // [{ start: 6, end: 14, technique: 'Loaded_Language', score: 0.9 }, …]
 */
export const techniquesSpansTask: PredictTask<TechniquesSpansInput, TechniquesSpansOutput> = {
  name: 'techniques-spans',
  description: 'spans that use a persuasion technique, each with a PTC label and a score',
  input: TechniquesSpansInputSchema,
  output: TechniquesSpansOutputSchema,
  check: () => [],
  async prepare(options) {
    const model = await loadTechniqueModel({ model: options.model });
    const spanOptions = options.threshold === undefined ? {} : { threshold: options.threshold };
    return {
      model: model.id,
      predict: ({ id, text }) => ({
        id,
        spans: model
          .spans(text, spanOptions)
          .map(({ start, end, technique, score, evidence }) => (options.evidence === true ? { start, end, technique, score, evidence: evidence ?? [] } : { start, end, technique, score }))
          .sort((a, b) => a.start - b.start || a.end - b.end),
      }),
    };
  },
};
