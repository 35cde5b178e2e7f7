/** Specification of the phrase matcher: lemma and exact matching, hyphens, apostrophes, longest match. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../nlp/parse.js';
import { createWordForms } from '../nlp/word-forms.js';
import { createMatcherGroup, createPhraseMatcher, foldPlural, type MatchableEntry } from './matcher.js';

const entries: MatchableEntry[] = [
  { term: 'slaughter' },
  { term: 'so-called', match: 'exact' },
  { term: 'blood money' },
  { term: 'blood' },
  { term: "can't stop", match: 'exact' },
  { term: 'lies', match: 'exact' },
  { term: 'Nagorno-Karabakh' },
  { term: 'atrocity' },
  { term: 'talking shop' },
  { term: 'neo-fascist' },
  { term: 'critics argue', forms: ['critics contend'] },
];
const matcher = createPhraseMatcher(entries);

/** `'start-end term: text'` per match. */
function run(text: string): string[] {
  const doc = parse(text);
  return matcher.matchAll(doc.tokens).map((m) => `${m.start}-${m.end} ${m.entry.term}: ${text.slice(m.start, m.end)}`);
}

describe('createPhraseMatcher', () => {
  it.each<[string, string[]]>([
    ['They slaughtered them.', ['5-16 slaughter: slaughtered']],
    ['Slaughter, slaughters, slaughtering.', ['0-9 slaughter: Slaughter', '11-21 slaughter: slaughters', '23-35 slaughter: slaughtering']],
    ['Atrocities were committed.', ['0-10 atrocity: Atrocities']],
    ['The so-called experts.', ['4-13 so-called: so-called']],
    ['The so called experts.', ['4-13 so-called: so called']],
    ['The socalled experts.', ['4-12 so-called: socalled']],
    ['The So-Called experts.', ['4-13 so-called: So-Called']],
    ['Not so. Called back.', []],
    ['It is blood money.', ['6-17 blood money: blood money']],
    ['Blood, money.', ['0-5 blood: Blood']],
    ['They can’t stop it.', ['5-15 can\'t stop: can’t stop']],
    ["They can't stop it.", ["5-15 can't stop: can't stop"]],
    ['He lies, she lied, they lie.', ['3-7 lies: lies']],
    ['War in Nagorno-Karabakh and Nagorno Karabakh.', ['7-23 Nagorno-Karabakh: Nagorno-Karabakh', '28-44 Nagorno-Karabakh: Nagorno Karabakh']],
    ['Nagorno – Karabakh', []],
    ['These talking-shops fail.', ['6-19 talking shop: talking-shops']],
    ['The neo-fascist leader and neo fascists.', ['4-15 neo-fascist: neo-fascist', '27-39 neo-fascist: neo fascists']],
    ['Critics argued and critics contended.', ['0-14 critics argue: Critics argued', '19-36 critics argue: critics contended']],
  ])('%s', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });

  it('prefers the longest match and the first-listed entry on ties', () => {
    const m = createPhraseMatcher([{ term: 'evil', match: 'exact' as const, id: 1 }, { term: 'evil', id: 2 }, { term: 'evil empire', id: 3 }]);
    const doc = parse('An evil empire and evil deeds.');
    expect(m.matchAll(doc.tokens).map((x) => x.entry.id)).toEqual([3, 1]);
  });

  it('returns token ranges with exclusive ends, and matchAt finds a match at one index only', () => {
    const doc = parse('The so-called experts.');
    expect(matcher.matchAll(doc.tokens).map(({ startToken, endToken }) => [startToken, endToken])).toEqual([[1, 4]]);
    expect(matcher.matchAt(doc.tokens, 1)?.entry.term).toBe('so-called');
    expect(matcher.matchAt(doc.tokens, 2)).toBeUndefined();
  });

  it('counts compiled sequences, hyphen variants included', () => {
    // so-called: apart, "so-called", "socalled" = 3; Nagorno-Karabakh and neo-fascist 3 each; others 1.
    expect(createPhraseMatcher([{ term: 'so-called' }]).size).toBe(3);
    expect(createPhraseMatcher([{ term: 'blood money', forms: ['blood-money'] }]).size).toBe(4);
  });

  it('matches nothing in an empty document', () => {
    expect(matcher.matchAll(parse('').tokens)).toEqual([]);
  });
});

describe('foldPlural', () => {
  it.each([
    ['atrocities', 'atrocity'],
    ['witches', 'witch'],
    ['regimes', 'regime'],
    ['press', 'press'],
    ['status', 'status'],
    ['crisis', 'crisis'],
    ['gas', 'gas'],
  ])('%s → %s', (word, folded) => {
    expect(foldPlural(word)).toBe(folded);
  });
});

