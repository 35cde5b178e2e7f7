/** Task `subjectivity`: whether a sentence gives the writer's view or a checkable fact (CheckThat! 2025 Task 1 labels `SUBJ` / `OBJ`). */
import { z } from 'zod';
import type { TextClassifier } from '../../classify/classifier.js';
import { requireClassifier } from '../../classify/load.js';
import { classifierPredictor, type ClassifierPredictorOptions } from '../../classify/predictor.js';
import { LineIdSchema, TextSchema } from '../schemas.js';
import type { PredictTask, Predictor } from '../task.js';

export const SubjectivityInputSchema = z.object({ id: LineIdSchema, text: TextSchema });
export const SubjectivityOutputSchema = z.object({
  id: LineIdSchema,
  label: z.enum(['SUBJ', 'OBJ']),
  score: z.number().min(0).max(1),
  evidence: z.array(z.string()).optional(),
});
export type SubjectivityInput = z.infer<typeof SubjectivityInputSchema>;
export type SubjectivityOutput = z.infer<typeof SubjectivityOutputSchema>;

/**
 * The predictor over a given classifier (the shipped one in `prepare`, a small one in tests):
 * `SUBJ` when the probability of SUBJ reaches the threshold; `score` is that probability.
 *
 * @example
 * subjectivityPredictor(loadClassifier('subjectivity')!, {}).predict({ id: 1, text: 'What a dreadful, shameful decision.' });
 * // { id: 1, label: 'SUBJ', score: 0.88 }
 */
export function subjectivityPredictor(classifier: TextClassifier, options: ClassifierPredictorOptions): Predictor<SubjectivityInput, SubjectivityOutput> {
  const answer = classifierPredictor(classifier, options);
  return {
    model: classifier.id,
    predict({ id, text }) {
      const a = answer(text);
      const out: SubjectivityOutput = { id, label: a.labels[0] === 'SUBJ' ? 'SUBJ' : 'OBJ', score: a.score };
      if (a.evidence !== undefined) out.evidence = a.evidence;
      return out;
    },
  };
}

export const subjectivityTask: PredictTask<SubjectivityInput, SubjectivityOutput> = {
  name: 'subjectivity',
  description: 'whether a sentence is subjective: label SUBJ or OBJ (CheckThat! 2025), score the probability of SUBJ',
  input: SubjectivityInputSchema,
  output: SubjectivityOutputSchema,
  check: () => [],
  async prepare(options) {
    return subjectivityPredictor(requireClassifier('subjectivity'), { threshold: options.threshold, evidence: options.evidence });
  },
};
