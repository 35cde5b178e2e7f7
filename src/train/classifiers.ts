/** Trains the sentence and document classifiers (sentence-bias, subjectivity, genre, frames, hyperpartisan) with grouped nested CV, and writes weights and model cards. */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextClassifier } from '../classify/classifier.js';
import { textFeatures, type FeatureSpec } from '../classify/features.js';
import { readClassifier, writeClassifier, type ClassifierName } from '../classify/load.js';
import { readDoc } from '../classify/read.js';
import { buildTrainingData, crossValidate, fitClassifier, type ClassifierKind, type CrossValidation, type LabelledText, type LearnParams, type SelectionMetric } from '../classify/train.js';
import { createDefaultDetectors, ruleLexicons, runDetectors } from '../detectors/index.js';
import { sha256, stableStringify } from '../core/hash.js';
import { loadLexicons } from '../lexicon/load.js';
import type { Detector } from '../detectors/detector.js';
import { parse } from '../nlp/parse.js';
import { loadBabe } from './datasets/babe.js';
import { loadBasil } from './datasets/basil.js';
import { loadCheckThatSubjectivity } from './datasets/checkthat.js';
import { loadHyperpartisan } from './datasets/hyperpartisan.js';
import { requireDataset } from './datasets/paths.js';
import { loadSemeval2023Frames, loadSemeval2023Genre } from './datasets/semeval2023.js';
import { renderClassifierCard } from './classifier-card.js';

/** The 14 frames of SemEval-2023 Task 3 subtask 2 (the Media Frames Corpus, Card et al. 2015), as written in the label files. */
export const SEMEVAL2023_FRAMES = [
  'Economic',
  'Capacity_and_resources',
  'Morality',
  'Fairness_and_equality',
  'Legality_Constitutionality_and_jurisprudence',
  'Policy_prescription_and_evaluation',
  'Crime_and_punishment',
  'Security_and_defense',
  'Health_and_safety',
  'Quality_of_life',
  'Cultural_identity',
  'Public_opinion',
  'Political',
  'External_regulation_and_reputation',
] as const;

/** A dataset a model learns from, as the card names it. */
export interface DatasetNote {
  name: string;
  /** Its folder under the datasets directory. */
  folder: string;
  licence: string;
  /** What of it is used, e.g. "2,932 sentences (No agreement dropped)". */
  use: string;
}

/** The texts of a model, ready to featurize. */
export interface ModelTexts {
  texts: Array<{ text: string; labels: string[]; group: string; trainOnly?: boolean }>;
  /** What the folds group by, in words. */
  groupedBy: string;
  /** For the stored file: what it was trained on. */
  trainedOn: string;
}

/** Everything that defines one classifier's training. */
export interface ClassifierDefinition {
  name: ClassifierName;
  /** One line for the card's title. */
  title: string;
  /** What it answers, for the card. */
  task: string;
  kind: ClassifierKind;
  unit: 'sentence' | 'document';
  labels: readonly string[];
  spec: FeatureSpec;
  grid: readonly LearnParams[];
  metric: SelectionMetric;
  datasets: DatasetNote[];
  /** The project's target on the selection measure, when one was set. */
  target?: number | undefined;
  /** The best published score, with where, when one is known; else undefined. */
  published?: { value: number; note: string } | undefined;
  /** How features were chosen (development comparisons on the same folds), for the card. */
  choices: string[];
  limits: string[];
  /** Score BASIL's lexical-bias sentences with the final model (report only; skipped when BASIL is absent). */
  basilCheck?: boolean | undefined;
  load(dataDir: string): ModelTexts;
}

const SENTENCE_SPEC: FeatureSpec = { words: true, lemmas: true, bigrams: true, rules: true, style: false, chars: [], dropStopWords: false, weighting: 'binary' };

const grid = (l2s: readonly number[], classWeightPower = 1, minCount = 2): LearnParams[] => l2s.map((l2) => ({ l2, minCount, classWeightPower }));

