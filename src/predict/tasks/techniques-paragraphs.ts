/** Task `techniques-paragraphs`: the persuasion techniques used in one paragraph (SemEval-2023 Task 3, subtask 3). */
import { z } from 'zod';
import { loadTechniqueModel } from '../../techniques/index.js';
import { LineIdSchema, TextSchema } from '../schemas.js';
import type { PredictTask } from '../task.js';

export const TechniquesParagraphsInputSchema = z.object({ id: LineIdSchema, text: TextSchema });
export const TechniquesParagraphsOutputSchema = z.object({ id: LineIdSchema, labels: z.array(z.string().min(1)) });
export type TechniquesParagraphsInput = z.infer<typeof TechniquesParagraphsInputSchema>;
export type TechniquesParagraphsOutput = z.infer<typeof TechniquesParagraphsOutputSchema>;

/**
 * The SemEval-2023 technique ids the model finds in the paragraph at or above the threshold, best
 * first; `[]` when none.
 *
 * @example
 * const p = await techniquesParagraphsTask.prepare({ model: 'rules' });
 * p.predict({ id: '1_3', text: 'These barbaric thugs.' }).labels; // ['Loaded_Language', 'Name_Calling-Labeling']
 */
export const techniquesParagraphsTask: PredictTask<TechniquesParagraphsInput, TechniquesParagraphsOutput> = {
  name: 'techniques-paragraphs',
  description: 'the persuasion techniques (SemEval-2023 ids) used in one paragraph',
  input: TechniquesParagraphsInputSchema,
  output: TechniquesParagraphsOutputSchema,
  check: () => [],
  async prepare(options) {
    const model = await loadTechniqueModel({ model: options.model });
    const paragraphOptions = options.threshold === undefined ? {} : { threshold: options.threshold };
    return {
      model: model.id,
      predict: ({ id, text }) => ({ id, labels: model.paragraph(text, paragraphOptions).map((t) => t.technique) }),
    };
  },
};
