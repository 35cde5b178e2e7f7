import { describe, expect, it } from 'vitest';
import { SlantError } from '../core/errors.js';
import { compactLinear, LinearModel, roundSignificant } from './linear-model.js';

describe('compactLinear and LinearModel', () => {
  // Three features, two classes: weights[column * 2 + k].
  const weights = [1.234567, -0.5, 0.0001, 0.0002, 0, 2];
  const json = compactLinear('softmax', ['A', 'B'], weights, [0.1, -0.1], (c) => ['w=a', 'w=b', 'w=c'][c] ?? '?');

  it('drops negligible weights and rounds the rest', () => {
    expect(json).toEqual({ kind: 'softmax', classes: ['A', 'B'], bias: [0.1, -0.1], features: ['w=a', 'w=c'], weights: [1.235, -0.5, 0, 2] });
  });

  it('scores like the weights it was made from', () => {
    const model = LinearModel.fromJson(json);
    const z = model.scores(['w=a', 'w=c', 'unknown']);
    expect(z[0]).toBeCloseTo(0.1 + 1.235, 6);
    expect(z[1]).toBeCloseTo(-0.1 - 0.5 + 2, 6);
    const p = model.probabilities(['w=a', 'w=c']);
    expect((p[0] as number) + (p[1] as number)).toBeCloseTo(1, 10);
  });

  it('names the features that pushed a class, strongest first', () => {
    const model = LinearModel.fromJson(json);
    expect([model.weight('w=c', 1), model.weight('w=b', 0)]).toEqual([2, 0]);
    expect(model.contributions(['w=a', 'w=c', 'w=a'], 1, 5)).toEqual([{ feature: 'w=c', weight: 2 }]);
    expect(model.contributions(['w=a', 'w=c', 'w=a'], 0, 5)).toEqual([{ feature: 'w=a', weight: 2.47 }]);
  });

  it.each([
    ['not an object', 3],
    ['an unknown kind', { kind: 'tree', classes: ['A'], bias: [0], features: [], weights: [] }],
    ['a binary model with two classes', { kind: 'binary', classes: ['A', 'B'], bias: [0, 0], features: [], weights: [] }],
    ['a short bias', { kind: 'softmax', classes: ['A', 'B'], bias: [0], features: [], weights: [] }],
    ['too few weights for the features', { kind: 'softmax', classes: ['A', 'B'], bias: [0, 0], features: ['x'], weights: [1] }],
    ['a repeated feature', { kind: 'binary', classes: ['A'], bias: [0], features: ['x', 'x'], weights: [1, 2] }],
    ['a weight that is not a number', { kind: 'binary', classes: ['A'], bias: [0], features: ['x'], weights: ['1'] }],
  ])('refuses %s', (_name, bad) => {
    expect(() => LinearModel.fromJson(bad)).toThrow(SlantError);
  });
});

describe('roundSignificant', () => {
  it('keeps the requested significant digits', () => {
    expect(roundSignificant(0.000123456, 3)).toBe(0.000123);
    expect(roundSignificant(98765, 2)).toBe(99000);
    expect(roundSignificant(0, 4)).toBe(0);
  });
});
