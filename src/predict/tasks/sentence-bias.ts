/** Task `sentence-bias`: whether a news sentence is biased (BABE's labels `Biased` / `Non-biased`). */
import { z } from 'zod';
import type { TextClassifier } from '../../classify/classifier.js';
import { requireClassifier } from '../../classify/load.js';
import { classifierPredictor, type ClassifierPredictorOptions } from '../../classify/predictor.js';
import { LineIdSchema, TextSchema } from '../schemas.js';
import type { PredictTask, Predictor } from '../task.js';

export const SentenceBiasInputSchema = z.object({ id: LineIdSchema, text: TextSchema });
export const SentenceBiasOutputSchema = z.object({
  id: LineIdSchema,
  label: z.enum(['Biased', 'Non-biased']),
  score: z.number().min(0).max(1),
  evidence: z.array(z.string()).optional(),
});
export type SentenceBiasInput = z.infer<typeof SentenceBiasInputSchema>;
export type SentenceBiasOutput = z.infer<typeof SentenceBiasOutputSchema>;

/**
 * The predictor over a given classifier (the shipped one in `prepare`, a small one in tests):
 * `Biased` when the probability of Biased reaches the threshold; `score` is that probability.
 *
 * @example
 * sentenceBiasPredictor(loadClassifier('sentence-bias')!, {}).predict({ id: 1, text: 'The radical mob stormed the hall.' });
 * // { id: 1, label: 'Biased', score: 0.83 }
 */
export function sentenceBiasPredictor(classifier: TextClassifier, options: ClassifierPredictorOptions): Predictor<SentenceBiasInput, SentenceBiasOutput> {
  const answer = classifierPredictor(classifier, options);
  return {
    model: classifier.id,
    predict({ id, text }) {
      const a = answer(text);
      const out: SentenceBiasOutput = { id, label: a.labels[0] === 'Biased' ? 'Biased' : 'Non-biased', score: a.score };
      if (a.evidence !== undefined) out.evidence = a.evidence;
      return out;
    },
  };
}

export const sentenceBiasTask: PredictTask<SentenceBiasInput, SentenceBiasOutput> = {
  name: 'sentence-bias',
  description: 'whether a news sentence is biased: label Biased or Non-biased (BABE), score the probability of Biased',
  input: SentenceBiasInputSchema,
  output: SentenceBiasOutputSchema,
  check: () => [],
  async prepare(options) {
    return sentenceBiasPredictor(requireClassifier('sentence-bias'), { threshold: options.threshold, evidence: options.evidence });
  },
};