/** Groups near-identical sentences (case, punctuation and spacing aside) so a repeated sentence never sits on both sides of a split. */
const sentenceKey = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const BABE: DatasetNote = { name: 'BABE SG2 (Spinde et al. 2021)', folder: 'babe', licence: 'AGPL-3.0', use: '' };

/** The five shipped classifiers. */
export const CLASSIFIER_DEFINITIONS: Record<ClassifierName, ClassifierDefinition> = {
  'sentence-bias': {
    name: 'sentence-bias',
    title: 'sentence-level media bias (BABE)',
    task: 'Whether a news sentence is biased (Biased / Non-biased, the labels of BABE): word choice that takes a side.',
    kind: 'binary',
    unit: 'sentence',
    labels: ['Biased', 'Non-biased'],
    spec: SENTENCE_SPEC,
    grid: grid([1e-3, 3e-3, 1e-2, 3e-2]),
    metric: 'macro-f1',
    datasets: [{ ...BABE, use: 'every sentence labelled Biased or Non-biased (the one "No agreement" sentence dropped)' }],
    basilCheck: true,
    target: 0.72,
    published: { value: 0.81, note: 'Spinde et al. 2021, RoBERTa with distant-supervision pre-training, 5-fold CV on BABE' },
    choices: [
      'Features compared on the same folds (nested macro-F1): words alone 0.699; + lemmas and bigrams 0.711; + rule-detector hits 0.730; + character 3–4-grams 0.713; character 3–5-grams alone 0.703; + valence bins of wink-nlp\'s sentiment lexicon 0.727; minimum count 1 instead of 2: 0.732 (twice the features); naive-Bayes scaled features (Wang & Manning 2012) 0.723.',
    ],
    limits: [
      'BABE sentences come from US news of 2017–2021 on US topics (immigration, guns, abortion, …); other conflicts, periods and registers are out of domain, and the model has learnt some topic words with the bias.',
      'A sentence is read alone: the same words in a quotation (reported speech) count as if the writer said them.',
      'Annotators marked bias in word choice, not in selection or omission of facts (informational bias), which no sentence model sees.',
    ],
    load(dataDir) {
      const sentences = loadBabe(requireDataset('babe', dataDir));
      return {
        texts: sentences.map((s) => ({ text: s.text, labels: [s.label], group: s.newsLink === '' ? `row-${s.id}` : s.newsLink })),
        groupedBy: 'article (news_link): sentences of one article share a fold (the 27 sentences without a link are groups of their own)',
        trainedOn: `BABE SG2: ${sentences.length} sentences`,
      };
    },
  },
  subjectivity: {
    name: 'subjectivity',
    title: 'sentence subjectivity (CheckThat! 2025)',
    task: 'Whether a news sentence is subjective (the writer\'s view) or objective (SUBJ / OBJ, the labels of CheckThat! 2025 Task 1).',
    kind: 'binary',
    unit: 'sentence',
    labels: ['SUBJ', 'OBJ'],
    spec: SENTENCE_SPEC,
    grid: grid([1e-3, 3e-3, 1e-2]),
    metric: 'macro-f1',
    datasets: [
      { name: 'CheckThat! 2025 Task 1, English (train and dev)', folder: 'checkthat2025-subjectivity-en', licence: 'CC BY-NC-SA 4.0', use: 'every sentence of train_en.tsv and dev_en.tsv, cross-validated together' },
      { ...BABE, use: 'extra training sentences only, never scored: "Expresses writer\'s opinion" as SUBJ and "Entirely factual" as OBJ (the middle grade and "No agreement" dropped)' },
    ],
    target: 0.7,
    choices: [
      'Features as for sentence-bias; on these folds (nested macro-F1, seeds 1/2/3) the rule hits added about 0.01.',
      'The BABE opinion labels as extra training data raised nested macro-F1 from 0.682/0.690/0.701 to 0.697/0.710/0.710 (seeds 1/2/3, same grid); POS tags and POS bigrams did not help (0.677), nor naive-Bayes scaling (0.697/0.709), nor character n-grams alone (0.666).',
    ],
    limits: [
      'About 1,300 labelled sentences: the CV estimate moves by about ±0.01 with the fold seed.',
      'BABE\'s opinion grade is a related but not identical notion; it is used for training only, never for scoring.',
      'A sentence is read alone; quoted opinions count as subjective.',
    ],
    load(dataDir) {
      const sentences = loadCheckThatSubjectivity(requireDataset('checkthat2025-subjectivity-en', dataDir));
      const babe = loadBabe(requireDataset('babe', dataDir)).flatMap((s) => {
        const label = s.opinion.startsWith('Expresses') ? 'SUBJ' : s.opinion === 'Entirely factual' ? 'OBJ' : undefined;
        return label === undefined ? [] : [{ text: s.text, labels: [label], group: `babe:${s.newsLink}`, trainOnly: true }];
      });
      return {
        texts: [...sentences.map((s) => ({ text: s.text, labels: [s.label], group: sentenceKey(s.text) })), ...babe],
        groupedBy: 'sentence text (case and punctuation aside): the 5 sentences that occur twice share a fold',
        trainedOn: `CheckThat! 2025 EN train+dev: ${sentences.length} sentences; BABE opinion grades: ${babe.length} sentences`,
      };
    },
  },
  genre: {
    name: 'genre',
    title: 'article genre (SemEval-2023 Task 3, subtask 1)',
    task: 'Whether an article is opinion, reporting or satire (the labels of SemEval-2023 Task 3 subtask 1).',
    kind: 'softmax',
    unit: 'document',
    labels: ['opinion', 'reporting', 'satire'],
    spec: { words: true, lemmas: false, bigrams: false, rules: false, style: true, chars: [], dropStopWords: false, weighting: 'log' },
    grid: grid([1e-3, 1e-2, 1e-1]),
    metric: 'macro-f1',
    datasets: [{ name: 'SemEval-2023 Task 3, English, subtask 1', folder: 'semeval2023-task3-en', licence: 'none stated', use: 'the 358 training articles (319 opinion, 30 reporting, 9 satire)' }],
    target: 0.55,
    choices: [
      'Nested macro-F1 of the alternatives on the same folds: words 0.389–0.397, words + lemmas + bigrams (+ rules) 0.333–0.390, binary instead of log weights 0.312 (never predicts the small classes), style rates alone 0.332, words + style 0.419; BASIL news articles as extra "reporting" training data 0.416; document rates of the sentence-bias and subjectivity models as features 0.438 at best. Even softmax offsets tuned on the held-out predictions themselves (an optimistic bound) reached only 0.457.',
    ],
    limits: [
      'Only 30 reporting and 9 satire articles: the model finds satire sometimes and reporting rarely; read its answer as "opinion or not sure".',
      'Many articles labelled opinion read like news reports from partisan sites, so word features barely separate opinion from reporting (held-out AUC of reporting about 0.53).',
      'Trained on English articles of 2017–2020 on US and European politics.',
    ],
    load(dataDir) {
      const articles = loadSemeval2023Genre(requireDataset('semeval2023-task3-en', dataDir));
      return { texts: articles.map((a) => ({ text: a.text, labels: [a.label], group: a.id })), groupedBy: 'article', trainedOn: `SemEval-2023 Task 3 EN subtask 1: ${articles.length} articles` };
    },
  },
  frames: {
    name: 'frames',
    title: 'article frames (SemEval-2023 Task 3, subtask 2)',
    task: 'Which of the 14 frames of SemEval-2023 Task 3 subtask 2 an article uses (multi-label).',
    kind: 'ovr',
    unit: 'document',
    labels: SEMEVAL2023_FRAMES,
    spec: { words: true, lemmas: false, bigrams: false, rules: false, style: false, chars: [], dropStopWords: false, weighting: 'log' },
    grid: grid([1e-4, 1e-3]),
    metric: 'micro-f1',
    datasets: [{ name: 'SemEval-2023 Task 3, English, subtask 2', folder: 'semeval2023-task3-en', licence: 'none stated', use: 'the 358 training articles with their frames' }],
    choices: [
      'Nested micro-F1 of the alternatives on the same folds: words with log weights 0.675, + lemmas and rule hits 0.679 (a fifth more features), binary word weights 0.674 (macro-F1 0.516 against 0.576).',
    ],
    limits: [
      'Rare frames (Public opinion, Economic, Policy prescription, Cultural identity: 20–52 articles each) are weak: see the per-frame table.',
      'One threshold serves every frame, so a rare frame is seldom given.',
      'Trained on English articles of 2017–2020 on US and European politics.',
    ],
    load(dataDir) {
      const articles = loadSemeval2023Frames(requireDataset('semeval2023-task3-en', dataDir));
      return { texts: articles.map((a) => ({ text: a.text, labels: a.labels, group: a.id })), groupedBy: 'article', trainedOn: `SemEval-2023 Task 3 EN subtask 2: ${articles.length} articles` };
    },
  },
  hyperpartisan: {
    name: 'hyperpartisan',
    title: 'hyperpartisan news (SemEval-2019 Task 4)',
    task: 'Whether an article is hyperpartisan (extreme one-sidedness; labels true / false as in SemEval-2019 Task 4).',
    kind: 'binary',
    unit: 'document',
    labels: ['true', 'false'],
    spec: { words: true, lemmas: true, bigrams: false, rules: true, style: true, chars: [], dropStopWords: false, weighting: 'log' },
    grid: grid([3e-4, 1e-3, 3e-3]),
    metric: 'accuracy',
    datasets: [{ name: 'SemEval-2019 Task 4, by-article training set', folder: 'hyperpartisan-semeval2019-task4', licence: 'none stated', use: 'the 645 articles with titles (238 hyperpartisan)' }],
    target: 0.75,
    published: { value: 0.822, note: 'Jiang et al. 2019 (team bertha-von-suttner), accuracy on the by-article test set' },
    choices: [
      'Nested accuracy of the alternatives on the same folds: words 0.769, binary word weights 0.766, words + style 0.764, words + lemmas + bigrams + rules + style 0.788 (seven times the features), words + lemmas + rules + style 0.783.',
    ],
    limits: [
      'Folds group by publisher (the URL\'s host), so the score is for publishers the model has not seen; 645 articles from 284 publishers.',
      'The title is read as the article\'s first line; a document stored without its title is read without it.',
      'US politics of 2017–2018; hyperpartisanship elsewhere uses other words.',
    ],
    load(dataDir) {
      const articles = loadHyperpartisan(requireDataset('hyperpartisan-semeval2019-task4', dataDir));
      return {
        texts: articles.map((a) => ({ text: a.title === '' ? a.text : `${a.title}\n\n${a.text}`, labels: [String(a.hyperpartisan)], group: a.publisher })),
        groupedBy: 'publisher (the host of the article\'s URL)',
        trainedOn: `SemEval-2019 Task 4 by-article: ${articles.length} articles`,
      };
    },
  },
};

