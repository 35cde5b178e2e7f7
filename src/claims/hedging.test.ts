/** Specification of the hedge reader: lexicon hedges and weasels, modal verbs, reporting adverbs, and near misses. */
import { describe, expect, it } from 'vitest';
import { testLexicon } from '../detectors/test-helper.js';
import { parse } from '../nlp/parse.js';
import { createHedgeReader } from './hedging.js';

const read = createHedgeReader(testLexicon('hedges'), testLexicon('weasels'));

function cues(text: string, pos = true): string[] {
  const doc = parse(text, { pos });
  return read(doc, 0, doc.tokens.length).map((h) => `${h.start}-${h.end} ${h.kind}: ${h.text}`);
}

describe('createHedgeReader', () => {
  it.each<[string, string[]]>([
    ['The talks may perhaps resume.', ['10-13 hedge: may', '14-21 hedge: perhaps']],
    ['Some say the shelling reportedly killed five.', ['0-8 weasel: Some say', '22-32 reported: reportedly']],
    ['The alleged attack could have been staged.', ['4-11 reported: alleged', '19-24 modal: could']],
    ['Kell would never accept it.', ['5-10 modal: would']],
    // Near misses: the month, a name, plain assertion.
    ['In May the road reopened.', []],
    ['The council met on Tuesday.', []],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });

  it('reads only the token range it is given', () => {
    const doc = parse('Perhaps it rained. The road reopened.', { pos: true });
    const second = doc.sentences[1];
    expect(read(doc, second?.tokenStart ?? 0, second?.tokenEnd ?? 0)).toEqual([]);
    expect(read(doc, 0, doc.sentences[0]?.tokenEnd ?? 0).map((h) => h.text)).toEqual(['Perhaps']);
  });
});
