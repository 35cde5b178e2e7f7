/** Task `entity-roles`: the main role of each given entity mention (SemEval-2025 Task 10, subtask 1: Protagonist, Antagonist, Innocent). */
import { z } from 'zod';
import { createActorExtractor, type ActorExtractor } from '../../actors/extract.js';
import { mentionFeatures } from '../../actors/features.js';
import { MAIN_ROLES, type EntityRoleModel, type MainRoleLabel } from '../../actors/model.js';
import { ruleEvidence, ruleRole } from '../../actors/roles.js';
import type { DocAnalysis } from '../../actors/analysis.js';
import { parse } from '../../nlp/parse.js';
import { LineIdSchema, OffsetsSchema, spanProblems, TextSchema } from '../schemas.js';
import type { PredictTask } from '../task.js';

export const EntityRolesInputSchema = z.object({ id: LineIdSchema, text: TextSchema, entities: z.array(OffsetsSchema, { error: 'entities must be a list of {start, end}' }) });
export const EntityRolesOutputSchema = z.object({
  id: LineIdSchema,
  entities: z.array(OffsetsSchema.extend({ role: z.enum(MAIN_ROLES), score: z.number().min(0).max(1), evidence: z.array(z.string()).optional() })),
});
export type EntityRolesInput = z.infer<typeof EntityRolesInputSchema>;
export type EntityRolesOutput = z.infer<typeof EntityRolesOutputSchema>;

const ROLE_LABEL: Record<string, MainRoleLabel> = { protagonist: 'Protagonist', antagonist: 'Antagonist', innocent: 'Innocent' };

/**
 * The role of the mention `m` of an analysis: the learned model's most probable role, or, without
 * a model, the rules' role for the mention's actor (Antagonist, the commonest role, when the rules
 * see none).
 *
 * @example
 * roleOfMention(analysis, analysis.given[0], model); // { role: 'Antagonist', score: 0.71, evidence: [...] }
 */
export function roleOfMention(a: DocAnalysis, m: number, model: EntityRoleModel | undefined): { role: MainRoleLabel; score: number; evidence: string[] } {
  if (model !== undefined) {
    const features: string[] = [];
    mentionFeatures(a, m, model.params, features);
    const p = model.probabilities(features);
    let best = 0;
    for (let k = 1; k < p.length; k += 1) if ((p[k] as number) > (p[best] as number)) best = k;
    return { role: MAIN_ROLES[best] as MainRoleLabel, score: Math.round((p[best] as number) * 1000) / 1000, evidence: model.contributions(features, best, 3).map((c) => c.feature) };
  }
  const actor = a.actors[a.actorOf[m] ?? -1];
  const members = actor?.members ?? [m];
  const head = members.map((i) => a.mentions[i]?.head).find((h) => h !== undefined);
  const ruled = ruleRole(ruleEvidence({ portrayal: members.flatMap((i) => a.portrayal[i] ?? []), harm: members.flatMap((i) => a.harm[i] ?? []), mentions: [], head }));
  return ruled.role === 'neutral' ? { role: 'Antagonist', score: 0.5, evidence: [] } : { role: ROLE_LABEL[ruled.role] as MainRoleLabel, score: ruled.score, evidence: [] };
}

/**
 * One role per given entity mention, in the given order (a mention listed twice is answered twice).
 * Every mention gets one of the three roles, as in the task, where only framed entities are
 * annotated.
 *
 * @example
 * const p = await entityRolesTask.prepare({});
 * p.predict({ id: 1, text: 'Soldiers of Varnia shelled the villagers of Ostrel.', entities: [{ start: 12, end: 18 }] });
 * // { id: 1, entities: [{ start: 12, end: 18, role: 'Antagonist', score: … }] }
 */
export const entityRolesTask: PredictTask<EntityRolesInput, EntityRolesOutput> = {
  name: 'entity-roles',
  description: 'the main role (Protagonist, Antagonist, Innocent) of each given entity mention (SemEval-2025 Task 10 subtask 1)',
  input: EntityRolesInputSchema,
  output: EntityRolesOutputSchema,
  check: (input) => spanProblems(input.text, input.entities).map((p) => p.replace(/^span/, 'entity')),
  async prepare(options) {
    const extractor: ActorExtractor = createActorExtractor();
    return {
      model: extractor.model?.id ?? 'rules-1.0.0',
      predict({ id, text, entities }) {
        const a = extractor.analyze(parse(text, { pos: true }), entities);
        return {
          id,
          entities: entities.map((e, i) => {
            const m = a.given[i] ?? -1;
            const answer = m === -1 ? { role: 'Antagonist' as const, score: 0.5, evidence: [] } : roleOfMention(a, m, extractor.model);
            return { start: e.start, end: e.end, role: answer.role, score: answer.score, ...(options.evidence === true ? { evidence: answer.evidence } : {}) };
          }),
        };
      },
    };
  },
};
