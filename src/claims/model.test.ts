/** Specification of the check-worthiness model: scoring by hand-set weights, evidence, validation, and the shipped weights. */
import { describe, expect, it } from 'vitest';
import { SlantError } from '../core/errors.js';
import { parse } from '../nlp/parse.js';
import { describeClaimFeature } from './evidence.js';
import { createCheckWorthinessModel, loadCheckWorthinessModel } from './model.js';
import { TEST_WEIGHTS, testCheckWorthinessModel, testFeatureContext } from './test-model.js';

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

function score(text: string): number {
  const doc = parse(text, { pos: true });
  return testCheckWorthinessModel().score(doc, 0, doc.tokens.length).score;
}

describe('createCheckWorthinessModel', () => {
  it.each<[string, number]>([
    ['The council counted 40 trucks.', sigmoid(-2 + 3 + 1.5)],
    ['The council met.', sigmoid(-2 + 1.5)],
    ['Hello there, friends.', sigmoid(-2 - 2)],
    ['The road reopened.', sigmoid(-2)],
  ])('%s', (text, expected) => {
    expect(score(text)).toBeCloseTo(expected, 10);
  });

  it('counts a feature once however often it occurs, and says which features raised the score', () => {
    const doc = parse('The council counted 40 trucks and 12 cars for the council.', { pos: true });
    const result = testCheckWorthinessModel().score(doc, 0, doc.tokens.length);
    expect(result.score).toBeCloseTo(sigmoid(2.5), 10);
    expect(result.checkWorthy).toBe(true);
    expect(result.evidence()).toEqual(['a quantity (+3.00)', 'word “council” (+1.50)']);
  });

  it.each<[string, unknown, RegExp]>([
    ['a wrong format', { ...TEST_WEIGHTS, format: 9 }, /format 9, expected 1/],
    ['a threshold outside (0, 1)', { ...TEST_WEIGHTS, threshold: 1.5 }, /threshold must be between 0 and 1/],
    ['a softmax model', { ...TEST_WEIGHTS, model: { ...TEST_WEIGHTS.model, kind: 'softmax', classes: ['a'] } }, /kind softmax, expected binary/],
    ['not an object', 'weights', /not an object/],
  ])('refuses %s', (_name, json, message) => {
    expect(() => createCheckWorthinessModel(json, testFeatureContext())).toThrow(SlantError);
    expect(() => createCheckWorthinessModel(json, testFeatureContext())).toThrow(message);
  });
});

describe('loadCheckWorthinessModel', () => {
  it('gives undefined when there are no weights', () => {
    expect(loadCheckWorthinessModel(testFeatureContext(), new URL('file:///nonexistent/check-worthy.json.gz'))).toBeUndefined();
  });

  it('loads the shipped weights, which rank a stated figure above a courtesy', () => {
    const model = loadCheckWorthinessModel(testFeatureContext());
    if (model === undefined) throw new Error('models/check-worthy.json.gz is missing: train it with `npm run train -- --only check-worthy`');
    expect(model.id).toMatch(/^check-worthy-[0-9a-f]{12}$/);
    const claim = parse('Unemployment in Kell rose by 40 percent between 2019 and 2021.', { pos: true });
    const courtesy = parse('Thank you all for being here tonight.', { pos: true });
    const a = model.score(claim, 0, claim.tokens.length);
    const b = model.score(courtesy, 0, courtesy.tokens.length);
    expect(a.checkWorthy).toBe(true);
    expect(b.checkWorthy).toBe(false);
    expect(a.evidence().length).toBeGreaterThan(0);
  });
});

describe('describeClaimFeature', () => {
  it.each<[string, string | undefined]>([
    ['q=percent', 'a percentage'],
    ['q=vague', 'a vague magnitude (“dozens”)'],
    ['w=<num>', 'a figure'],
    ['num', 'a quantity'],
    ['attr=anonymous', 'an unnamed source'],
    ['hedge=modal', 'a modal verb'],
    ['sup', 'a superlative'],
    ['w=largest', 'word “largest”'],
    ['b=<s>_according', 'phrase “according”'],
    ['len=2', undefined],
    ['names=0', undefined],
    ['src=ct19', undefined],
  ])('%s → %s', (feature, expected) => expect(describeClaimFeature(feature)).toBe(expected));
});
