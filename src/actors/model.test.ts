/** Specification of the stored role model: validation, scoring, evidence phrasing, and a missing file. */
import { describe, expect, it } from 'vitest';
import { SlantError } from '../core/errors.js';
import { describeFeature, ENTITY_ROLES_FORMAT, loadEntityRoleModel, parseEntityRoleWeights } from './model.js';

const valid = {
  format: ENTITY_ROLES_FORMAT,
  id: 'roles-test',
  lexicons: 'abc',
  params: { window: 2 },
  model: { kind: 'softmax', classes: ['Protagonist', 'Antagonist', 'Innocent'], bias: [0, 0, 0], features: ['victim', 'rule=antagonist'], weights: [0, 0, Math.log(2), 0, Math.log(3), 0] },
  valence: { words: ['brutal'], values: [-0.6] },
};

describe('parseEntityRoleWeights', () => {
  it('loads a valid file and scores features with a softmax', () => {
    const model = parseEntityRoleWeights(valid);
    expect(model.id).toBe('roles-test');
    expect(model.params.window).toBe(2);
    expect(model.valence('brutal')).toBe(-0.6);
    // victim: scores (0, 0, ln 2) → probabilities (1/4, 1/4, 1/2).
    expect([...model.probabilities(['victim'])].map((p) => Math.round(p * 1000) / 1000)).toEqual([0.25, 0.25, 0.5]);
    expect(model.contributions(['victim', 'rule=antagonist'], 1)).toEqual([{ feature: 'rule=antagonist', weight: Math.log(3) }]);
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['an old format', { format: 0 }, /format 0/],
    ['a window that is not a whole number', { params: { window: 1.5 } }, /window/],
    ['valences out of step', { valence: { words: ['a'], values: [] } }, /valence/],
    ['other classes', { model: { ...valid.model, classes: ['A', 'B', 'C'] } }, /softmax over Protagonist, Antagonist, Innocent/],
  ])('refuses %s with SLANT_DATA_INVALID', (_name, change, message) => {
    const bad = { ...valid, ...change };
    expect(() => parseEntityRoleWeights(bad)).toThrow(SlantError);
    expect(() => parseEntityRoleWeights(bad)).toThrow(message);
  });

  it('says there is no model when the file is not there', () => {
    expect(loadEntityRoleModel(new URL('file:///nonexistent/entity-roles.json.gz'))).toBeUndefined();
  });
});

describe('describeFeature', () => {
  it.each([
    ['mh=patient:harm', 'suffers harm here'],
    ['ah=agent:harm', 'does harm in the text'],
    ['mp=negative:predicate', 'negative predicate here'],
    ['w-1=by', '“by” just before'],
    ['k=organisation', 'an organisation'],
    ['cbn=h:negative', 'a harm word just before in the sentence'],
    ['ca=h:attack', 'an attack word after in the sentence'],
    ['pass=kill', '“kill” done to it'],
    ['victim', 'a group of civilians, children or the like'],
  ])('%s → %s', (feature, words) => {
    expect(describeFeature(feature)).toBe(words);
  });
});
