/** Specification table for term extraction, plus offset and consistency properties. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../nlp/parse.js';
import { TermCounts } from './counts.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NASTY } from '../../test/fixtures/nasty.js';
import { countTermStream, countTerms, extractTerms, findOccurrences, termStream, termStreamWords, TermTally } from './terms.js';

function keys(text: string, ngramMax = 3): string[] {
  return [...extractTerms(parse(text), { ngramMax }).terms.keys()].sort();
}

describe('extractTerms: which terms', () => {
  it.each([
    ['unigrams skip stop words, punctuation, numbers and one-letter tokens', 'The 120,000 people of X lived there.', 1, ['lived', 'people']],
    ['n-grams keep interior stop words but never start or end with one', 'The blockade of Karabakh', 3, ['blockade', 'blockade of karabakh', 'karabakh']],
    ['n-grams stop at sentence ends', 'Lift the blockade. Karabakh waits.', 3, ['blockade', 'karabakh', 'karabakh waits', 'lift', 'lift the blockade', 'waits']],
    ['n-grams stop at punctuation', 'blockade, Karabakh', 3, ['blockade', 'karabakh']],
    ['n-grams stop at numbers', 'starving 120,000 Armenians', 3, ['armenians', 'starving']],
    ['n-grams stop at URLs and emoji', 'read http://example.org report 😀 sanctions', 3, ['read', 'report', 'sanctions']],
    ['hyphenated words written tight are one term', 'The so-called experts', 3, ['experts', 'so-called', 'so-called experts']],
    ['a spaced dash is not a hyphen', 'a problem - not ours', 3, ['problem']],
    ['possessive clitics glue to the word before and never end a term', 'Azerbaijan’s blockade', 3, ["azerbaijan", "azerbaijan's blockade", 'blockade']],
    ['contractions of stop words are stop words', "I'm sure it's over", 3, ['sure']],
    ['ngramMax 1 gives unigrams only', 'Lachin Corridor closed', 1, ['closed', 'corridor', 'lachin']],
    ['ngramMax 2 gives no trigrams', 'Lachin Corridor closed', 2, ['closed', 'corridor', 'corridor closed', 'lachin', 'lachin corridor']],
  ])('%s', (_name, text, ngramMax, expected) => {
    expect(keys(text, ngramMax)).toEqual(expected);
  });

  it('keys are lower case surface forms, not lemmas', () => {
    expect(keys('Liberated towns. Liberation day.', 1)).toEqual(['day', 'liberated', 'liberation', 'towns']);
  });

  it('joins hyphen chains and non-breaking hyphens, keyed with a plain hyphen', () => {
    expect(keys('Nagorno-Karabakh-based groups', 1)).toEqual(['groups', 'nagorno-karabakh-based']);
    expect(keys('Lachin\u2011corridor', 1)).toEqual(['lachin-corridor']);
  });

  it('counts, and total is the sum of all counts', () => {
    const result = extractTerms(parse('Lift the blockade. The blockade must end; blockade!'));
    expect(result.terms.get('blockade')?.count).toBe(3);
    let sum = 0;
    for (const entry of result.terms.values()) sum += entry.count;
    expect(result.total).toBe(sum);
  });

  it('rejects an ngramMax below 1', () => {
    expect(() => extractTerms(parse('a b'), { ngramMax: 0 })).toThrow(RangeError);
  });
});

describe('extractTerms: display and names', () => {
  it('shows the most frequent surface form, first one on a tie', () => {
    const result = extractTerms(parse('Blockade Continues\n\nThe blockade goes on. The blockade hurts.'));
    expect(result.terms.get('blockade')?.display).toBe('blockade');
    expect(extractTerms(parse('Khojaly and KHOJALY.')).terms.get('khojaly')?.display).toBe('Khojaly');
    expect(extractTerms(parse('It was so   called.\nIt was so called.')).terms.get('called')?.display).toBe('called');
  });

  it('keeps the curly apostrophe in the display form', () => {
    expect(extractTerms(parse('Azerbaijan’s blockade')).terms.get("azerbaijan's blockade")?.display).toBe('Azerbaijan’s blockade');
  });

  it('calls a term a name when capitalized in at least 80% of uses inside sentences', () => {
    const text = 'Azerbaijanis remember. Many Azerbaijanis fled. We met Azerbaijanis. The Lachin Corridor closed. A corridor opened.';
    const terms = extractTerms(parse(text)).terms;
    expect(terms.get('azerbaijanis')?.isName).toBe(true);
    expect(terms.get('lachin corridor')?.isName).toBe(true);
    // "Corridor" is capitalized in 1 of 2 uses inside sentences.
    expect(terms.get('corridor')?.isName).toBe(false);
    // Stop words inside a name do not need capitals.
    expect(extractTerms(parse('He met the Ministry of Defence.')).terms.get('ministry of defence')?.isName).toBe(true);
  });

  it('does not call a sentence-opening common word a name', () => {
    expect(extractTerms(parse('Blockade is cruel.')).terms.get('blockade')?.isName).toBe(false);
  });

  it('a headline capital does not outvote plain uses', () => {
    const text = 'The Blockade Goes On\n\nThe blockade goes on. They keep the blockade. A blockade again. Blockade or not, the blockade stays.';
    expect(extractTerms(parse(text)).terms.get('blockade')?.isName).toBe(false);
  });
});

describe('extractTerms: positions', () => {
  it('are absent unless asked for', () => {
    expect(extractTerms(parse('Lift the blockade.')).terms.get('blockade')?.positions).toBeUndefined();
  });

  it('point at every occurrence, in text order', () => {
    const text = 'Lift the blockade.\n\nThe  blockade   of Karabakh stays.';
    const terms = extractTerms(parse(text), { positions: true }).terms;
    expect(terms.get('blockade')?.positions?.map((p) => text.slice(p.start, p.end))).toEqual(['blockade', 'blockade']);
    const phrase = terms.get('blockade of karabakh')?.positions ?? [];
    expect(phrase.map((p) => text.slice(p.start, p.end))).toEqual(['blockade   of Karabakh']);
    expect(terms.get('blockade of karabakh')?.display).toBe('blockade of Karabakh');
  });
});

describe('countTerms', () => {
  it('adds the same counts extractTerms finds, and returns how many', () => {
    const doc = parse('The so-called blockade of Karabakh. Azerbaijan’s blockade goes on, 120,000 wait.');
    const counts = new TermCounts();
    const added = countTerms(doc, counts);
    const extracted = extractTerms(doc);
    expect(added).toBe(extracted.total);
    expect(counts.total).toBe(extracted.total);
    for (const [key, entry] of extracted.terms) expect(counts.get(key)).toBe(entry.count);
  });
});

describe('termStream and countTermStream', () => {
  /** What `extractTerms` (the walk over the parse, not the stream) counts. */
  function walked(text: string, ngramMax: number): Map<string, number> {
    const terms = extractTerms(parse(text), { ngramMax }).terms;
    return new Map([...terms].map(([key, entry]) => [key, entry.count]));
  }
  function streamed(text: string, ngramMax: number): Map<string, number> {
    const counts = new TermCounts();
    countTermStream(termStream(parse(text)), counts, { ngramMax });
    return new Map([...counts.terms()].map((key) => [key, counts.get(key)]));
  }
  const examples = join(import.meta.dirname, '../../examples');
  const texts = [
    NASTY,
    ...readdirSync(examples).filter((f) => f.endsWith('.md') || f.endsWith('.txt')).map((f) => readFileSync(join(examples, f), 'utf8')),
  ];

  it('encodes runs as lines, marks stop words and clitics, and drops units that cannot be in a term', () => {
    expect(termStream(parse('The blockade of Karabakh. Baku’s answer, of course.'))).toBe('9\nblockade \u0001of karabakh\nbaku \u0002\'s answer\ncourse');
    expect(termStream(parse('Of the.'))).toBe('2');
    expect(termStreamWords(termStream(parse('Of the blockade.')))).toBe(3);
    expect(() => termStreamWords('blockade')).toThrow(/not a term stream/);
  });

  it.each([1, 2, 3, 4])('counts what the walk over the parse counts, ngramMax %i (fixtures and examples)', (ngramMax) => {
    expect(texts.length).toBeGreaterThan(5);
    for (const text of texts) expect(streamed(text, ngramMax)).toEqual(walked(text, ngramMax));
  });

  it('counts what the walk counts on random word soups', () => {
    const word = fc.constantFrom('the', 'of', 'Lachin', 'corridor', 'so', '-', 'called', 'Baku', '’s', "n't", ',', '.', '120', 'blockade', '\n\n', '😀', 'and', 'ca');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.integer({ min: 1, max: 4 }), (words, ngramMax) => {
        const text = words.join(' ').replace(/ (’s|n't)/g, '$1').replace(/ - /g, '-');
        expect(streamed(text, ngramMax)).toEqual(walked(text, ngramMax));
      }),
    );
  });
});

