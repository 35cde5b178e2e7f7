/** Specification of the pack compiler: the compiled shape of a small pack, and one line per kind of bad entry. */
import { describe, expect, it } from 'vitest';
import { compilePackFile, formatPackError, type PackError } from './compile.js';

/** A small valid pack about an invented dispute; tests replace parts of it. */
const VALID = `
id: harbour
title: Northland–Southland (the harbour)
description: An invented dispute over a harbour town.
version: 0.1.0
sources:
  - { id: guide, short: the Harbour Style Guide, citation: The Harbour Style Guide (invented). }
sides:
  - { id: north, name: Northern, description: Northland and its press. }
  - { id: south, name: Southern, description: Southland and its press. }
actors:
  - { name: Northland, kind: state, side: north }
  - { name: Portmouth, kind: place, side: south, standsFor: the government of Southland, anchor: false }
  - { name: Harbour Council, kind: organisation, side: none }
concepts:
  - id: town
    label: the harbour town
    kind: place
    neutral: Harbourtown
    variants:
      - { term: Harbourtown, side: neutral, source: guide }
      - { term: Northport, forms: [North-port], side: north, weight: 0.8, source: guide, note: The northern name. }
      - { term: Sudhaven, side: south, weight: 0.7, source: guide }
  - id: takeover
    label: the takeover of the town
    kind: action
    variants:
      - { term: liberated, side: north, weight: 0.6, context: territory, source: guide }
      - { term: ethnic cleansing, context: victim-people, weight: 0.8, source: guide }
ignore:
  - { term: liberated zone of the mind, note: an idiom }
`;

function compile(text: string, file = 'harbour.yml'): { errors: string[]; pack: ReturnType<typeof compilePackFile> } {
  const errors: PackError[] = [];
  const pack = compilePackFile(file, text, errors, { requireIdMatchesFile: true });
  return { errors: errors.map(formatPackError), pack };
}

