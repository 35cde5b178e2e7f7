/** Renders models/<name>.md, the model card of a sentence or document classifier, from its training report. */
import { CLASSIFIER_STORAGE, type LearnParams, type SelectionMetric } from '../classify/train.js';
import type { ClassifierReport } from './classifiers.js';

const f3 = (x: number): string => x.toFixed(3);

const METRIC: Record<SelectionMetric, string> = { 'macro-f1': 'macro-F1', 'micro-f1': 'micro-F1', accuracy: 'accuracy' };

const params = (p: LearnParams): string => `λ2 ${p.l2}, min count ${p.minCount}, class weights ^${p.classWeightPower}`;

/** The value of the selection measure in a score. */
function measure(score: ClassifierReport['cv']['nested'], metric: SelectionMetric): number {
  return metric === 'accuracy' ? score.accuracy : metric === 'micro-f1' ? score.micro.f1 : score.macro.f1;
}

/** The feature templates of a spec, in words. */
export function describeSpec(spec: ClassifierReport['definition']['spec']): string {
  const parts: string[] = [];
  if (spec.words) parts.push(`lower-cased words (\`w=\`)${spec.dropStopWords ? ' without stop words' : ''}`);
  if (spec.lemmas) parts.push('lemmas where they differ from the word (`l=`)');
  if (spec.bigrams) parts.push('word bigrams within a sentence (`b=`)');
  if (spec.rules) parts.push("hits of slant's rule detectors, by detector and by rule (`r=`)");
  if (spec.chars.length > 0) parts.push(`character ${spec.chars.join('/')}-grams inside words (\`ch=\`)`);
  if (spec.style) parts.push('style rates (`st=`: quoted words, first/second/third-person pronouns, reporting verbs, numbers, questions, exclamations, punctuation, sentence length, length)');
  const weighting = spec.weighting === 'binary' ? 'each present feature counts 1' : 'counts as 1 + ln(count), the row scaled to unit length';
  return `${parts.join('; ')}. Values: ${weighting}. Words come from slant's own parser (\`src/nlp/parse.ts\`, wink-nlp tokens; numbers, URLs and emoji as classes).`;
}

/**
 * The model card: data and licences, features, learner, hyperparameters and how they were chosen,
 * nested cross-validated scores per fold and per label, size, time, the retrain command and limits.
 * Written by every training run, so its numbers are those of the weights beside it.
 *
 * @example
 * writeFileSync('models/genre.md', renderClassifierCard(report));
 */
