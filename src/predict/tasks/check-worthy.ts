/** Task `check-worthy`: whether a sentence states a check-worthy factual claim (ClaimBuster's label 1). */
import { z } from 'zod';
import { claimFeatureContext, loadCheckWorthinessModel } from '../../claims/index.js';
import { SlantError } from '../../core/errors.js';
import { parse } from '../../nlp/parse.js';
import { LineIdSchema, TextSchema } from '../schemas.js';
import type { PredictTask } from '../task.js';

export const CheckWorthyInputSchema = z.object({ id: LineIdSchema, text: TextSchema });
export const CheckWorthyOutputSchema = z.object({
  id: LineIdSchema,
  label: z.int().min(0).max(1),
  score: z.number().min(0).max(1),
  evidence: z.array(z.string()).optional(),
});
export type CheckWorthyInput = z.infer<typeof CheckWorthyInputSchema>;
export type CheckWorthyOutput = z.infer<typeof CheckWorthyOutputSchema>;

/**
 * Label 1 when the check-worthiness model scores the sentence at or above the threshold
 * (`--threshold`, default the model's own), else 0; `score` is the model's probability, rounded to
 * four decimals. The whole `text` is scored as one sentence, as in training. With `--evidence`,
 * the features that raised the score.
 *
 * @example
 * const p = await checkWorthyTask.prepare({});
 * p.predict({ id: 7, text: 'Unemployment fell by 40 percent in 2019.' }); // { id: 7, label: 1, score: 0.97 }
 */
export const checkWorthyTask: PredictTask<CheckWorthyInput, CheckWorthyOutput> = {
  name: 'check-worthy',
  description: 'whether a sentence states a check-worthy factual claim: label 1 or 0 (ClaimBuster), with the score',
  input: CheckWorthyInputSchema,
  output: CheckWorthyOutputSchema,
  check: () => [],
  async prepare(options) {
    const model = loadCheckWorthinessModel(claimFeatureContext());
    if (model === undefined) throw new SlantError('SLANT_NOT_FOUND', 'models/check-worthy.json.gz is missing; train it with `npm run train -- --only check-worthy`');
    const threshold = options.threshold ?? model.threshold;
    const evidence = options.evidence === true;
    return {
      model: model.id,
      predict({ id, text }) {
        const doc = parse(text, { pos: true });
        const scored = model.score(doc, 0, doc.tokens.length);
        const out: CheckWorthyOutput = { id, label: scored.score >= threshold ? 1 : 0, score: Math.round(scored.score * 1e4) / 1e4 };
        if (evidence) out.evidence = scored.evidence();
        return out;
      },
    };
  },
};