describe('compilePackFile', () => {
  it('compiles a valid pack: defaults filled in, rules derived, anchors by concept kind', () => {
    const { errors, pack } = compile(VALID);
    expect(errors).toEqual([]);
    expect(pack?.sides.map((s) => s.id)).toEqual(['north', 'south']);
    expect(pack?.actors).toEqual([
      { name: 'Northland', kind: 'state', aliases: [], side: 'north', anchor: true },
      { name: 'Portmouth', kind: 'place', aliases: [], side: 'south', standsFor: 'the government of Southland', anchor: false },
      { name: 'Harbour Council', kind: 'organisation', aliases: [], anchor: true },
    ]);
    expect(pack?.concepts[0]?.variants[1]).toEqual({
      term: 'Northport',
      rule: 'northport',
      forms: ['North-port'],
      match: 'lemma',
      side: 'north',
      weight: 0.8,
      anchor: true,
      note: 'The northern name.',
      source: 'guide',
    });
    expect(pack?.concepts[0]?.variants[0]).toMatchObject({ side: 'neutral', weight: 0, anchor: true });
    expect(pack?.concepts[1]?.variants.map((v) => [v.rule, v.anchor, v.context, v.side])).toEqual([
      ['liberated', false, 'territory', 'north'],
      ['ethnic-cleansing', false, 'victim-people', undefined],
    ]);
    expect(pack?.ignore).toEqual([{ term: 'liberated zone of the mind', forms: [], match: 'lemma', note: 'an idiom' }]);
  });

  it.each<[string, string, string, string[]]>([
    ['an unknown key in the header', 'version: 0.1.0', 'version: 0.1.0\ncolour: red', ['harbour.yml: unknown key "colour"']],
    ['one side only', "  - { id: south, name: Southern, description: Southland and its press. }\n", '', ['harbour.yml: sides: sides must list at least two sides']],
    ['a reserved side id', 'id: south,', 'id: mixed,', [
      'harbour.yml: side id "mixed" is reserved; call the side something else',
      'harbour.yml: concept town variant "Sudhaven": unknown side "south"; sides: north, mixed, or neutral',
      'harbour.yml: actor "Portmouth": unknown side "south"; sides: north, mixed, or none',
    ]],
    ['an unknown side', 'side: south, weight: 0.7', 'side: east, weight: 0.7', ['harbour.yml: concept town variant "Sudhaven": unknown side "east"; sides: north, south, or neutral']],
    ['a weight above 1', 'weight: 0.7', 'weight: 1.5', ['harbour.yml: concept town variant "Sudhaven": weight: weight must be above 0 and at most 1, got 1.5']],
    ['a side variant without a weight', 'side: south, weight: 0.7, source', 'side: south, source', ['harbour.yml: concept town variant "Sudhaven": weight is missing: how strongly does "Sudhaven" mark the south side (0–1)?']],
    ['a neutral variant with a weight', 'side: neutral, source', 'side: neutral, weight: 0.2, source', ['harbour.yml: concept town variant "Harbourtown": a neutral variant marks no side: leave weight out']],
    ['a victim-people variant with a side', 'context: victim-people, weight', 'context: victim-people, side: north, weight', ['harbour.yml: concept takeover variant "ethnic cleansing": a victim-people variant takes its side from the people it names: leave side out']],
    ['an unknown context rule', 'context: territory', 'context: nearby', ['harbour.yml: concept takeover variant "liberated": context: context must be one of territory, proper-noun, victim-people']],
    ['an undeclared source', 'weight: 0.7, source: guide', 'weight: 0.7, source: atlas', ['harbour.yml: concept town variant "Sudhaven": unknown source "atlas"; declared sources: guide']],
    ['the same term twice, hyphen and case aside', 'term: Sudhaven, side: south', 'term: north port, side: south', ['harbour.yml: concept town variant "north port": "north port" duplicates concept town variant "Northport"']],
    ['an ignore that repeats a variant', 'term: liberated zone of the mind', 'term: Sudhaven', ['harbour.yml: ignore "Sudhaven": "Sudhaven" duplicates concept town variant "Sudhaven"']],
    ['an actor alias twice', '{ name: Harbour Council, kind: organisation, side: none }', '{ name: Harbour Council, kind: organisation, aliases: [Northland] }', ['harbour.yml: actor "Harbour Council": "Northland" duplicates actor "Northland"']],
    ['an actor of an unknown side', 'kind: state, side: north', 'kind: state, side: west', ['harbour.yml: actor "Northland": unknown side "west"; sides: north, south, or none']],
    ['an unknown actor kind', 'kind: state, side: north', 'kind: nation, side: north', ['harbour.yml: actor "Northland": kind: kind must be one of person, organisation, state, group, place']],
    [
      'a concept of neutral variants only',
      '{ term: liberated, side: north, weight: 0.6, context: territory, source: guide }\n      - { term: ethnic cleansing, context: victim-people, weight: 0.8, source: guide }',
      '{ term: liberated, side: neutral, source: guide }\n      - { term: ethnic cleansing, side: neutral, source: guide }',
      ['harbour.yml: concept takeover: every variant is neutral: a concept records at least one side-marking variant'],
    ],
    ['a concept id twice', 'id: takeover', 'id: town', ['harbour.yml: concept town: concept id "town" is used twice']],
    ['an id that is not the file name', 'id: harbour', 'id: port', ['harbour.yml: id "port" must equal the file name "harbour"']],
  ])('reports %s', (_name, from, to, expected) => {
    expect(VALID.includes(from)).toBe(true);
    const { errors, pack } = compile(VALID.replace(from, to));
    expect(errors).toEqual(expected);
    expect(pack).toBeUndefined();
  });

  it('says where the YAML breaks', () => {
    expect(compile('id: [\n').errors).toEqual([expect.stringMatching(/^harbour\.yml: not valid YAML: /)]);
  });

  it('reports a side that no variant marks', () => {
    const text = VALID.replace('{ term: ethnic cleansing, context: victim-people, weight: 0.8, source: guide }', '{ term: ethnic cleansing, side: north, weight: 0.8, source: guide }').replace(
      '{ term: Sudhaven, side: south, weight: 0.7, source: guide }',
      '{ term: Sudhaven, side: neutral, source: guide }',
    );
    expect(compile(text).errors).toEqual(['harbour.yml: no variant marks the side "south": a pack records the usage of every side it names']);
  });

  it('names an entry without a term by its position', () => {
    const { errors } = compile(VALID.replace('      - { term: Sudhaven, side: south,', '      - { side: south,'));
    expect(errors).toEqual(['harbour.yml: concept town variant #3: term: missing required field']);
  });

  it('lets a user pack be named anything when the id need not match the file', () => {
    const errors: PackError[] = [];
    expect(compilePackFile('my-pack.yaml', VALID, errors)).toBeDefined();
    expect(errors).toEqual([]);
  });
});
