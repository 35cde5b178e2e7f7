/** Specification of entity-roles: one of the three roles per given entity, in the given order, offsets checked. */
import { describe, expect, it } from 'vitest';
import { createActorExtractor } from '../../actors/extract.js';
import { testLexicons } from '../../detectors/test-helper.js';
import { parse } from '../../nlp/parse.js';
import { entityRolesTask, roleOfMention } from './entity-roles.js';

const text = 'Norwegian civilians were killed by Danish troops. Dorin Kast, the longtime autocrat, remains ruthless.';
const civilians = { start: 0, end: 19 };
const troops = { start: 35, end: 48 };
const kast = { start: 50, end: 60 };

describe('entityRolesTask', () => {
  it('answers every entity, in the given order, a duplicate twice, with one of the three roles', async () => {
    const predictor = await entityRolesTask.prepare({});
    const out = predictor.predict({ id: 'a', text, entities: [kast, civilians, troops, kast] });
    expect(out.id).toBe('a');
    expect(out.entities.map((e) => `${e.start}-${e.end}`)).toEqual(['50-60', '0-19', '35-48', '50-60']);
    for (const e of out.entities) {
      expect(['Protagonist', 'Antagonist', 'Innocent']).toContain(e.role);
      expect(e.score).toBeGreaterThan(0);
    }
    expect(out.entities[0]).toEqual(out.entities[3]);
    expect(entityRolesTask.output.safeParse(out).success).toBe(true);
  });

  it('adds the features behind each answer when asked for evidence', async () => {
    const predictor = await entityRolesTask.prepare({ evidence: true });
    const out = predictor.predict({ id: 1, text, entities: [civilians] });
    expect(Array.isArray(out.entities[0]?.evidence)).toBe(true);
  });

  it('checks that every entity lies inside the text', () => {
    expect(entityRolesTask.check({ id: 1, text: 'abc', entities: [{ start: 0, end: 3 }] })).toEqual([]);
    expect(entityRolesTask.check({ id: 1, text: 'abc', entities: [{ start: 1, end: 9 }, { start: 2, end: 2 }] })).toEqual([
      'entity 1 [1, 9) runs past the end of the text (length 3)',
      'entity 2 [2, 2) is empty or reversed: end must be greater than start',
    ]);
  });
});

describe('roleOfMention without a model', () => {
  const extractor = createActorExtractor({ model: null, lexicons: testLexicons(), valence: () => 0 });
  const a = extractor.analyze(parse(text, { pos: true }), [civilians, troops, kast, { start: 20, end: 24 }]);

  it.each([
    [0, 'Innocent'],
    [1, 'Antagonist'],
    [2, 'Antagonist'],
  ])('gives the rules’ role to given entity %i', (i, role) => {
    expect(roleOfMention(a, a.given[i] as number, undefined).role).toBe(role);
  });

  it('answers Antagonist, the commonest role, when the rules see nothing', () => {
    expect(roleOfMention(a, a.given[3] as number, undefined)).toEqual({ role: 'Antagonist', score: 0.5, evidence: [] });
  });
});
