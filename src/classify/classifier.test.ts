/** Specification of a stored classifier: validation, decisions of each kind, evidence for either side. */
import { describe, expect, it } from 'vitest';
import { SlantError } from '../core/errors.js';
import { parse } from '../nlp/parse.js';
import { TextClassifier, withoutWeight } from './classifier.js';
import { textFeatures } from './features.js';
import { tinyClassifier, WORDS_ONLY } from './test-models.js';

const v = (text: string) => textFeatures(parse(text), WORDS_ONLY);
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

describe('TextClassifier', () => {
  const bias = tinyClassifier('binary', ['Biased', 'Non-biased'], { 'w=mob': 3, 'w=radical': 1, 'w=council': -2 }, [-1], { threshold: 0.6 });

  it('binary: the positive label when its probability reaches the threshold', () => {
    // "radical mob": -1 + 3 + 1 = 3 → 0.953; "council met": -1 - 2 = -3 → 0.047; "mob": 2 → 0.881.
    expect(bias.classify(v('The radical mob')).labels).toEqual([{ label: 'Biased', score: sigmoid(3) }]);
    expect(bias.classify(v('The council met')).labels).toEqual([{ label: 'Non-biased', score: 1 - sigmoid(-3) }]);
    // At -1 + 0 the probability is 0.269, under 0.6; a given threshold overrides the model's.
    expect(bias.classify(v('Nothing here')).labels[0]?.label).toBe('Non-biased');
    expect(bias.classify(v('Nothing here'), 0.2).labels[0]?.label).toBe('Biased');
  });

  it('binary evidence: what raised the positive score, or what lowered it for the negative label', () => {
    const x = v('The radical mob met the council');
    expect(bias.evidence(x, 'Biased')).toEqual(['word “mob” (+3.00)', 'word “radical” (+1.00)']);
    expect(bias.evidence(x, 'Non-biased')).toEqual(['word “council” (+2.00)']);
    expect(bias.cues(x, 'Biased', 1)).toEqual(['word “mob”']);
  });

  it('softmax: one label, the most probable; scores best first', () => {
    const genre = tinyClassifier('softmax', ['opinion', 'reporting', 'satire'], { 'w=i': [2, 0, 0], 'w=said': [0, 2, 0], 'w=aliens': [0, 0, 3] }, [0, 0, 0]);
    const r = genre.classify(v('Officials said'));
    expect(r.labels.map((l) => l.label)).toEqual(['reporting']);
    expect(r.scores.map((s) => s.label)).toEqual(['reporting', 'opinion', 'satire']);
    expect(r.scores[0]?.score).toBeCloseTo(Math.exp(2) / (Math.exp(2) + 2), 12);
    expect(genre.evidence(v('I said'), 'opinion')).toEqual([]);
  });

  it('ovr: every label at or above the threshold, possibly none', () => {
    const frames = tinyClassifier('ovr', ['Economic', 'Political'], { 'w=tax': [3, 0], 'w=vote': [0, 3] }, [-1, -1], { threshold: 0.5 });
    expect(frames.classify(v('tax and vote')).labels.map((l) => l.label)).toEqual(['Economic', 'Political']);
    expect(frames.classify(v('weather')).labels).toEqual([]);
  });

  it.each<[string, (j: Record<string, unknown>) => void, RegExp]>([
    ['an unknown format', (j) => (j.format = 2), /format 2/],
    ['a threshold outside [0, 1]', (j) => (j.threshold = 1.5), /threshold/],
    ['a spec that is not one', (j) => (j.spec = { words: 'yes' }), /spec/],
    ['binary labels that do not start with the model class', (j) => (j.labels = ['Non-biased', 'Biased']), /positive/],
    ['weights that do not match the features', (j) => ((j.model as { weights: number[] }).weights = [1]), /weights/],
  ])('refuses %s', (_name, spoil, message) => {
    const json = {
      format: 1, id: 'x', name: 'x', unit: 'sentence', spec: WORDS_ONLY, labels: ['Biased', 'Non-biased'], threshold: 0.5, trainedOn: '',
      model: { kind: 'binary', classes: ['Biased'], bias: [0], features: ['w=a', 'w=b'], weights: [1, 2] },
    } as Record<string, unknown>;
    expect(() => TextClassifier.fromJson(json)).not.toThrow();
    spoil(json);
    expect(() => TextClassifier.fromJson(json, 'bad.json.gz')).toThrow(SlantError);
    expect(() => TextClassifier.fromJson(json, 'bad.json.gz')).toThrow(message);
  });

  it('withoutWeight strips the trailing contribution only', () => {
    expect(withoutWeight('word “cult” (+0.84)')).toBe('word “cult”');
    expect(withoutWeight('length of the text (+3.2e-3)')).toBe('length of the text');
    expect(withoutWeight('word “(+)”')).toBe('word “(+)”');
  });
});

describe('evidence with details', () => {
  it('adds what a feature matched, and shows the same matched words once', () => {
    const c = tinyClassifier('binary', ['true', 'false'], { 'r=intensifiers': 2, 'r=intensifiers/utterly': 1, 'w=plan': 0.5 }, [0]);
    const vector = { features: ['r=intensifiers', 'r=intensifiers/utterly', 'w=plan'], values: [1, 1, 1] };
    const detail = (f: string): string | undefined => (f.startsWith('r=') ? '“utterly”' : undefined);
    expect(c.evidence(vector, 'true', 5, detail)).toEqual(['rule intensifiers: “utterly” (+2.00)', 'word “plan” (+0.50)']);
  });
});
