/** What the `slant predict` tasks of the classifiers share: one text in, the decision, its score and the evidence out. */
import type { Detector } from '../detectors/detector.js';
import { createDefaultDetectors } from '../detectors/index.js';
import type { TextClassifier } from './classifier.js';
import { readText, withTitle } from './read.js';

/** One answer of a classifier. */
export interface ClassifierAnswer {
  /** The chosen labels (one for binary and softmax models). */
  labels: string[];
  /** Binary: the probability of the positive label; softmax: of the chosen label. */
  score: number;
  /** The features behind the (first) chosen label, when asked for. */
  evidence?: string[] | undefined;
}

export interface ClassifierPredictorOptions {
  /** Decision threshold (binary and one-vs-rest). Default: the model's own. */
  threshold?: number | undefined;
  evidence?: boolean | undefined;
  /** Rule detectors for models that read rule hits. Default: the built-in ones, created once. */
  detectors?: readonly Detector[] | undefined;
}

/** Rounds a probability to four decimals for output lines. */
const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/**
 * A function answering one text (and title, for document models trained with titles) with a
 * classifier, set up once per run.
 *
 * @example
 * const answer = classifierPredictor(loadClassifier('genre')!, {});
 * answer('Text of an article…'); // { labels: ['opinion'], score: 0.91 }
 */
export function classifierPredictor(classifier: TextClassifier, options: ClassifierPredictorOptions = {}): (text: string, title?: string) => ClassifierAnswer {
  const detectors = classifier.spec.rules ? (options.detectors ?? createDefaultDetectors()) : [];
  const threshold = options.threshold ?? classifier.threshold;
  return (text, title) => {
    const r = readText(classifier, withTitle(text, title), detectors);
    const decided = classifier.classify(r.vector, threshold);
    const labels = decided.labels.map((l) => l.label);
    const score = classifier.kind === 'binary' ? (classifier.probabilities(r.vector)[0] as number) : (decided.labels[0]?.score ?? decided.scores[0]?.score ?? 0);
    const answer: ClassifierAnswer = { labels, score: round4(score) };
    if (options.evidence === true) answer.evidence = labels.length === 0 ? [] : classifier.evidence(r.vector, labels[0] as string);
    return answer;
  };
}
