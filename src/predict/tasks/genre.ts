/** Task `genre`: whether an article is opinion, reporting or satire (SemEval-2023 Task 3, subtask 1). */
import { z } from 'zod';
import type { TextClassifier } from '../../classify/classifier.js';
import { requireClassifier } from '../../classify/load.js';
import { classifierPredictor, type ClassifierPredictorOptions } from '../../classify/predictor.js';
import { LineIdSchema, TextSchema } from '../schemas.js';
import type { PredictTask, Predictor } from '../task.js';

export const GenreInputSchema = z.object({ id: LineIdSchema, text: TextSchema, title: z.string().optional() });
export const GenreOutputSchema = z.object({
  id: LineIdSchema,
  label: z.enum(['opinion', 'reporting', 'satire']),
  score: z.number().min(0).max(1),
  evidence: z.array(z.string()).optional(),
});
export type GenreInput = z.infer<typeof GenreInputSchema>;
export type GenreOutput = z.infer<typeof GenreOutputSchema>;

/**
 * The predictor over a given classifier: the most probable genre and its probability. A `title`,
 * when given, is read as the article's first line (the SemEval articles open with theirs).
 *
 * @example
 * genrePredictor(loadClassifier('genre')!, {}).predict({ id: '8', text: 'I have long believed…' });
 * // { id: '8', label: 'opinion', score: 0.93 }
 */
export function genrePredictor(classifier: TextClassifier, options: ClassifierPredictorOptions): Predictor<GenreInput, GenreOutput> {
  const answer = classifierPredictor(classifier, options);
  return {
    model: classifier.id,
    predict({ id, text, title }) {
      const a = answer(text, title);
      const out: GenreOutput = { id, label: GenreOutputSchema.shape.label.parse(a.labels[0] ?? 'opinion'), score: a.score };
      if (a.evidence !== undefined) out.evidence = a.evidence;
      return out;
    },
  };
}

export const genreTask: PredictTask<GenreInput, GenreOutput> = {
  name: 'genre',
  description: 'whether an article is opinion, reporting or satire (SemEval-2023 Task 3 ST1), with the probability of that label',
  input: GenreInputSchema,
  output: GenreOutputSchema,
  check: () => [],
  async prepare(options) {
    return genrePredictor(requireClassifier('genre'), { threshold: options.threshold, evidence: options.evidence });
  },
};
