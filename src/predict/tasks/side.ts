/** Task `side`: whose side's language a text takes in the conflict of a given terminology pack. */
import { z } from 'zod';
import type { Detector } from '../../detectors/detector.js';
import { createDefaultDetectors } from '../../detectors/index.js';
import { parse } from '../../nlp/parse.js';
import { assessPackSide, createSideAssessor, loadPacks, MIXED, NEUTRAL, packScanner, type Pack, type SideAssessment } from '../../packs/index.js';
import { LineIdSchema, TextSchema } from '../schemas.js';
import type { PredictTask } from '../task.js';

export const SideInputSchema = z.object({
  id: LineIdSchema,
  text: TextSchema,
  pack: z.string({ error: 'pack must be a string: a pack id (see slant packs list)' }).min(1, { error: 'pack must not be empty' }),
});
export const SideOutputSchema = z.object({ id: LineIdSchema, label: z.string().min(1), score: z.number().min(0).max(1) });
export type SideInput = z.infer<typeof SideInputSchema>;
export type SideOutput = z.infer<typeof SideOutputSchema>;

/**
 * The answer of a side reading: a side id of the pack, or `neutral` (for too little side-marking
 * language and for a mix of both sides'), with the reading's score for that answer. For
 * `neutral` the score is 1 minus the best side's score.
 *
 * @example
 * sideAnswer({ label: 'mixed', scores: [{ label: 'mixed', score: 0.6 }, { label: 'a', score: 0.35 }, …] }); // { label: 'neutral', score: 0.65 }
 */
export function sideAnswer(assessment: Pick<SideAssessment, 'label' | 'score' | 'scores'>, sides: readonly string[]): { label: string; score: number } {
  if (assessment.label !== NEUTRAL && assessment.label !== MIXED) return { label: assessment.label, score: assessment.score };
  const bestSide = Math.max(0, ...assessment.scores.filter((s) => sides.includes(s.label)).map((s) => s.score));
  return { label: NEUTRAL, score: Math.round((1 - bestSide) * 1000) / 1000 };
}

/**
 * The side a text's language takes for one pack, read the way `slant analyze` reads it (terms of
 * the pack and name calling aimed at its actors), but whether or not the text names the pack's
 * conflict often enough for the pack to fire on its own.
 *
 * @example
 * const p = await sideTask.prepare({});
 * p.predict({ id: 1, text: 'The lifeline corridor to Kelhara…', pack: 'fictional-kell-valley' }); // { id: 1, label: 'lusovia', score: 0.8 }
 */
export const sideTask: PredictTask<SideInput, SideOutput> = {
  name: 'side',
  description: 'whose side the text\'s language takes in the conflict of a terminology pack: a side id of the pack, or neutral',
  input: SideInputSchema,
  output: SideOutputSchema,
  check(input) {
    const packs = loadPacks();
    return packs.some((p) => p.id === input.pack) ? [] : [`unknown pack "${input.pack}"; packs: ${packs.map((p) => p.id).join(', ')}`];
  },
  async prepare() {
    const packs = loadPacks();
    const scanner = packScanner(packs);
    const nameCalling = createDefaultDetectors().find((d) => d.id === 'name-calling') as Detector;
    const byId = new Map<string, Pack>(packs.map((p) => [p.id, p]));
    return {
      model: createSideAssessor(packs).version,
      predict({ id, text, pack }) {
        const chosen = byId.get(pack) as Pack;
        const doc = parse(text);
        const reading = scanner.read(doc).find((r) => r.pack === chosen);
        if (reading === undefined) return { id, label: NEUTRAL, score: 1 };
        const assessment = assessPackSide(doc, reading, nameCalling.detect(doc));
        return { id, ...sideAnswer(assessment, chosen.sides.map((s) => s.id)) };
      },
    };
  },
};
