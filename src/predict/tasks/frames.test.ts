/** Specification of the frames task: schemas, every frame over the threshold, and the shipped model's frame names. */
import { describe, expect, it } from 'vitest';
import { tinyClassifier } from '../../classify/test-models.js';
import { SEMEVAL2023_FRAMES } from '../../train/classifiers.js';
import { framesPredictor, framesTask } from './frames.js';

const tiny = tinyClassifier('ovr', ['Economic', 'Political'], { 'w=tax': [3, 0], 'w=vote': [0, 2] }, [-1, -1], { threshold: 0.6 });

describe('framesTask', () => {
  it('reads {id, text, title?} and answers {id, labels}', () => {
    expect(framesTask.input.safeParse({ id: 1, text: 'x' }).success).toBe(true);
    expect(framesTask.output.safeParse({ id: 1, labels: [] }).success).toBe(true);
    expect(framesTask.output.safeParse({ id: 1, labels: [''] }).success).toBe(false);
  });

  it('lists every frame at or above the threshold, best first; none when no frame is clear', () => {
    const p = framesPredictor(tiny, {});
    // tax: 2 → 0.88; vote: 1 → 0.73.
    expect(p.predict({ id: 1, text: 'A vote on the tax.' })).toEqual({ id: 1, labels: ['Economic', 'Political'] });
    expect(p.predict({ id: 2, text: 'A walk.' })).toEqual({ id: 2, labels: [] });
    expect(framesPredictor(tiny, { threshold: 0.8 }).predict({ id: 1, text: 'A vote on the tax.' }).labels).toEqual(['Economic']);
  });

  it('the shipped model answers with the dataset\'s frame names', async () => {
    const p = await framesTask.prepare({ threshold: 0 });
    const out = p.predict({ id: 1, text: 'The court in Veldmark sentenced the former minister to nine years in prison for fraud and bribery.' });
    expect([...out.labels].sort()).toEqual([...SEMEVAL2023_FRAMES].sort());
  });
});
