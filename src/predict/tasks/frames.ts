/** Task `frames`: the frames an article uses, any of the 14 of SemEval-2023 Task 3 subtask 2. */
import { z } from 'zod';
import type { TextClassifier } from '../../classify/classifier.js';
import { requireClassifier } from '../../classify/load.js';
import { classifierPredictor, type ClassifierPredictorOptions } from '../../classify/predictor.js';
import { LineIdSchema, TextSchema } from '../schemas.js';
import type { PredictTask, Predictor } from '../task.js';

export const FramesInputSchema = z.object({ id: LineIdSchema, text: TextSchema, title: z.string().optional() });
export const FramesOutputSchema = z.object({ id: LineIdSchema, labels: z.array(z.string().min(1)), evidence: z.array(z.string()).optional() });
export type FramesInput = z.infer<typeof FramesInputSchema>;
export type FramesOutput = z.infer<typeof FramesOutputSchema>;

/**
 * The predictor over a given classifier: every frame (as written in the dataset, e.g.
 * `Crime_and_punishment`) whose probability reaches the threshold, most probable first; `[]` when
 * none does.
 *
 * @example
 * framesPredictor(loadClassifier('frames')!, {}).predict({ id: 2, text: 'The court jailed…' });
 * // { id: 2, labels: ['Crime_and_punishment', 'Legality_Constitutionality_and_jurisprudence'] }
 */
export function framesPredictor(classifier: TextClassifier, options: ClassifierPredictorOptions): Predictor<FramesInput, FramesOutput> {
  const answer = classifierPredictor(classifier, options);
  return {
    model: classifier.id,
    predict({ id, text, title }) {
      const a = answer(text, title);
      const out: FramesOutput = { id, labels: a.labels };
      if (a.evidence !== undefined) out.evidence = a.evidence;
      return out;
    },
  };
}

export const framesTask: PredictTask<FramesInput, FramesOutput> = {
  name: 'frames',
  description: 'the frames an article uses (SemEval-2023 Task 3 ST2 names, e.g. Crime_and_punishment), best first',
  input: FramesInputSchema,
  output: FramesOutputSchema,
  check: () => [],
  async prepare(options) {
    return framesPredictor(requireClassifier('frames'), { threshold: options.threshold, evidence: options.evidence });
  },
};