/** What one training run reports (and the card shows). */
export interface ClassifierReport {
  definition: ClassifierDefinition;
  folds: number;
  seed: number;
  texts: number;
  trainOnly: number;
  groups: number;
  groupedBy: string;
  features: number;
  cv: CrossValidation;
  weights: { file: string; bytes: number; id: string; kept: number };
  seconds: { prepare: number; cv: number; total: number };
  /** Loading the file, and classifying the training texts with it (parse and rule detectors included). */
  runtime: { loadMs: number; msPerText: number; wordsPerText: number };
  /** The BASIL check of sentence-bias (report only). */
  basil?: BasilCheck | undefined;
}

/** How the sentence-bias model scores BASIL sentences with and without a lexical-bias span. */
export interface BasilCheck {
  sentences: number;
  lexical: number;
  /** Probability that a sentence with a lexical-bias span scores above one without. */
  auc: number;
  /** At the model's threshold. */
  precision: number;
  recall: number;
  flagged: number;
  /** Share of lexical-bias sentences among all: what a random flag would reach. */
  baseRate: number;
}

/** What a training run needs. */
export interface TrainClassifierOptions {
  dataDir: string;
  outDir: string;
  folds: number;
  seed: number;
  log: (line: string) => void;
  /** The rule detectors whose hits are features. Default: `createDefaultDetectors()` on the compiled lexicons (whose hash the file records). */
  detectors?: readonly Detector[] | undefined;
}

