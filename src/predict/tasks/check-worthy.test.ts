/** Specification of the check-worthy task: the shipped model's label and score per sentence, the threshold, evidence. */
import { describe, expect, it } from 'vitest';
import { checkWorthyTask } from './check-worthy.js';

describe('checkWorthyTask', () => {
  it('labels a stated figure 1 and a courtesy 0, echoing the id, with a score in [0, 1]', async () => {
    const p = await checkWorthyTask.prepare({});
    expect(p.model).toMatch(/^check-worthy-/);
    const figure = p.predict({ id: 7, text: 'Unemployment in Kell rose by 40 percent between 2019 and 2021.' });
    const courtesy = p.predict({ id: 'b', text: 'Thank you all for being here tonight.' });
    expect(figure).toMatchObject({ id: 7, label: 1 });
    expect(courtesy).toMatchObject({ id: 'b', label: 0 });
    expect(figure.score).toBeGreaterThan(courtesy.score);
    expect(checkWorthyTask.output.safeParse(figure).success).toBe(true);
    expect(figure.evidence).toBeUndefined();
  });

  it('applies a given threshold to the same score, and adds evidence when asked', async () => {
    const text = 'Thank you all for being here tonight.';
    const base = (await checkWorthyTask.prepare({})).predict({ id: 1, text });
    const low = (await checkWorthyTask.prepare({ threshold: 0, evidence: true })).predict({ id: 1, text });
    expect(low.score).toBe(base.score);
    expect(low.label).toBe(1);
    expect(Array.isArray(low.evidence)).toBe(true);
  });

  it('answers an empty text with label 0', async () => {
    expect((await checkWorthyTask.prepare({})).predict({ id: 3, text: '' }).label).toBe(0);
  });
});
