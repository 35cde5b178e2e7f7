/** Checks on the shipped data/lexicons: it compiles, every entry finds itself, and lexicons do not overlap. */
import { describe, expect, it } from 'vitest';
import { testLexicon, testLexicons } from '../detectors/test-helper.js';
import { parse } from '../nlp/parse.js';
import { createPhraseMatcher } from './matcher.js';

describe('data/lexicons', () => {
  it('compiles into the lexicons the detectors need', () => {
    expect(testLexicons().map((l) => l.id)).toEqual([
      'demonyms', 'harm-verbs', 'hedges', 'intensifiers', 'loaded-language', 'name-calling', 'rhetorical-questions', 'scare-quote-cues', 'speech-verbs', 'technique-cues', 'weasels',
    ]);
  });

  it('has a loaded-language lexicon of 250–400 entries and a name-calling lexicon of at least 100', () => {
    expect(testLexicon('loaded-language').entries.length).toBeGreaterThanOrEqual(250);
    expect(testLexicon('loaded-language').entries.length).toBeLessThanOrEqual(400);
    expect(testLexicon('name-calling').entries.length).toBeGreaterThanOrEqual(100);
  });

  describe.each(testLexicons().map((l) => [l.id, l] as const))('%s', (_id, lexicon) => {
    // Words included from one package may lemmatize alike ("seems", "seem"): the first one listed answers for both.
    it('matches every term and form of every entry, in a sentence, to that entry', () => {
      const matcher = createPhraseMatcher(lexicon.entries);
      const missed: string[] = [];
      for (const entry of lexicon.entries) {
        for (const surface of [entry.term, ...entry.forms]) {
          const text = `Then ${surface} came.`;
          const hit = matcher.matchAll(parse(text).tokens).find((m) => m.start === 5 && m.end === 5 + surface.length);
          const same = hit !== undefined && (hit.entry === entry || (entry.from !== undefined && hit.entry.from === entry.from));
          if (!same) missed.push(`${surface} → ${hit?.entry.term ?? 'nothing'}`);
        }
      }
      expect(missed).toEqual([]);
    });
  });

  // A label phrase may contain a loaded word ("axis of evil"), but no term may be the same term in both.
  it('keeps loaded language and name calling apart: no whole term of one is a term of the other', () => {
    const loaded = testLexicon('loaded-language');
    const labels = testLexicon('name-calling');
    const clashes: string[] = [];
    for (const [a, b] of [[loaded, labels], [labels, loaded]] as const) {
      const other = createPhraseMatcher(b.entries);
      for (const entry of a.entries) {
        const found = other.matchAll(parse(`Then ${entry.term} came.`).tokens);
        for (const m of found) if (m.start === 5 && m.end === 5 + entry.term.length) clashes.push(`${a.id}:${entry.term} ~ ${b.id}:${m.entry.term}`);
      }
    }
    expect(clashes).toEqual([]);
  });
});
