/** Specification of the `side` task: a side id or neutral per line, for the pack the line names. */
import { describe, expect, it } from 'vitest';
import { sideAnswer, sideTask } from './side.js';

describe('sideAnswer', () => {
  it.each<[string, string, number, Array<[string, number]>, string, number]>([
    ['a side stays a side', 'a', 0.8, [['a', 0.8], ['neutral', 0.15], ['mixed', 0.05], ['b', 0]], 'a', 0.8],
    ['mixed becomes neutral, scored 1 − the best side', 'mixed', 0.7, [['mixed', 0.7], ['a', 0.45], ['b', 0.35], ['neutral', 0.2]], 'neutral', 0.55],
    ['neutral stays neutral, scored 1 − the best side', 'neutral', 0.9, [['neutral', 0.9], ['a', 0.1], ['b', 0], ['mixed', 0]], 'neutral', 0.9],
  ])('%s', (_name, label, score, scores, expectedLabel, expectedScore) => {
    expect(sideAnswer({ label, score, scores: scores.map(([l, s]) => ({ label: l, score: s })) }, ['a', 'b'])).toEqual({ label: expectedLabel, score: expectedScore });
  });
});

describe('sideTask', () => {
  it('checks that the pack exists', () => {
    expect(sideTask.check({ id: 1, text: 'x', pack: 'karabakh' })).toEqual([]);
    expect(sideTask.check({ id: 1, text: 'x', pack: 'atlantis' })[0]).toMatch(/^unknown pack "atlantis"; packs: china-taiwan, cyprus, /);
  });

  it('answers each line with a side of its pack, or neutral', async () => {
    const predictor = await sideTask.prepare({});
    const lusovian = 'Seven months of siege: the occupiers keep the lifeline corridor to Kelhara shut, and the settlers move in.';
    const wire = 'Dravenian forces took control of the Kell Valley in 2023; the Senna Pass road has access restrictions.';
    const dravenian = 'Our soldiers hold the security perimeter around Tavrensk; the terrorists of the armed gangs are gone, and Upper Kellmark is free.';
    expect(predictor.predict({ id: 'l', text: lusovian, pack: 'fictional-kell-valley' })).toEqual({ id: 'l', label: 'lusovia', score: expect.any(Number) });
    expect(predictor.predict({ id: 'd', text: dravenian, pack: 'fictional-kell-valley' }).label).toBe('dravenia');
    expect(predictor.predict({ id: 'w', text: wire, pack: 'fictional-kell-valley' })).toEqual({ id: 'w', label: 'neutral', score: 1 });
    // The same Lusovian text read with a pack whose conflict it does not name.
    expect(predictor.predict({ id: 7, text: lusovian, pack: 'kosovo' })).toEqual({ id: 7, label: 'neutral', score: 1 });
  });

  it('reads the side even when the text names the conflict too rarely for the pack to fire in an analysis', async () => {
    const predictor = await sideTask.prepare({});
    // One term of weight 0.9: strength 1 − e^−0.45 = 0.362 for armenia, too little against neutral's 0.638.
    expect(predictor.predict({ id: 1, text: 'Life in Artsakh is hard.', pack: 'karabakh' })).toEqual({ id: 1, label: 'neutral', score: 0.638 });
    expect(predictor.predict({ id: 2, text: 'Life in Artsakh is hard under the blockade of the Lachin corridor by so-called eco-activists.', pack: 'karabakh' }).label).toBe('armenia');
  });
});
