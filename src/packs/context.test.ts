/** Specification of the context rules and of how a term is used, one table per rule, on invented sentences. */
import { describe, expect, it } from 'vitest';
import { parse } from '../nlp/parse.js';
import type { ParsedDoc } from '../nlp/types.js';
import { classifyUse, properNounContext, reportedBySide, territoryContext, victimPeopleContext, type PeopleMention } from './context.js';

/** Token range of the first occurrence of `phrase` (space-separated words as tokenized) in `doc`. */
function span(doc: ParsedDoc, phrase: string, from = 0): [number, number] {
  const words = phrase.split(' ');
  for (let i = from; i < doc.tokens.length; i += 1) {
    if (words.every((w, k) => doc.tokens[i + k]?.text === w)) return [i, i + words.length];
  }
  throw new Error(`"${phrase}" not in the text`);
}

describe('territoryContext', () => {
  // Places of an invented pack: Kelhara (neutral name) and Tavrensk (a name that marks the side "north").
  const placeAt = (doc: ParsedDoc) => (p: number) => {
    const text = doc.tokens[p]?.text;
    return text === 'Kelhara' ? {} : text === 'Tavrensk' ? { side: 'north' } : undefined;
  };
  it.each<[string, string, string, string | undefined]>([
    ['a place right after', 'They shelled occupied Kelhara at dawn.', 'occupied', 'Kelhara'],
    ['a generic territory word after', 'They returned to the occupied territories.', 'occupied', 'territories'],
    ['through "of" and "the"', 'The liberation of the Kelhara hills began.', 'liberation', 'Kelhara'],
    ['a place before, across "is"', 'Kelhara is occupied, they say.', 'occupied', 'Kelhara'],
    ['a place before a comma', 'Kelhara, occupied since spring, waits.', 'occupied', 'Kelhara'],
    ['a side-marked place gives its side', 'Life in occupied Tavrensk is hard.', 'occupied', 'Tavrensk'],
    ['not across "but"', 'The seat is occupied but Kelhara is calm.', 'occupied', undefined],
    ['not an occupied seat', 'Every seat on the bus was occupied.', 'occupied', undefined],
    ['not a parking space', 'The parking space was occupied by a van.', 'occupied', undefined],
    ['not past the end of the sentence', 'It was occupied. Kelhara sleeps.', 'occupied', undefined],
    ['not five words away', 'The occupied and very old and quiet Kelhara.', 'occupied', undefined],
  ])('%s', (_name, text, term, place) => {
    const doc = parse(text);
    const [s, e] = span(doc, term);
    const found = territoryContext(doc, s, e, placeAt(doc));
    expect(found === undefined ? undefined : doc.tokens[found.at]?.text).toBe(place);
  });

  it('reports the side of a side-marked place name, and none for a neutral one', () => {
    const marked = parse('Life in occupied Tavrensk is hard.');
    expect(territoryContext(marked, 2, 3, placeAt(marked))).toEqual({ at: 3, side: 'north' });
    const neutral = parse('They shelled occupied Kelhara.');
    expect(territoryContext(neutral, 2, 3, placeAt(neutral))).toEqual({ at: 3, side: undefined });
  });
});

describe('properNounContext', () => {
  it.each<[string, string, boolean]>([
    ['capitalized inside a sentence', 'They won the Patriotic War in 2020.', true],
    ['lower case', 'It was a patriotic war of words.', false],
  ])('%s', (_name, text, expected) => {
    const doc = parse(text);
    const [s] = span(doc, text.includes('Patriotic') ? 'Patriotic' : 'patriotic');
    expect(properNounContext(doc, s)).toBe(expected);
  });
});

