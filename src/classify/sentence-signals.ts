/** The sentence-signals lens detector: sentences the bias (BABE) or subjectivity (CheckThat!) model flags, with the cue words behind each flag. */
import type { Finding } from '../core/finding.js';
import type { Detector } from '../detectors/detector.js';
import { createDefaultDetectors, runDetectors } from '../detectors/index.js';
import { confidence, evidence, finish } from '../detectors/support.js';
import type { Sentence } from '../nlp/types.js';
import { withoutWeight, type TextClassifier } from './classifier.js';
import { loadClassifier } from './load.js';
import { textFeatures } from './features.js';
import { ruleDetail } from './read.js';

const ID = 'sentence-signals';
const BIASED = `${ID}/biased`;
const SUBJECTIVE = `${ID}/subjective`;

/** Sentences with fewer words carry too little for either model (fragments, datelines, "Photo: …"). */
const MIN_WORDS = 4;

/** The models the detector reads; either may be absent. */
export interface SentenceSignalsData {
  bias?: TextClassifier | undefined;
  subjectivity?: TextClassifier | undefined;
  /** Rule detectors whose findings are features of the models. Default: the built-in ones, as in training. */
  detectors?: readonly Detector[] | undefined;
  /**
   * The least probability reported, whatever the model's own threshold (which is tuned for F1 and
   * would flag most sentences of an opinion piece). Default 0.75: flag the clear cases only. The
   * `predict` tasks keep the model's threshold.
   */
  minScore?: number | undefined;
}

/** Default `minScore`: in the examples' opinion pieces, the models' F1 thresholds flagged about 80% of sentences. */
export const SENTENCE_SIGNALS_MIN_SCORE = 0.75;

/**
 * One finding per sentence that the sentence-bias model (trained on BABE) scores at or above its
 * threshold and `minScore` (`sentence-signals/biased`), and one per sentence the subjectivity model
 * (trained on CheckThat! 2025) does (`sentence-signals/subjective`). The span is the sentence, the confidence
 * the model's probability, the reason names the strongest cue words, and `data` carries the score,
 * the threshold, the evidence and the model id.
 *
 * @example
 * const detector = createSentenceSignalsDetector({ bias: loadClassifier('sentence-bias') });
 * detector.detect(parse('The radical mob stormed the hall. The hall opened at nine.'));
 * // → [{ rule: 'sentence-signals/biased', text: 'The radical mob stormed the hall.', confidence: 0.81, … }]
 */
export function createSentenceSignalsDetector(data: SentenceSignalsData): Detector {
  const models: Array<{ rule: string; label: string; reads: string; classifier: TextClassifier }> = [];
  if (data.bias !== undefined) models.push({ rule: BIASED, label: 'Biased sentence', reads: 'biased', classifier: data.bias });
  if (data.subjectivity !== undefined) models.push({ rule: SUBJECTIVE, label: 'Subjective sentence', reads: 'subjective', classifier: data.subjectivity });
  const needsRules = models.some((m) => m.classifier.spec.rules);
  let detectors = data.detectors;
  const minScore = data.minScore ?? SENTENCE_SIGNALS_MIN_SCORE;
  return {
    id: ID,
    description: 'Sentences that read as biased (word choice that takes a side) or as subjective (the writer’s view rather than a checkable fact), each with the words that tipped the model.',
    version: `1.1.0+${models.map((m) => m.classifier.id).join('+')}`,
    rules: () => [BIASED, SUBJECTIVE],
    detect(doc, options) {
      if (models.length === 0) return [];
      const findings: Finding[] = [];
      let ruleFindings: Finding[] = [];
      if (needsRules) {
        detectors ??= createDefaultDetectors();
        ruleFindings = runDetectors(doc, detectors);
      }
      for (const s of doc.sentences) {
        if (wordsIn(doc.tokens, s) < MIN_WORDS) continue;
        for (const m of models) {
          const c = m.classifier;
          const vector = textFeatures(doc, c.spec, s, ruleFindings);
          const p = c.probabilities(vector)[0] as number;
          if (p < Math.max(c.threshold, minScore)) continue;
          const positive = c.labels[0] as string;
          const cues = c.evidence(vector, positive, 3, ruleDetail(ruleFindings, s.start, s.end));
          const text = doc.text.slice(s.start, s.end);
          const why = cues.length === 0 ? '' : `; strongest cues: ${cues.map(withoutWeight).join(', ')}`;
          findings.push({
            detector: ID,
            rule: m.rule,
            label: m.label,
            start: s.start,
            end: s.end,
            text,
            reason: `${evidence(text, 60)} reads as ${m.reads} to the ${c.name} model (${p.toFixed(2)}, threshold ${c.threshold})${why}.`,
            confidence: confidence(p),
            data: { score: Math.round(p * 1000) / 1000, threshold: c.threshold, evidence: cues, model: c.id },
          });
        }
      }
      return finish(findings, options);
    },
  };
}

function wordsIn(tokens: ReadonlyArray<{ type: string }>, s: Sentence): number {
  let n = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i += 1) if (tokens[i]?.type === 'word') n += 1;
  return n;
}

/**
 * The detector over the shipped sentence-bias and subjectivity models, or `undefined` when neither
 * is in models/.
 *
 * @example
 * const d = loadSentenceSignalsDetector(); if (d) detectors.push(d);
 */
export function loadSentenceSignalsDetector(load: typeof loadClassifier = loadClassifier): Detector | undefined {
  const bias = load('sentence-bias');
  const subjectivity = load('subjectivity');
  return bias === undefined && subjectivity === undefined ? undefined : createSentenceSignalsDetector({ bias, subjectivity });
}
