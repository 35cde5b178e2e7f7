/** Task `hyperpartisan`: whether an article is hyperpartisan (SemEval-2019 Task 4, by article): label true or false. */
import { z } from 'zod';
import type { TextClassifier } from '../../classify/classifier.js';
import { requireClassifier } from '../../classify/load.js';
import { classifierPredictor, type ClassifierPredictorOptions } from '../../classify/predictor.js';
import { LineIdSchema, TextSchema } from '../schemas.js';
import type { PredictTask, Predictor } from '../task.js';

export const HyperpartisanInputSchema = z.object({ id: LineIdSchema, text: TextSchema, title: z.string().optional() });
export const HyperpartisanOutputSchema = z.object({
  id: LineIdSchema,
  label: z.boolean(),
  score: z.number().min(0).max(1),
  evidence: z.array(z.string()).optional(),
});
export type HyperpartisanInput = z.infer<typeof HyperpartisanInputSchema>;
export type HyperpartisanOutput = z.infer<typeof HyperpartisanOutputSchema>;

/**
 * The predictor over a given classifier: `true` when the probability of hyperpartisan reaches the
 * threshold; `score` is that probability. The `title`, when given, is read as the first line, as in
 * training.
 *
 * @example
 * hyperpartisanPredictor(loadClassifier('hyperpartisan')!, {}).predict({ id: '0000007', title: 'Traitors!', text: '…' });
 * // { id: '0000007', label: true, score: 0.87 }
 */
export function hyperpartisanPredictor(classifier: TextClassifier, options: ClassifierPredictorOptions): Predictor<HyperpartisanInput, HyperpartisanOutput> {
  const answer = classifierPredictor(classifier, options);
  return {
    model: classifier.id,
    predict({ id, text, title }) {
      const a = answer(text, title);
      const out: HyperpartisanOutput = { id, label: a.labels[0] === 'true', score: a.score };
      if (a.evidence !== undefined) out.evidence = a.evidence;
      return out;
    },
  };
}

export const hyperpartisanTask: PredictTask<HyperpartisanInput, HyperpartisanOutput> = {
  name: 'hyperpartisan',
  description: 'whether an article (with an optional title) is hyperpartisan: label true or false (SemEval-2019 Task 4), score the probability of true',
  input: HyperpartisanInputSchema,
  output: HyperpartisanOutputSchema,
  check: () => [],
  async prepare(options) {
    return hyperpartisanPredictor(requireClassifier('hyperpartisan'), { threshold: options.threshold, evidence: options.evidence });
  },
};