describe('findOccurrences', () => {
  const text = 'Open the Lachin Corridor. The Lachin Corridor must open; Lachin waits.';
  const doc = parse(text);

  it('locates only the asked terms, with exact offsets', () => {
    const found = findOccurrences(doc, ['lachin corridor', 'absent term']);
    expect([...found.keys()]).toEqual(['lachin corridor']);
    const list = found.get('lachin corridor') ?? [];
    expect(list.map((o) => text.slice(o.start, o.end))).toEqual(['Lachin Corridor', 'Lachin Corridor']);
    expect(list.every((o) => o.nameLike && !o.initial)).toBe(true);
  });

  it('agrees with extractTerms on counts', () => {
    const all = extractTerms(doc).terms;
    const found = findOccurrences(doc, new Set(['lachin', 'open']));
    expect(found.get('lachin')?.length).toBe(all.get('lachin')?.count);
    expect(found.get('open')?.length).toBe(all.get('open')?.count);
  });

  it('returns nothing for no terms', () => {
    expect(findOccurrences(doc, []).size).toBe(0);
  });

  it('finds terms with a glued clitic without being told ngramMax', () => {
    const d = parse("Baku's blockade of Karabakh");
    expect(findOccurrences(d, ["baku's blockade"]).get("baku's blockade")?.length).toBe(1);
  });
});