/** Seconds since `start`, one decimal. */
const since = (start: number): number => Math.round((performance.now() - start) / 100) / 10;

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * Trains one classifier: loads its data, parses and featurizes every text (the rule detectors run
 * when the features read them), runs grouped nested CV over the grid, fits the final model on all
 * data with the grid point and threshold chosen by plain CV, writes `<name>.json.gz` and
 * `<name>.md` to `outDir`. Deterministic for a seed.
 *
 * @example
 * trainClassifier(CLASSIFIER_DEFINITIONS.genre, { dataDir: datasetsDir(), outDir: 'models', folds: 5, seed: 1, log: console.log });
 */
export function trainClassifier(def: ClassifierDefinition, options: TrainClassifierOptions): ClassifierReport {
  const { folds, seed, log } = options;
  const t0 = performance.now();
  const detectors = options.detectors ?? createDefaultDetectors();
  log(`${def.name}: loading from ${options.dataDir}`);
  const data = def.load(options.dataDir);
  const texts: LabelledText[] = data.texts.map((t) => {
    const doc = parse(t.text);
    return { vector: textFeatures(doc, def.spec, undefined, def.spec.rules ? runDetectors(doc, detectors) : []), labels: t.labels, group: t.group, trainOnly: t.trainOnly };
  });
  const matrix = buildTrainingData(def.kind, def.labels, texts);
  const prepare = since(t0);
  const scored = data.texts.filter((t) => t.trainOnly !== true);
  log(`  ${scored.length} texts (+${data.texts.length - scored.length} train-only), ${matrix.X.cols} candidate features; parsed in ${prepare} s`);
  const t1 = performance.now();
  const cv = crossValidate(matrix, def.grid, folds, seed, def.metric, log);
  const n = cv.nested;
  log(`  ${def.name} (nested CV): accuracy ${n.accuracy.toFixed(3)}, macro-F1 ${n.macro.f1.toFixed(3)}, micro-F1 ${n.micro.f1.toFixed(3)}`);
  const cvSeconds = since(t1);
  const lexicons = def.spec.rules ? sha256(stableStringify(ruleLexicons(loadLexicons())), 12) : undefined;
  const json = fitClassifier(matrix, cv.chosen.params, cv.chosen.threshold, { name: def.name, unit: def.unit, spec: def.spec, trainedOn: data.trainedOn, lexicons });
  const file = join(options.outDir, `${def.name}.json.gz`);
  const bytes = writeClassifier(file, json);

  const t2 = performance.now();
  const loaded = TextClassifier.fromJson(JSON.parse(JSON.stringify(json)), file);
  const loadMs = Math.round(performance.now() - t2);
  const sample = scored.slice(0, 400);
  const t3 = performance.now();
  for (const t of sample) {
    const doc = parse(t.text);
    readDoc(loaded, doc, def.spec.rules ? runDetectors(doc, detectors) : []);
  }
  const msPerText = Math.round(((performance.now() - t3) / Math.max(1, sample.length)) * 100) / 100;
  let basil: BasilCheck | undefined;
  if (def.basilCheck === true) {
    if (existsSync(join(options.dataDir, 'basil'))) basil = basilCheck(readClassifier(file) ?? loaded, options.dataDir, detectors, log);
    else log(`  BASIL check skipped: no basil/ in ${options.dataDir}`);
  }

  const report: ClassifierReport = {
    definition: def,
    folds,
    seed,
    texts: scored.length,
    trainOnly: data.texts.length - scored.length,
    groups: new Set(scored.map((t) => t.group)).size,
    groupedBy: data.groupedBy,
    features: matrix.X.cols,
    cv,
    weights: { file: `models/${def.name}.json.gz`, bytes, id: json.id, kept: json.model.features.length },
    seconds: { prepare, cv: cvSeconds, total: since(t0) },
    runtime: { loadMs, msPerText, wordsPerText: Math.round(sample.reduce((s, t) => s + wordCount(t.text), 0) / Math.max(1, sample.length)) },
    basil,
  };
  writeFileSync(join(options.outDir, `${def.name}.md`), renderClassifierCard(report));
  log(`  wrote ${file} (${(bytes / 1e3).toFixed(0)} kB, ${json.id}) and ${def.name}.md in ${report.seconds.total} s`);
  return report;
}

