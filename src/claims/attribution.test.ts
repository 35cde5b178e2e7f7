/** Specification of the attribution reader: named, unnamed and missing sources, and near misses. */
import { describe, expect, it } from 'vitest';
import { parse } from '../nlp/parse.js';
import { findAttribution } from './attribution.js';

/** `kind | source | cue | start-end`, or null. */
function read(text: string, pos = true): string | null {
  const doc = parse(text, { pos });
  const a = findAttribution(doc, 0, doc.tokens.length);
  if (a === null) return null;
  expect(text.slice(a.start, a.end)).toBe(a.text);
  expect(text.slice(a.cueStart, a.cueEnd)).toBe(a.cue);
  return `${a.kind} | ${a.source} | ${a.cue} | ${a.start}-${a.end}`;
}

describe('findAttribution', () => {
  it.each<[string, string | null]>([
    ['According to the Tavush Herald, the villagers fled.', 'named | Tavush Herald | According to | 17-30'],
    ['According to Western media, the pass is open.', 'anonymous | Western media | According to | 13-26'],
    ['Officials said 40 people died.', 'anonymous | Officials | said | 0-9'],
    ['The Red Cross said it could not reach the town.', 'named | Red Cross | said | 4-13'],
    ['A senior official said the road was shut.', 'anonymous | senior official | said | 2-17'],
    ['Human rights groups warned of famine.', 'anonymous | Human rights groups | warned | 0-19'],
    ['The ministry has documented 300 cases.', 'named | ministry | has documented | 4-12'],
    ['A report by Amnesty International found widespread abuse.', 'named | Amnesty International | report by | 12-33'],
    ['The bridge fell, said Mayor Ana Petrosyan.', 'named | Mayor Ana Petrosyan | said | 22-41'],
    ['The bridge fell, the ministry noted.', 'named | ministry | noted | 21-29'],
    ['The Kell envoy, Mara Voss, recently expressed concern over the siege.', 'named | Mara Voss | expressed | 16-25'],
    ['Lusovia Watch and the Tavush Council have both released statements.', 'named | Lusovia Watch and the Tavush Council | have both released | 0-36'],
    ['The town was shelled, it was reported by Reuters.', 'named | Reuters | reported by | 41-48'],
    ['He told reporters the road was shut.', 'named | He | told | 0-2'],
    // No source: the agentless passive and "reportedly".
    ['It was reported that the bridge fell.', 'none | null | It was reported | 0-15'],
    ['Reports of looting have been documented in the region.', 'none | null | have been documented | 19-39'],
    ['The shelling reportedly killed five.', 'none | null | reportedly | 13-23'],
    // Near misses: acts rather than speech, authorship, agents of plain passives, the writer's own claim.
    ['The treaty that the Kremlin wrote was signed.', null],
    ['Baku released the prisoners.', null],
    ['The bridge was destroyed by rebels.', null],
    ['The siege has starved the valley.', null],
    ['They refused to confirm the toll.', null],
  ])('%s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it('prefers a named source over a reporting adverb in the same sentence', () => {
    expect(read('The shelling reportedly killed five, officials at the Tavush Council said.')).toBe('named | officials at the Tavush Council | said | 37-68');
  });

  it('works without POS tags on the plain cases', () => {
    expect(read('According to the Tavush Herald, the villagers fled.', false)).toBe('named | Tavush Herald | According to | 17-30');
    expect(read('Officials said 40 people died.', false)).toBe('anonymous | Officials | said | 0-9');
  });
});