describe('TermTally', () => {
  it('falls back to PROPN tags only when a term is never seen inside a sentence', () => {
    const tally = new TermTally();
    tally.add({ start: 0, end: 5, surface: 'Artsakh', initial: true, nameLike: true });
    expect(tally.isName).toBe(true);
    tally.add({ start: 9, end: 14, surface: 'artsakh', initial: false, nameLike: false });
    expect(tally.isName).toBe(false);
    expect(tally.count).toBe(2);
  });
});

describe('term properties', () => {
  const word = fc.constantFrom('blockade', 'Karabakh', 'the', 'of', 'so-called', 'Baku’s', 'a', 'X', '120', 'and', 'Ծով', 'Москва', 'e-mail');
  const sep = fc.constantFrom(' ', '  ', '\n', '\n\n', ', ', '. ', ' - ', '\u00a0', '; ');
  const text = fc.array(fc.tuple(word, sep), { minLength: 1, maxLength: 30 }).map((parts) => parts.map(([w, s]) => w + s).join(''));

  it('every position is in bounds, and its text is the key up to case, spacing and apostrophes', () => {
    fc.assert(
      fc.property(text, (t) => {
        const result = extractTerms(parse(t), { positions: true });
        let sum = 0;
        for (const [key, entry] of result.terms) {
          sum += entry.count;
          expect(entry.positions).toHaveLength(entry.count);
          for (const p of entry.positions ?? []) {
            expect(p.start).toBeGreaterThanOrEqual(0);
            expect(p.end).toBeLessThanOrEqual(t.length);
            const written = t.slice(p.start, p.end).toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, '');
            expect(written).toBe(key.replace(/ /g, ''));
          }
        }
        expect(sum).toBe(result.total);
      }),
      { numRuns: 150 },
    );
  });
});
