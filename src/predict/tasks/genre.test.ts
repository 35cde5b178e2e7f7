/** Specification of the genre task: schemas, the most probable label of a small model, the title, and the shipped model. */
import { describe, expect, it } from 'vitest';
import { tinyClassifier } from '../../classify/test-models.js';
import { genrePredictor, genreTask } from './genre.js';

const tiny = tinyClassifier('softmax', ['opinion', 'reporting', 'satire'], { 'w=i': [2, 0, 0], 'w=said': [0, 2, 0], 'w=aliens': [0, 0, 3] }, [0, 0, 0]);

describe('genreTask', () => {
  it('reads {id, text, title?} and answers {id, label: opinion | reporting | satire, score}', () => {
    expect(genreTask.input.safeParse({ id: 1, text: 'x', title: 't' }).success).toBe(true);
    expect(genreTask.input.safeParse({ id: 1, text: 'x' }).success).toBe(true);
    expect(genreTask.output.safeParse({ id: 1, label: 'news', score: 0.5 }).success).toBe(false);
  });

  it('answers the most probable genre with its probability, reading the title as the first line', () => {
    const p = genrePredictor(tiny, {});
    const e2 = Math.exp(2);
    expect(p.predict({ id: 1, text: 'Officials said so.' })).toEqual({ id: 1, label: 'reporting', score: Math.round((e2 / (e2 + 2)) * 1e4) / 1e4 });
    // The title brings "aliens": satire 3 against reporting 2.
    expect(p.predict({ id: 2, text: 'Officials said so.', title: 'Aliens' }).label).toBe('satire');
  });

  it('the shipped model answers with one of its labels', async () => {
    const p = await genreTask.prepare({});
    const out = p.predict({ id: 'a', text: 'I have always believed that we, the people of Veldmark, deserve better than this.\n\nIn my view the council has failed us, and I am tired of it.' });
    // The model is weak on short texts (it was trained on whole articles): only the shape is asserted.
    expect(genreTask.output.safeParse(out).success).toBe(true);
    expect(p.model).toMatch(/^genre-[0-9a-f]{12}$/);
  });
});