export function renderClassifierCard(r: ClassifierReport): string {
  const d = r.definition;
  const cv = r.cv;
  const m = METRIC[d.metric];
  const learner =
    d.kind === 'binary'
      ? `binary logistic regression (positive label \`${d.labels[0]}\`), its threshold tuned for ${m}`
      : d.kind === 'softmax'
        ? 'multinomial (softmax) logistic regression, the most probable label chosen'
        : `one-vs-rest logistic regression, one threshold for every label tuned for ${m}`;
  const L: string[] = [];
  L.push(
    `# Model card: ${d.name} — ${d.title}`,
    '',
    `Weights: \`${r.weights.file}\` (${(r.weights.bytes / 1e3).toFixed(0)} kB gzipped; id \`${r.weights.id}\`; ${r.weights.kept} features kept). This card is written by the training run that wrote them.`,
    '',
    '## What it does',
    '',
    d.task,
    '',
    `Labels: ${d.labels.map((l) => `\`${l}\``).join(', ')}.${d.kind === 'binary' ? ` Threshold on the probability of \`${d.labels[0]}\`: ${cv.chosen.threshold}.` : d.kind === 'ovr' ? ` Threshold: ${cv.chosen.threshold}.` : ''}`,
    '',
    '## Data',
    '',
    ...d.datasets.map((ds) => `- **${ds.name}** (\`${ds.folder}/\`; licence: ${ds.licence}): ${ds.use}.`),
    '',
    `${r.texts} texts scored in cross-validation${r.trainOnly > 0 ? `, plus ${r.trainOnly} train-only texts in every training fold` : ''}; ${r.groups} groups. Folds are grouped by ${r.groupedBy}. No dataset text is in the repository: training reads it from the datasets folder.`,
    '',
    '## Cross-validated scores',
    '',
    `Grouped ${r.folds}-fold **nested** cross-validation (seed ${r.seed}): each outer fold is scored by a model whose hyperparameters${d.kind === 'softmax' ? '' : ' and threshold'} were chosen by an inner cross-validation on the other folds alone. Selection measure: ${m}.`,
    '',
    '| measure | score |',
    '|---|---:|',
    `| ${d.kind === 'ovr' ? 'exact match (the whole label set)' : 'accuracy'} | ${f3(cv.nested.accuracy)} |`,
    `| macro-F1 | ${f3(cv.nested.macro.f1)} |`,
    `| micro-F1 | ${f3(cv.nested.micro.f1)} |`,
    '',
    `Target ${m}: ${d.target === undefined ? 'none set' : `${d.target}`}${d.target === undefined ? '' : measure(cv.nested, d.metric) >= d.target ? ' (met)' : ' (not met)'}. ${d.published === undefined ? 'No published score on a comparable split is quoted here.' : `Best published: ${d.published.value} (${d.published.note}; a different split and model class, so a guide, not a comparison).`}`,
    '',
    '| fold | ' + m + ' | chosen | threshold |',
    '|---:|---:|---|---:|',
    ...cv.perFold.map((f, i) => `| ${i + 1} | ${f3(f.value)} | ${params(f.params)} | ${d.kind === 'softmax' ? '—' : f.threshold} |`),
    '',
    'Per label (nested CV):',
    '',
    '| label | support | P | R | F1 |',
    '|---|---:|---:|---:|---:|',
    ...cv.nested.perLabel.map((l) => `| ${l.label} | ${l.support} | ${f3(l.precision)} | ${f3(l.recall)} | ${f3(l.f1)} |`),
    '',
  );
  if (r.basil !== undefined) {
    const b = r.basil;
    L.push(
      '### Check on BASIL (report only)',
      '',
      `The final model scored every sentence of BASIL (Fan et al. 2019; \`basil/\`, licence: none stated): ${b.lexical} of ${b.sentences} sentences hold a span annotated as lexical bias. Those sentences score higher than the rest with AUC ${f3(b.auc)}; at the model's threshold it flags ${b.flagged} sentences with precision ${f3(b.precision)} (base rate ${f3(b.baseRate)}) and recall ${f3(b.recall)}. BASIL marks a few words per article, so most sentences BABE annotators would call biased hold no BASIL span: the precision is a lower bound. Nothing was tuned on it.`,
      '',
    );
  }
  L.push(
    '## Features',
    '',
    describeSpec(d.spec),
    '',
    ...d.choices.map((c) => `- ${c}`),
    '- These comparisons were made during development on the same data and folds (so they are slightly optimistic as a choice), with the rule lexicons and grouping of that time: they can differ from the shipped run\'s score above in the third decimal. The shipped training run repeats only the hyperparameter grid below.',
    '',
    '## Learner and hyperparameters',
    '',
    `${learner}, fitted by L-BFGS (Liu & Nocedal 1989; \`src/learn/logistic.ts\`) with L2 on the mean log-loss; class weights (n/(K·n_k))^power${d.kind === 'ovr' ? ' (for one-vs-rest: positives weigh (negatives/positives)^power)' : ''}; features seen in fewer training texts than the minimum count are ignored. Grid (plain ${r.folds}-fold CV on all data, the final choice):`,
    '',
    `| hyperparameters | threshold | ${m} |`,
    '|---|---:|---:|',
    ...cv.grid.map((g) => `| ${params(g.params)}${g === cv.grid.find((x) => x.params === cv.chosen.params) ? ' **(chosen)**' : ''} | ${d.kind === 'softmax' ? '—' : g.threshold} | ${f3(measure(g.score, d.metric))} |`),
    '',
    `Weights with magnitudes below ${CLASSIFIER_STORAGE.minAbs} are dropped and the rest kept to ${CLASSIFIER_STORAGE.digits} significant digits; every cross-validation fold model is pruned the same way, so the scores above are those of weights this compact. ${r.features} candidate features, ${r.weights.kept} kept.`,
    '',
    '## Training',
    '',
    '```sh',
    `npm run train -- --only ${d.name} --folds ${r.folds} --seed ${r.seed}   # add --data DIR when the datasets are not in ../shared/datasets`,
    '```',
    '',
    `Deterministic: the same data, code and seed give byte-identical weights. Time on the development machine (2 cores, shared): ${Math.round(r.seconds.total)} s (parsing and features ${Math.round(r.seconds.prepare)} s, cross-validation ${Math.round(r.seconds.cv)} s).`,
    '',
    '## Runtime',
    '',
    `Measured by the training run: validating the weights ${r.runtime.loadMs} ms; classifying a training text (${r.runtime.wordsPerText} words on average), parsing${d.spec.rules ? ' and the rule detectors' : ''} included, ${r.runtime.msPerText} ms on one core.`,
    '',
    '## Known limits',
    '',
    ...d.limits.map((l) => `- ${l}`),
    '- The probabilities come from a regularized linear model: they rank texts well enough but are not calibrated beyond the training distribution.',
    '- Evidence lists the features that pushed the decision most (weight × value); it explains the model, not the truth of the label.',
    '',
  );
  return L.join('\n');
}
