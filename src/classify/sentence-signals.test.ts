/** Specification of the sentence-signals detector: one finding per flagged sentence, the sentence as span, cues in the reason. */
import { describe, expect, it } from 'vitest';
import { parse } from '../nlp/parse.js';
import { createSentenceSignalsDetector, loadSentenceSignalsDetector } from './sentence-signals.js';
import { tinyClassifier } from './test-models.js';

const bias = tinyClassifier('binary', ['Biased', 'Non-biased'], { 'w=mob': 3, 'w=radical': 1 }, [-1], { name: 'sentence-bias', threshold: 0.6 });
const subjectivity = tinyClassifier('binary', ['SUBJ', 'OBJ'], { 'w=dreadful': 4, 'w=mob': 0.5 }, [-1], { name: 'subjectivity', threshold: 0.5 });

describe('createSentenceSignalsDetector', () => {
  const detector = createSentenceSignalsDetector({ bias, subjectivity });
  const text = 'The radical mob stormed the hall. The hall opened at nine today. What a dreadful mob it was. Too short.';
  const findings = detector.detect(parse(text));

  it('flags each sentence a model scores at or above its threshold, the sentence as span', () => {
    // Sentence 1: bias -1+3+1 = 3 (0.95), subjectivity -1+0.5 (0.38). Sentence 2: neither.
    // Sentence 3: bias -1+3 = 2 (0.88), subjectivity -1+4+0.5 = 3.5 (0.97). Sentence 4 has 2 words: skipped.
    expect(findings.map((f) => `${f.start}-${f.end} ${f.rule} ${f.confidence}`)).toEqual([
      '0-33 sentence-signals/biased 0.95',
      '65-92 sentence-signals/biased 0.88',
      '65-92 sentence-signals/subjective 0.97',
    ]);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('names the cue words and carries score, threshold, evidence and model', () => {
    const first = findings[0];
    expect(first?.reason).toBe('“The radical mob stormed the hall.” reads as biased to the sentence-bias model (0.95, threshold 0.6); strongest cues: word “mob”, word “radical”.');
    expect(first?.data).toEqual({ score: 0.953, threshold: 0.6, evidence: ['word “mob” (+3.00)', 'word “radical” (+1.00)'], model: 'sentence-bias-000000000000' });
    expect(first?.label).toBe('Biased sentence');
  });

  it('lists both rules, keeps min confidence, and emits nothing without models', () => {
    expect(detector.rules()).toEqual(['sentence-signals/biased', 'sentence-signals/subjective']);
    expect(detector.detect(parse(text), { minConfidence: 0.9 }).map((f) => f.confidence)).toEqual([0.95, 0.97]);
    expect(createSentenceSignalsDetector({}).detect(parse(text))).toEqual([]);
  });

  it('reports only probabilities at or above minScore (default 0.75), even where the model threshold is lower', () => {
    // Sentence 1's subjectivity is 0.38 (under 0.5): never. A minScore of 0.9 keeps 0.95 and 0.97 only.
    const strict = createSentenceSignalsDetector({ bias, subjectivity, minScore: 0.9 });
    expect(strict.detect(parse(text)).map((f) => f.confidence)).toEqual([0.95, 0.97]);
    const loose = createSentenceSignalsDetector({ bias: tinyClassifier('binary', ['Biased', 'Non-biased'], { 'w=mob': 1.5 }, [-1], { name: 'sentence-bias', threshold: 0.5 }) });
    // -1 + 1.5 = 0.5 → 0.62: over the model's threshold, under the default minScore.
    expect(loose.detect(parse(text))).toEqual([]);
  });
});

describe('loadSentenceSignalsDetector', () => {
  it('is undefined when neither model is there, and built from whichever is', () => {
    expect(loadSentenceSignalsDetector(() => undefined)).toBeUndefined();
    const only = loadSentenceSignalsDetector((name) => (name === 'subjectivity' ? subjectivity : undefined));
    expect(only?.detect(parse('What a dreadful day for all of us.')).map((f) => f.rule)).toEqual(['sentence-signals/subjective']);
  });
});