describe('victimPeopleContext', () => {
  /** Invented peoples: Dravenians (side d) and Lusovians (side l), adjective forms included. */
  const people = (doc: ParsedDoc): PeopleMention[] =>
    doc.tokens.flatMap((t) => (/^Dravenians?$/.test(t.text) ? [{ startToken: t.index, endToken: t.index + 1, side: 'd' }] : /^Lusovians?$/.test(t.text) ? [{ startToken: t.index, endToken: t.index + 1, side: 'l' }] : []));
  it.each<[string, string, string, string | undefined]>([
    ['the people named after the word', 'Thousands of ethnically cleansed Dravenians never returned.', 'ethnically cleansed', 'd'],
    ['"of" the people after, the agent before', 'Lusovian troops carried out the ethnic cleansing of Dravenians.', 'ethnic cleansing', 'd'],
    ['the object wins over the adjective before', 'The Dravenian expulsion of Lusovians began in May.', 'expulsion', 'l'],
    ['"by" introduces the agent, so the people before count', 'Lusovians were expelled by Dravenian soldiers.', 'expelled', 'l'],
    ['the people before when none after', 'Dravenians expelled from their homes still wait.', 'expelled', 'd'],
    ['no people named: no side', 'My family was expelled from the town.', 'expelled', undefined],
    ['not in another sentence', 'Dravenians live here. They were expelled later.', 'expelled', undefined],
  ])('%s', (_name, text, term, side) => {
    const doc = parse(text);
    const [s, e] = span(doc, term);
    expect(victimPeopleContext(doc, s, e, people(doc))?.side).toBe(side);
  });
});

describe('classifyUse', () => {
  it.each<[string, string, string, string]>([
    ['the writer’s own word', 'The siege of Tavren goes on.', 'siege', 'used'],
    ['scare quotes around the term alone', 'The so-called experts speak of a “siege” again.', 'siege', 'mention'],
    ['scare quotes closing over a full stop', 'They call this a “siege.” It is not.', 'siege', 'mention'],
    ['after "so-called"', 'The so-called blockade is a checkpoint.', 'blockade', 'mention'],
    ['after "so called" without the hyphen', 'The so called blockade is a checkpoint.', 'blockade', 'mention'],
    ['after "so-called" and a quote', 'The so-called “blockade” is a checkpoint.', 'blockade', 'mention'],
    ['inside a longer quotation', '“We will end the siege soon,” the minister said.', 'siege', 'quoted'],
    ['attributed: "which X calls"', 'The valley, which Lusovia calls Kelhara, is cold.', 'Kelhara', 'attributed'],
    ['attributed: "call it" with quotes', 'Ostrel officials call it “customs controls.”', 'customs controls', 'attributed'],
    ['attributed: "known as"', 'The main town, known in Dravenian as Tavrensk, is quiet.', 'Tavrensk', 'attributed'],
    ['attributed: "describe them as"', 'Officials describe the same group as settlers.', 'settlers', 'attributed'],
    ['not attributed: "calls for"', 'The council calls for an end to the siege.', 'siege', 'used'],
  ])('%s', (_name, text, term, use) => {
    const doc = parse(text);
    const [s, e] = span(doc, term);
    expect(classifyUse(doc, s, e)).toBe(use);
  });

  it('reads quotes around a cited label as a quotation when the variant says so', () => {
    const doc = parse('They practise ‘caviar diplomacy’ abroad.');
    const [s, e] = span(doc, 'caviar diplomacy');
    expect(classifyUse(doc, s, e)).toBe('mention');
    expect(classifyUse(doc, s, e, 'cite')).toBe('quoted');
  });
});

describe('reportedBySide', () => {
  it.each<[string, string, string, string, boolean]>([
    ['the side’s actor says it', 'Lusovian officials say 85,000 people are trapped.', 'Lusovian', 'trapped', true],
    ['according to the side', 'According to Lusovian officials, 85,000 people are trapped.', 'Lusovian', 'trapped', true],
    ['the actor named but no verb of speech', 'Lusovian families are trapped in the valley.', 'Lusovian', 'trapped', false],
    ['the actor after the term', 'People are trapped, Lusovian officials say.', 'Lusovian', 'trapped', false],
  ])('%s', (_name, text, actor, term, expected) => {
    const doc = parse(text);
    const [as, ae] = span(doc, actor);
    const [s] = span(doc, term);
    expect(reportedBySide(doc, s, [{ startToken: as, endToken: ae }])).toBe(expected);
  });
});