/** Words and marks the random texts are made of: lexicon terms, hyphens, quotes, emoji, other scripts, spaces. */
const pool = [
  'slaughter', 'so', '-', 'called', 'so-called', 'blood', 'money', 'lies', 'can’t', 'stop', 'Nagorno', 'Karabakh',
  'the', '“', '”', '.', ',', '!', '🇦🇲', '👨‍👩‍👧', 'U.S.', 'Ереван', 'Երևան', '\u00a0', '\n', 'critics', 'argue', 'talking', 'shops',
];
/** Random texts from `pool`, joined by no space, one or two spaces, or a thin space. */
const text = fc.array(fc.constantFrom(...pool), { maxLength: 60 }).chain((words) =>
  fc.array(fc.constantFrom(' ', '', '  ', '\u2009'), { minLength: words.length, maxLength: words.length }).map((gaps) => words.map((w, i) => w + (gaps[i] ?? '')).join('')),
);

describe('matcher properties', () => {

  it('returns in-bounds, sorted, non-overlapping matches whose offsets agree with their tokens', () => {
    fc.assert(
      fc.property(text, (input) => {
        const doc = parse(input);
        const matches = matcher.matchAll(doc.tokens);
        let previousEnd = -1;
        let previousEndToken = 0;
        for (const m of matches) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.start).toBeLessThan(m.end);
          expect(m.end).toBeLessThanOrEqual(input.length);
          expect(m.start).toBeGreaterThanOrEqual(previousEnd);
          expect(m.startToken).toBeGreaterThanOrEqual(previousEndToken);
          expect(m.startToken).toBeLessThan(m.endToken);
          expect(m.start).toBe(doc.tokens[m.startToken]?.start);
          expect(m.end).toBe(doc.tokens[m.endToken - 1]?.end);
          previousEnd = m.end;
          previousEndToken = m.endToken;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('createMatcherGroup', () => {
  const others: MatchableEntry[] = [{ term: 'blood' }, { term: 'critics' }, { term: 'so', match: 'exact' }, { term: 'stop it' }];

  it('gives each member the matches it would find alone, from one shared scan', () => {
    const group = createMatcherGroup();
    const together = group.matcher(entries);
    const other = group.matcher(others);
    const text = 'Critics argued they slaughtered the so-called blood money; so called critics can’t stop it.';
    const doc = parse(text);
    const alone = (list: MatchableEntry[]): string[] => createPhraseMatcher(list).matchAll(doc.tokens).map((m) => `${m.start}-${m.end} ${m.entry.term}`);
    const shared = (list: ReturnType<typeof group.matcher<MatchableEntry>>): string[] => list.matchAll(doc.tokens).map((m) => `${m.start}-${m.end} ${m.entry.term}`);
    expect(shared(together)).toEqual(alone(entries));
    expect(shared(other)).toEqual(alone(others));
    expect(shared(other)).toEqual(['0-7 critics', '36-38 so', '46-51 blood', '59-61 so', '69-76 critics', '83-90 stop it']);
  });

  it('includes a member that joins after a document was scanned', () => {
    const group = createMatcherGroup();
    const first = group.matcher([{ term: 'blood' }]);
    const doc = parse('Blood money and critics.');
    expect(first.matchAll(doc.tokens)).toHaveLength(1);
    const late = group.matcher([{ term: 'critics' }]);
    expect(late.matchAll(doc.tokens).map((m) => m.entry.term)).toEqual(['critics']);
    expect(first.matchAll(doc.tokens).map((m) => m.entry.term)).toEqual(['blood']);
  });

  it('hands every caller its own array', () => {
    const group = createMatcherGroup();
    const member = group.matcher(entries);
    const doc = parse('They slaughtered them.');
    member.matchAll(doc.tokens).pop();
    expect(member.matchAll(doc.tokens)).toHaveLength(1);
  });

  it('finds what lone matchers find, on any text, while the word table starts afresh', () => {
    const group = createMatcherGroup(createWordForms({ maxForms: 8 }));
    const members = [group.matcher(entries), group.matcher(others)];
    const lone = [createPhraseMatcher(entries), createPhraseMatcher(others)];
    fc.assert(
      fc.property(text, (input) => {
        const doc = parse(input);
        members.forEach((member, k) => expect(member.matchAll(doc.tokens)).toEqual(lone[k]?.matchAll(doc.tokens)));
      }),
      { numRuns: 200 },
    );
  });
});
