/** Specification of the international bodies: their names, how they join a pack's gazetteer, and which spellings match. */
import { describe, expect, it } from 'vitest';
import { bodyActor, caseFits, INTERNATIONAL_BODIES, withInternationalBodies } from './international.js';

describe('bodyActor', () => {
  it('lists an organ behind each of its parent’s prefixes and keeps its short name aside', () => {
    expect(bodyActor({ name: 'UN Tidal Council', organ: 'Tidal Council', partOf: 'United Nations', aliases: ['UNTC', 'Tide Council'], source: 'x' })).toEqual({
      name: 'UN Tidal Council',
      kind: 'organisation',
      aliases: ['UNTC', 'Tide Council', 'UN Tide Council', 'U.N. Tidal Council', 'U.N. Tide Council', 'United Nations Tidal Council', 'United Nations Tide Council'],
      international: true,
      partOf: 'United Nations',
      shortNames: ['Tidal Council'],
    });
  });

  it('leaves a body that is no organ as it is', () => {
    expect(bodyActor({ name: 'Orbital League', aliases: ['OL'], source: 'x' })).toEqual({ name: 'Orbital League', kind: 'organisation', aliases: ['OL'], international: true });
  });
});

describe('withInternationalBodies', () => {
  const bodies = [
    { name: 'Orbital League', aliases: ['OL', 'League of Orbits'], source: 'x' },
    { name: 'Comet Court', source: 'x' },
  ];

  it('adds the bodies after the pack’s actors', () => {
    const out = withInternationalBodies([{ name: 'Varnia', kind: 'state', aliases: [], side: 'varnia' }], bodies);
    expect(out.map((a) => a.name)).toEqual(['Varnia', 'Orbital League', 'Comet Court']);
  });

  it('merges a body into the pack actor that has one of its names, keeping the pack’s name and side', () => {
    const out = withInternationalBodies([{ name: 'OL', kind: 'organisation', aliases: [], side: 'varnia' }], bodies);
    expect(out[0]).toEqual({ name: 'OL', kind: 'organisation', aliases: ['Orbital League', 'League of Orbits'], side: 'varnia', standsFor: undefined, international: true });
    expect(out).toHaveLength(2);
  });

  it('lists no name twice across the built-in bodies', () => {
    const names = INTERNATIONAL_BODIES.flatMap((b) => {
      const a = bodyActor(b);
      return [a.name, ...a.aliases].map((n) => n.toLowerCase());
    });
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });
});

describe('caseFits', () => {
  it.each<[string, string, boolean]>([
    ['UN', 'UN', true],
    ['UN', 'Un', false],
    ['LeT', 'Let', false],
    ['NATO', 'Nato', true],
    ['NATO', 'NATo', false],
    ['ICJ', 'Icj', false],
    ['U.N.', 'u.n.', false],
    ['Red Cross', 'RED CROSS', true],
    ['Kuomintang', 'KUOMINTANG', true],
  ])('%s written %s: %s', (term, surface, expected) => {
    expect(caseFits(term, surface)).toBe(expected);
  });
});
