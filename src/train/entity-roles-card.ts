/** Renders models/entity-roles.md, the model card of the entity main-role model, from a training report. */
import type { EntityRolesReport, RoleScore } from './entity-roles.js';

const f3 = (x: number): string => x.toFixed(3);

function roleTable(s: RoleScore): string[] {
  return ['| role | support | P | R | F1 |', '|---|---:|---:|---:|---:|', ...s.perRole.map((r) => `| ${r.role} | ${r.support} | ${f3(r.precision)} | ${f3(r.recall)} | ${f3(r.f1)} |`)];
}

/**
 * The model card: data and licence, features, learner, hyperparameters and how they were chosen,
 * cross-validated scores against the baselines, size, time, the retrain command and known limits.
 * Written by every training run, so its numbers are those of the weights beside it.
 *
 * @example
 * writeFileSync('models/entity-roles.md', renderEntityRolesCard(report));
 */
export function renderEntityRolesCard(r: EntityRolesReport): string {
  const c = r.chosen;
  const counts = Object.entries(r.roleCounts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const domains = Object.entries(r.domains)
    .map(([k, v]) => `${v} ${k === 'UA' ? 'on the Ukraine–Russia war' : k === 'CC' ? 'on climate change' : k}`)
    .join(', ');
  return [
    '# Model card: entity main roles',
    '',
    `Weights: \`${r.weights.file}\` (${(r.weights.bytes / 1e3).toFixed(0)} kB gzipped; id \`${r.weights.id}\`). This card is written by the training run that wrote them.`,
    '',
    '## What the model does',
    '',
    'Given a mention of an entity in a news text, it says which main role the text casts the entity in: **Protagonist**, **Antagonist** or **Innocent** (the main roles of SemEval-2025 Task 10, subtask 1, "entity framing"). It is a multinomial logistic regression over named features of the mention, its sentence and its actor in the document; the actors lens (`src/actors`) supplies the portrayal and harm cues it reads, and uses its probabilities for the role of each actor it reports. `slant predict entity-roles` answers with it.',
    '',
    `## Cross-validated scores (${r.folds}-fold, grouped by document, seed ${r.seed})`,
    '',
    '| model | accuracy | macro-F1 |',
    '|---|---:|---:|',
    `| always Antagonist (baseline) | ${f3(r.majority.accuracy)} | ${f3(r.majority.macroF1)} |`,
    `| rules alone (portrayal and harm cues; neutral answered Antagonist) | ${f3(r.rules.accuracy)} | ${f3(r.rules.macroF1)} |`,
    `| learned, without the rule features | ${f3(r.withoutRules.accuracy)} | ${f3(r.withoutRules.macroF1)} |`,
    `| **learned (nested CV: the setting chosen inside each training part)** | **${f3(r.nested.score.accuracy)}** | **${f3(r.nested.score.macroF1)}** |`,
    '',
    'Accuracy is the share of mentions given their gold main role (the task\'s main-role measure); macro-F1 averages the F1 of the three roles. Documents are split into folds by id, so no document is both trained and tested on. The headline figure is nested: for each outer fold, the hyperparameter setting is chosen by an inner grouped cross-validation on the other folds only, then a model trained on them is scored on the held-out fold. The row without rule features uses the final setting with plain cross-validation (mildly optimistic). Scores are on the train data of the shared task, not on its sealed test set.',
    '',
    '### Per fold (nested)',
    '',
    '| fold | setting chosen inside | accuracy | macro-F1 |',
    '|---:|---|---:|---:|',
    ...r.nested.perFold.map((f, i) => `| ${i + 1} | ${f.params} | ${f3(f.accuracy)} | ${f3(f.macroF1)} |`),
    '',
    '### Per role (nested)',
    '',
    ...roleTable(r.nested.score),
    '',
    '## Data',
    '',
    `- **SemEval-2025 Task 10, English, subtask 1** (entity framing), the training release: ${r.documents} documents with annotated entities (${domains}), ${r.mentions} entity mentions: ${counts}. Offsets are UTF-16 code units with an inclusive end (checked against the entity strings). Licence: none stated in the distribution.`,
    `- The lens's own mention rules found ${r.recognized} of the ${r.mentions} annotated spans as actor mentions (the rest are read from the given span alone).`,
    '- No text of the dataset is stored in the weights: they hold feature strings (words, cue kinds) and numbers, and the valences of single words (wink-nlp\'s sentiment lexicon).',
    '',
    '## Features',
    '',
    '`src/actors/features.ts` (`mentionFeatures`): the words of the mention; the kind of actor (person, state, organisation, group, place); lemmas in a window each side within the sentence, and the nearest ones; the portrayal cues on the mention and on any mention of the same actor (polarity × modifier / apposition / predicate / possessive); its harm and help roles (agent or patient, and the harm category) here and anywhere in the text; the role the rules give the actor; the valence of the rest of the sentence (binned) and counts of negative and positive words; loaded-language and name-calling words in the sentence; how often the actor is named; in the title; quoted; quoted as a source. Rule features are inputs of the model, so it learns how far to trust each cue.',
    '',
    '## Learner and hyperparameters',
    '',
    `Softmax regression fitted by L-BFGS (\`src/learn/logistic.ts\`), L2 on the mean cross-entropy, class weights (n/(K·n_k))^p, features seen in ≥ ${c.minCount} training mentions, at most ${c.maxIterations} iterations. Final setting (best accuracy in plain ${r.folds}-fold CV, macro-F1 breaking near-ties): window ${c.window}, λ2 ${c.l2}, class-weight power ${c.classWeightPower}. Weights below 0.01 are dropped and the rest kept to 3 significant digits, in every fold model as in the stored one. ${r.features} features kept; ${r.weights.valenceWords} word valences.`,
    '',
    '| setting | CV accuracy | CV macro-F1 |',
    '|---|---:|---:|',
    ...r.grid.map((g) => `| ${g.params} | ${f3(g.accuracy)} | ${f3(g.macroF1)} |`),
    '',
    '## Training',
    '',
    '```sh',
    `npm run train -- --only entity-roles --folds ${r.folds} --seed ${r.seed}   # add --data DIR when the datasets are not in ../shared/datasets`,
    '```',
    '',
    `Deterministic: the same data, code and seed give byte-identical weights. Time on the development machine (2 cores, shared): ${Math.round(r.seconds.total)} s (reading the documents ${Math.round(r.seconds.prepare)} s, cross-validation ${Math.round(r.seconds.cv)} s). Scoring, with the actors analysis of each document (POS parse not included): ${r.mentionsPerSecond} mentions/s on one core.`,
    '',
    '## Known limits',
    '',
    '- Trained on 2022–2024 news and blog texts about two topics (the Ukraine–Russia war, climate change), many of them partisan; entity names are features, so the model carries priors about those entities (Russia, Putin, NATO…) that mean nothing for other conflicts. On other conflicts it leans on the cue and context features.',
    '- The data annotate only entities the annotators saw as framed: every mention has a role. The model therefore always answers one of the three; the lens adds "neutral" for actors without portrayal or harm cues.',
    '- Innocent and Protagonist are rare (about 1 in 9 and 1 in 5): their recall is the weak point, see the per-role table.',
    '- Cues come from shallow POS patterns, not a parser: long-distance agents, pronouns and irony are missed.',
    '',
  ].join('\n');
}
