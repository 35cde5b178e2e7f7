/** Specification of the subjectivity task: schemas, the decision of a small model by hand, and the shipped model. */
import { describe, expect, it } from 'vitest';
import { tinyClassifier } from '../../classify/test-models.js';
import { subjectivityPredictor, subjectivityTask } from './subjectivity.js';

const tiny = tinyClassifier('binary', ['SUBJ', 'OBJ'], { 'w=dreadful': 2 }, [0]);

describe('subjectivityTask', () => {
  it('reads {id, text} and answers {id, label: SUBJ | OBJ, score}', () => {
    expect(subjectivityTask.input.safeParse({ id: 'x', text: 'y' }).success).toBe(true);
    expect(subjectivityTask.output.safeParse({ id: 'x', label: 'OBJ', score: 0 }).success).toBe(true);
    expect(subjectivityTask.output.safeParse({ id: 'x', label: 'subjective', score: 0 }).success).toBe(false);
  });

  it('labels by the threshold; the score is the probability of SUBJ', () => {
    const p = subjectivityPredictor(tiny, {});
    // "dreadful": 2 → 0.8808; none: 0 → 0.5, which reaches the 0.5 threshold.
    expect(p.predict({ id: 1, text: 'A dreadful idea.' })).toEqual({ id: 1, label: 'SUBJ', score: 0.8808 });
    expect(p.predict({ id: 2, text: 'A new idea.' })).toEqual({ id: 2, label: 'SUBJ', score: 0.5 });
    expect(subjectivityPredictor(tiny, { threshold: 0.51 }).predict({ id: 2, text: 'A new idea.' }).label).toBe('OBJ');
  });

  it('the shipped model tells an opinion from a report', async () => {
    const p = await subjectivityTask.prepare({});
    expect(p.predict({ id: 1, text: 'Frankly, I think this is the most shameful and stupid decision this government has ever made.' }).label).toBe('SUBJ');
    expect(p.predict({ id: 2, text: 'The ministry said 240 people were registered in the district on Monday.' }).label).toBe('OBJ');
  });
});