/**
 * Scores every BASIL sentence with the sentence-bias model and compares sentences holding a
 * lexical-bias span with the rest: AUC of the scores, and precision and recall of the flag at the
 * model's threshold. A check of transfer to other annotations, not used for any choice.
 */
export function basilCheck(model: TextClassifier, dataDir: string, detectors: readonly Detector[], log: (line: string) => void = () => {}): BasilCheck {
  const sentences = loadBasil(requireDataset('basil', dataDir)).flatMap((a) => a.sentences);
  const scores = sentences.map((s) => {
    const doc = parse(s.text);
    return model.probabilities(textFeatures(doc, model.spec, undefined, model.spec.rules ? runDetectors(doc, detectors) : []))[0] as number;
  });
  const pos: number[] = [];
  const neg: number[] = [];
  sentences.forEach((s, i) => (s.lexical ? pos : neg).push(scores[i] as number));
  const auc = rankAuc(pos, neg);
  let tp = 0;
  let flagged = 0;
  sentences.forEach((s, i) => {
    if ((scores[i] as number) < model.threshold) return;
    flagged += 1;
    if (s.lexical) tp += 1;
  });
  const check = {
    sentences: sentences.length,
    lexical: pos.length,
    auc,
    precision: flagged === 0 ? 0 : tp / flagged,
    recall: pos.length === 0 ? 0 : tp / pos.length,
    flagged,
    baseRate: sentences.length === 0 ? 0 : pos.length / sentences.length,
  };
  log(`  BASIL: ${check.lexical} of ${check.sentences} sentences hold a lexical-bias span; AUC ${check.auc.toFixed(3)}, at threshold ${model.threshold} precision ${check.precision.toFixed(3)} (base rate ${check.baseRate.toFixed(3)}), recall ${check.recall.toFixed(3)}`);
  return check;
}

/**
 * The area under the ROC curve: the probability that a random positive scores above a random
 * negative, ties counting half (Mann–Whitney U / (n₊·n₋)).
 *
 * @example
 * rankAuc([0.9, 0.4], [0.5, 0.1]); // 0.75
 */
export function rankAuc(positives: readonly number[], negatives: readonly number[]): number {
  if (positives.length === 0 || negatives.length === 0) return 0.5;
  const all = [...positives.map((s) => ({ s, p: 1 })), ...negatives.map((s) => ({ s, p: 0 }))].sort((a, b) => a.s - b.s);
  let rankSum = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && (all[j] as { s: number }).s === (all[i] as { s: number }).s) j += 1;
    const meanRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k += 1) if ((all[k] as { p: number }).p === 1) rankSum += meanRank;
    i = j;
  }
  const np = positives.length;
  return (rankSum - (np * (np + 1)) / 2) / (np * negatives.length);
}
