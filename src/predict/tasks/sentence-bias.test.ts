/** Specification of the sentence-bias task: schemas, the decision of a small model by hand, and the shipped model. */
import { describe, expect, it } from 'vitest';
import { tinyClassifier } from '../../classify/test-models.js';
import { sentenceBiasPredictor, sentenceBiasTask } from './sentence-bias.js';

const tiny = tinyClassifier('binary', ['Biased', 'Non-biased'], { 'w=mob': 3 }, [-1], { threshold: 0.6 });

describe('sentenceBiasTask', () => {
  it('reads {id, text} and answers {id, label, score} with the labels of BABE', () => {
    expect(sentenceBiasTask.input.safeParse({ id: 1, text: 'x' }).success).toBe(true);
    expect(sentenceBiasTask.input.safeParse({ id: 1 }).success).toBe(false);
    expect(sentenceBiasTask.output.safeParse({ id: 1, label: 'Biased', score: 0.7 }).success).toBe(true);
    expect(sentenceBiasTask.output.safeParse({ id: 1, label: 'biased', score: 0.7 }).success).toBe(false);
  });

  it('labels by the threshold; the score is the probability of Biased either way', () => {
    const p = sentenceBiasPredictor(tiny, {});
    // "mob": -1 + 3 = 2 → 0.8808; no cue: -1 → 0.2689.
    expect(p.predict({ id: 'a', text: 'The mob came.' })).toEqual({ id: 'a', label: 'Biased', score: 0.8808 });
    expect(p.predict({ id: 'b', text: 'The bus came.' })).toEqual({ id: 'b', label: 'Non-biased', score: 0.2689 });
    expect(sentenceBiasPredictor(tiny, { threshold: 0.9 }).predict({ id: 'a', text: 'The mob came.' }).label).toBe('Non-biased');
    expect(sentenceBiasPredictor(tiny, { evidence: true }).predict({ id: 'a', text: 'The mob came.' }).evidence).toEqual(['word “mob” (+3.00)']);
  });

  it('the shipped model scores a loaded sentence above a plain one', async () => {
    const p = await sentenceBiasTask.prepare({});
    expect(p.model).toMatch(/^sentence-bias-[0-9a-f]{12}$/);
    const loaded = p.predict({ id: 1, text: 'The radical extremists in Veldmark are destroying the country with their insane, hateful agenda.' });
    const plain = p.predict({ id: 2, text: 'The council of Veldmark will meet on Tuesday to discuss the budget.' });
    expect(loaded.label).toBe('Biased');
    expect(plain.label).toBe('Non-biased');
    expect(sentenceBiasTask.output.safeParse(loaded).success).toBe(true);
  });
});
