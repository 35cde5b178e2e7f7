/** Specification of the hyperpartisan task: schemas with a boolean label, the title, and the shipped model. */
import { describe, expect, it } from 'vitest';
import { tinyClassifier } from '../../classify/test-models.js';
import { hyperpartisanPredictor, hyperpartisanTask } from './hyperpartisan.js';

const tiny = tinyClassifier('binary', ['true', 'false'], { 'w=traitors': 3 }, [-1]);

describe('hyperpartisanTask', () => {
  it('reads {id, text, title?} and answers {id, label: true | false, score}', () => {
    expect(hyperpartisanTask.input.safeParse({ id: '0000001', text: 'x', title: 'y' }).success).toBe(true);
    expect(hyperpartisanTask.output.safeParse({ id: 1, label: true, score: 0.9 }).success).toBe(true);
    expect(hyperpartisanTask.output.safeParse({ id: 1, label: 'true', score: 0.9 }).success).toBe(false);
  });

  it('answers a boolean by the threshold, the score the probability of true, reading the title', () => {
    const p = hyperpartisanPredictor(tiny, {});
    expect(p.predict({ id: 1, text: 'The vote was held.' })).toEqual({ id: 1, label: false, score: 0.2689 });
    expect(p.predict({ id: 1, text: 'The vote was held.', title: 'Traitors' })).toEqual({ id: 1, label: true, score: 0.8808 });
  });

  it('the shipped model scores a ranting piece above a dry report', async () => {
    const p = await hyperpartisanTask.prepare({});
    const rant = p.predict({
      id: 1,
      title: 'The corrupt elites are destroying Veldmark',
      text: 'Wake up, people! These lying, treasonous globalist elites despise you and everything you stand for. They will stop at nothing to crush patriots. Enough is enough!',
    });
    const report = p.predict({ id: 2, title: 'Council approves road budget', text: 'The council of Veldmark approved a budget of 4 million for road repairs on Tuesday. Work is expected to begin in March, a spokesperson said.' });
    expect(rant.score).toBeGreaterThan(report.score);
    expect(report.label).toBe(false);
  });
});
