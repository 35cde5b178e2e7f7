/** Specification of portrayal cues and harm roles: which words attach to which actor, how, and who does or suffers harm. */
import { describe, expect, it } from 'vitest';
import { testLexicons } from '../detectors/test-helper.js';
import { parse } from '../nlp/parse.js';
import { createActorExtractor } from './extract.js';

/** A small valence list, so the tests do not depend on a trained model's table. */
const VALENCE: Record<string, number> = { trusted: 0.5, brave: 0.6, ugly: -0.6, honest: 0.5, advancing: 0.5, goodwill: 0.6, rich: 0.4 };
const extractor = createActorExtractor({ model: null, lexicons: testLexicons(), valence: (w) => VALENCE[w] ?? 0 });

/** `actor: how polarity “text”` per cue, actors in order of first mention. */
function cues(text: string): string[] {
  return extractor
    .extract(parse(text, { pos: true }))
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0))
    .flatMap((a) => a.portrayal.map((c) => `${a.name}: ${c.how} ${c.polarity}${c.negated ? ' (negated)' : ''} “${c.text}”`));
}

/** `actor: role of “verb” (voice)` per harm role. */
function harm(text: string): string[] {
  return extractor
    .extract(parse(text, { pos: true }))
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0))
    .flatMap((a) => a.harm.map((h) => `${a.name}: ${h.role} of “${h.text}” (${h.voice})`));
}

describe('portrayal', () => {
  it.each<[string, string, string[]]>([
    ['a modifier before the name', 'Critics met the autocratic Dorin Kast.', ['Dorin Kast: modifier negative “autocratic”']],
    ['a label inside a nationality phrase', 'They blamed the Danish warmonger PM.', ['Prime Minister of Denmark: modifier negative “warmonger”']],
    ['an apposition after the name', 'Dorin Kast, the longtime autocrat, spoke.', ['Dorin Kast: apposition negative “autocrat”']],
    ['an apposition before the name', 'The longtime autocrat of Norway, Dorin Kast, spoke.', ['Dorin Kast: apposition negative “autocrat”']],
    ['predicates joined by "and"', 'Dorin Kast remains dishonest and ruthless.', ['Dorin Kast: predicate negative “dishonest”', 'Dorin Kast: predicate negative “ruthless”']],
    ['a predicate past an apposition', 'Dorin Kast, a banker, is ruthless.', ['Dorin Kast: predicate negative “ruthless”']],
    ['a negated predicate flips', 'Norway cannot be trusted.', ['Norway: predicate negative (negated) “trusted”']],
    ['what the actor owns', "Norway's inhumane treatment of them.", ['Norway: possessive negative “inhumane”']],
    ['plain description it owns does not count', "Norway's rich fields.", []],
    ['qualities "of" the actor', 'We admire the heroism of Danish soldiers.', ['Danish soldiers: possessive positive “heroism”']],
    ['a label after the name', 'Critics of the Kastor regime spoke.', ['Kastor: modifier negative “regime”']],
    ['a sympathy word', 'They mourned the defenceless Norwegian villagers.', ['Norwegian villagers: modifier sympathy “defenceless”']],
    ['words in scare quotes are held at arm’s length', "Norway's ‘goodwill’ gestures.", []],
    ['a name in a prepositional phrase is not the subject', 'The industry in Norway remained ruthless.', []],
    ['a clause after "and" is not the predicate', 'The Danish army is advancing and the glorious flag is raised.', ['Danish army: predicate positive “advancing”']],
  ])('%s', (_name, text, expected) => {
    expect(cues(text)).toEqual(expected);
  });
});

describe('harm roles', () => {
  it.each<[string, string, string[]]>([
    ['active: subject agent, object patient', 'Danish troops attacked Norwegian farmers.', ['Danish troops: agent of “attacked” (active)', 'Norwegian farmers: patient of “attacked” (active)']],
    [
      'passive with a by-phrase; a nationality before a harm noun stands for the state',
      'Scores of Norwegian civilians have been killed by Danish shelling.',
      ['Norwegian civilians: patient of “killed” (passive)', 'Denmark: agent of “killed” (passive)', 'Denmark: agent of “shelling” (nominal)'],
    ],
    ['a participle before the name', 'They counted 600 ethnically cleansed Norwegians.', ['Norwegians: patient of “ethnically cleansed” (participle)']],
    ['a participle after the name, with from', 'Norwegians expelled from their homes waited.', ['Norwegians: patient of “expelled” (participle)']],
    ['a possessor owns the event', "Norway's blockade of the valley continued.", ['Norway: agent of “blockade” (nominal)']],
    ['the event of the actor', 'They condemned the invasion of Norway.', ['Norway: patient of “invasion” (nominal)']],
    ['a verb that carries the event out', 'Norway imposed the blockade.', ['Norway: agent of “blockade” (nominal)']],
    ['help', 'Swedish volunteers rescued Norwegian children.', ['Swedish volunteers: agent of “rescued” (active)', 'Norwegian children: patient of “rescued” (active)']],
    ['an intransitive burn: the subject suffers it', 'As if Norway never burned.', ['Norway: patient of “burned” (active)']],
    ['a name in a prepositional phrase is not the agent', 'The war in Norway killed thousands.', []],
  ])('%s', (_name, text, expected) => {
    expect(harm(text)).toEqual(expected);
  });
});

describe('roles from the rules', () => {
  it.each<[string, string, string, string]>([
    ['negative portrayal', 'Dorin Kast remains dishonest and ruthless.', 'Dorin Kast', 'antagonist'],
    ['suffering harm', 'Norwegian civilians were killed.', 'Norwegian civilians', 'innocent'],
    ['doing harm', 'Danish troops attacked the town.', 'Danish troops', 'antagonist'],
    ['praise', 'We admire the heroism of Danish soldiers.', 'Danish soldiers', 'protagonist'],
    ['no cue', 'Norway signed the paper.', 'Norway', 'neutral'],
  ])('%s', (_name, text, actor, role) => {
    const found = extractor.extract(parse(text, { pos: true })).find((a) => a.name === actor);
    expect(found?.role).toBe(role);
  });
});
