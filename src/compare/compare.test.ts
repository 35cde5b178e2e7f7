/** Tests for compareGroups: one-vs-rest over any number of groups, streaming passes, evidence, errors. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SlantError } from '../core/errors.js';
import { parse } from '../nlp/parse.js';
import { compareGroups, type CompareDoc, type Comparison } from './compare.js';
import { logRatio } from './log-ratio.js';

vi.mock('../nlp/parse.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../nlp/parse.js')>();
  return { ...original, parse: vi.fn(original.parse) };
});

const parseSpy = vi.mocked(parse);
// A hook's return value is taken as its teardown, so the braces matter: mockClear returns the mock.
beforeEach(() => {
  parseSpy.mockClear();
});

const here = dirname(fileURLToPath(import.meta.url));

function termsOf(result: Comparison, group: string): string[] {
  return result.distinctive.find((d) => d.group === group)?.rows.map((r) => r.term) ?? [];
}

function usageError(run: () => unknown): SlantError {
  try {
    run();
  } catch (error) {
    if (error instanceof SlantError) return error;
    throw error;
  }
  throw new Error('expected a SlantError');
}

const A1 = { id: 'a1', text: 'The blockade of Karabakh must end. Lift the blockade now, the blockade starves families.' };
const B1 = { id: 'b1', text: 'The occupied territories were liberated. The liberated territories are rebuilt after occupation.' };

describe('compareGroups: two single documents', () => {
  const result = compareGroups([
    { name: 'a', docs: [A1] },
    { name: 'b', docs: [B1] },
  ]);

  it('gives each side the words it owns', () => {
    expect(termsOf(result, 'a')[0]).toBe('blockade');
    expect(termsOf(result, 'b')).toContain('liberated');
    expect(termsOf(result, 'b')).toContain('territories');
    expect(termsOf(result, 'a')).not.toContain('liberated');
  });

  it('reports rows with counts, rates, effect size, uncertainty and sorted positive z', () => {
    for (const { rows } of result.distinctive) {
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.z).toBeGreaterThan(0);
      expect(rows.map((r) => r.z)).toEqual([...rows.map((r) => r.z)].sort((x, y) => y - x));
    }
    const blockade = result.distinctive[0]?.rows[0];
    expect(blockade).toMatchObject({ term: 'blockade', display: 'blockade', isName: false, countTarget: 3, countReference: 0, rateReference: 0 });
    expect(blockade?.se).toBeGreaterThan(0);
    expect(blockade?.delta).toBeCloseTo((blockade?.z ?? 0) * (blockade?.se ?? 0), 12);
  });

  it('backs every row with evidence whose offsets are exact', () => {
    for (const { group, rows } of result.distinctive) {
      const doc = group === 'a' ? A1 : B1;
      for (const row of rows) {
        expect(row.evidence.length).toBeGreaterThan(0);
        for (const k of row.evidence) {
          expect(k.docId).toBe(doc.id);
          expect(doc.text.slice(k.start, k.end)).toBe(k.match);
          expect(k.match.toLowerCase()).toBe(row.display.toLowerCase());
        }
      }
    }
    expect(result.distinctive[0]?.rows[0]?.evidence).toHaveLength(3);
  });

  it('summarizes the groups and the options as applied', () => {
    expect(result.groups[0]).toMatchObject({ name: 'a', documents: 1, minCount: 1 });
    expect(result.groups.map((g) => g.tokens)).toEqual([parse(A1.text).wordCount, parse(B1.text).wordCount]);
    expect(result.groups.every((g) => g.terms >= g.vocabulary && g.vocabulary > 0)).toBe(true);
    expect(result.scorer).toBe('log-odds-dirichlet');
    expect(result.options).toEqual({ ngramMax: 3, top: 25, evidencePerTerm: 3, window: 60, foldSubsumed: true, alpha0: null, minCount: null });
  });
});

describe('compareGroups: groups and defaults', () => {
  it('compares three groups, each against the rest', () => {
    const result = compareGroups([
      { name: 'a', docs: [A1] },
      { name: 'b', docs: [B1] },
      { name: 'c', docs: [{ id: 'c1', text: 'Officials said talks on the convoy resumed. Officials said little else.' }] },
    ]);
    expect(termsOf(result, 'a')[0]).toBe('blockade');
    expect(termsOf(result, 'c')).toContain('officials said');
    expect(termsOf(result, 'c')).not.toContain('blockade');
    expect(result.distinctive.map((d) => d.group)).toEqual(['a', 'b', 'c']);
  });

  it('identical groups share every word: no rows at all', () => {
    const result = compareGroups([
      { name: 'a', docs: [A1] },
      { name: 'b', docs: [{ ...A1, id: 'copy' }] },
    ]);
    expect(result.distinctive.every((d) => d.rows.length === 0)).toBe(true);
  });

  it('an empty group among others is listed with zero counts and no rows', () => {
    const result = compareGroups([
      { name: 'a', docs: [A1] },
      { name: 'empty', docs: [{ id: 'e', text: '' }] },
      { name: 'b', docs: [B1] },
    ]);
    expect(result.groups[1]).toMatchObject({ name: 'empty', documents: 1, tokens: 0, terms: 0, vocabulary: 0 });
    expect(result.distinctive[1]).toEqual({ group: 'empty', rows: [] });
    expect(termsOf(result, 'a')[0]).toBe('blockade');
  });

  it('minCount defaults to 2 for a group of 3 or more documents, 1 below', () => {
    const big = [
      { id: 'g1', text: 'Corridor talks. Hunger spreads.' },
      { id: 'g2', text: 'Corridor closed. Convoys wait.' },
      { id: 'g3', text: 'Corridor again.' },
    ];
    const result = compareGroups([
      { name: 'big', docs: big },
      { name: 'small', docs: [B1] },
    ]);
    expect(result.groups.map((g) => g.minCount)).toEqual([2, 1]);
    expect(termsOf(result, 'big')).toEqual(['corridor']);
    expect(termsOf(result, 'small')).toContain('liberated');
    const forced = compareGroups([{ name: 'big', docs: big }, { name: 'small', docs: [B1] }], { minCount: 1 });
    expect(termsOf(forced, 'big')).toContain('convoys wait');
    expect(forced.options.minCount).toBe(1);
  });

  it('top limits the rows per group', () => {
    const result = compareGroups([{ name: 'a', docs: [A1] }, { name: 'b', docs: [B1] }], { top: 2 });
    expect(result.distinctive.map((d) => d.rows.length)).toEqual([2, 2]);
  });

  it('takes another scorer', () => {
    const result = compareGroups([{ name: 'a', docs: [A1] }, { name: 'b', docs: [B1] }], { scorer: logRatio });
    expect(result.scorer).toBe('log-ratio');
    expect(termsOf(result, 'a')[0]).toBe('blockade');
  });

  it('passes alpha0 to the scorer: a larger prior shrinks z', () => {
    const z = (alpha0: number): number =>
      compareGroups([{ name: 'a', docs: [A1] }, { name: 'b', docs: [B1] }], { alpha0 }).distinctive[0]?.rows[0]?.z ?? NaN;
    expect(z(1000)).toBeLessThan(z(1));
  });

  it('ngramMax 1 lists single words only', () => {
    const result = compareGroups([{ name: 'a', docs: [A1] }, { name: 'b', docs: [B1] }], { ngramMax: 1 });
    for (const { rows } of result.distinctive) for (const row of rows) expect(row.term).not.toMatch(/ /);
  });
});

describe('compareGroups: folding phrases', () => {
  const side = [{ id: 's1', text: 'Open the Lachin Corridor. The Lachin Corridor is shut. Reopen the Lachin Corridor.' }];
  const other = [{ id: 'o1', text: 'The liberated lands were rebuilt. The liberated lands thrive.' }];

  it('folds a word into the phrase that holds at least 80% of its uses', () => {
    const folded = termsOf(compareGroups([{ name: 's', docs: side }, { name: 'o', docs: other }]), 's');
    expect(folded).toContain('lachin corridor');
    expect(folded).not.toContain('lachin');
    expect(folded).not.toContain('corridor');
  });

  it('keeps the pieces when folding is off', () => {
    const plain = termsOf(compareGroups([{ name: 's', docs: side }, { name: 'o', docs: other }], { foldSubsumed: false }), 's');
    expect(plain).toEqual(expect.arrayContaining(['lachin', 'corridor', 'lachin corridor']));
  });

  it('marks a name and shows its written form', () => {
    const row = compareGroups([{ name: 's', docs: side }, { name: 'o', docs: other }]).distinctive[0]?.rows.find((r) => r.term === 'lachin corridor');
    expect(row).toMatchObject({ display: 'Lachin Corridor', isName: true, countTarget: 3 });
  });
});

describe('compareGroups: evidence', () => {
  it('comes from different documents first, then fills from repeated uses', () => {
    const docs = [
      { id: 'd1', text: 'The siege goes on. The siege hurts. The siege kills.' },
      { id: 'd2', text: 'A siege again.' },
    ];
    const result = compareGroups([{ name: 'a', docs }, { name: 'b', docs: [B1] }], { evidencePerTerm: 3 });
    const siege = result.distinctive[0]?.rows.find((r) => r.term === 'siege');
    expect(siege?.evidence.map((k) => k.docId)).toEqual(['d1', 'd2', 'd1']);
    expect(siege?.evidence.map((k) => k.start)).toEqual([4, 2, 23]);
  });

  it('evidencePerTerm 0 gives rows without snippets', () => {
    const result = compareGroups([{ name: 'a', docs: [A1] }, { name: 'b', docs: [B1] }], { evidencePerTerm: 0 });
    expect(result.distinctive[0]?.rows[0]?.evidence).toEqual([]);
  });
});

describe('compareGroups: streaming', () => {
  it('parses each document once per pass and holds no parse between them', () => {
    let reads = 0;
    const docs = (): Iterable<CompareDoc> => {
      reads += 1;
      return [A1][Symbol.iterator]() as unknown as Iterable<CompareDoc>;
    };
    compareGroups([{ name: 'a', docs }, { name: 'b', docs: [B1] }]);
    expect(reads).toBe(2);
    // Two documents, two passes.
    expect(parseSpy).toHaveBeenCalledTimes(4);
  });

  it('does not parse a document that comes parsed', () => {
    const a = { ...A1, parsed: parse(A1.text) };
    const b = { ...B1, parsed: parse(B1.text) };
    parseSpy.mockClear();
    compareGroups([{ name: 'a', docs: [a] }, { name: 'b', docs: [b] }]);
    expect(parseSpy).not.toHaveBeenCalled();
  });

  it('accepts a function returning a generator', () => {
    function* gen(): Generator<CompareDoc> {
      yield A1;
    }
    expect(termsOf(compareGroups([{ name: 'a', docs: gen }, { name: 'b', docs: [B1] }]), 'a')[0]).toBe('blockade');
  });

  it('notices a docs function that hands back the same spent iterator', () => {
    function* gen(): Generator<CompareDoc> {
      yield A1;
    }
    const once = gen();
    const error = usageError(() => compareGroups([{ name: 'a', docs: () => once }, { name: 'b', docs: [B1] }]));
    expect(error.message).toMatch(/1 document\(s\) on the first read and 0 on the second/);
  });

  it('refuses a one-shot generator object, saying what to pass instead', () => {
    function* gen(): Generator<CompareDoc> {
      yield A1;
    }
    const error = usageError(() => compareGroups([{ name: 'a', docs: gen() }, { name: 'b', docs: [B1] }]));
    expect(error.code).toBe('SLANT_USAGE');
    expect(error.message).toMatch(/one-shot iterator.*function returning a fresh iterable/);
  });
});

describe('compareGroups: usage errors', () => {
  it.each([
    ['no groups', []],
    ['one group', [{ name: 'a', docs: [A1] }]],
    ['two groups, one empty', [{ name: 'a', docs: [A1] }, { name: 'b', docs: [] }]],
    ['two groups of blank text', [{ name: 'a', docs: [{ id: 'x', text: '  ' }] }, { name: 'b', docs: [{ id: 'y', text: '...' }] }]],
  ])('fewer than two non-empty groups (%s) is SLANT_USAGE', (_name, groups) => {
    const error = usageError(() => compareGroups(groups));
    expect(error.code).toBe('SLANT_USAGE');
    expect(error.message).toMatch(/at least two groups with text/);
  });

  it('repeated group names are refused', () => {
    expect(usageError(() => compareGroups([{ name: 'a', docs: [A1] }, { name: 'a', docs: [B1] }])).message).toMatch(/unique/);
  });

  it.each([
    [{ ngramMax: 0 }, /ngramMax/],
    [{ top: 0 }, /top/],
    [{ evidencePerTerm: -1 }, /evidencePerTerm/],
    [{ minCount: 0 }, /minCount/],
    [{ alpha0: -2 }, /alpha0/],
    [{ top: 2.5 }, /top/],
  ])('bad option %o is SLANT_USAGE', (options, message) => {
    const error = usageError(() => compareGroups([{ name: 'a', docs: [A1] }, { name: 'b', docs: [B1] }], options));
    expect(error.code).toBe('SLANT_USAGE');
    expect(error.message).toMatch(message);
  });
});

describe('compareGroups: the fictional example corpus', () => {
  // examples/ holds six invented articles; its README lists each side's vocabulary.
  const dir = join(here, '../../examples');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md') : [];
  const docs = files.map((file) => {
    const raw = readFileSync(join(dir, file), 'utf8');
    return { id: file, side: /^side: *(\S+)/m.exec(raw)?.[1] ?? '?', text: raw.replace(/^---\n[\s\S]*?\n---\n/, '') };
  });

  it.skipIf(docs.length === 0)('finds each side’s own names for the same things (skipped: examples/ absent)', () => {
    const sides = ['dravenia', 'lusovia', 'neutral'];
    const result = compareGroups(sides.map((side) => ({ name: side, docs: docs.filter((d) => d.side === side) })));
    const dravenia = termsOf(result, 'dravenia');
    const lusovia = termsOf(result, 'lusovia');
    // Same region, town and road, named differently by each side (examples/README.md).
    expect(dravenia).toEqual(expect.arrayContaining(['upper kellmark', 'tavrensk', 'senna transit route', 'clear dawn']));
    expect(lusovia).toEqual(expect.arrayContaining(['kelhara', 'tavren', 'lifeline corridor', 'occupiers']));
    for (const term of ['kelhara', 'tavren', 'lifeline corridor']) expect(dravenia).not.toContain(term);
    for (const term of ['upper kellmark', 'tavrensk', 'senna transit route']) expect(lusovia).not.toContain(term);
    // Wire copy reports speech.
    expect(termsOf(result, 'neutral')[0]).toBe('said');
  });
});

describe('compareGroups: seed articles from two sides of the Karabakh conflict', () => {
  const seeds = join(here, '../../../shared/seeds');
  const pick = (prefix: string): string | undefined => (existsSync(seeds) ? readdirSync(seeds).find((f) => f.startsWith(prefix)) : undefined);
  const az = pick('000_');
  const arm = pick('003_');

  it.skipIf(!az || !arm)('puts each side’s own vocabulary in its top 25 (skipped: ../shared/seeds absent)', () => {
    const read = (file: string | undefined): CompareDoc => ({ id: file ?? '', text: readFileSync(join(seeds, file ?? ''), 'utf8') });
    const result = compareGroups([
      { name: 'az', docs: [read(az)] },
      { name: 'arm', docs: [read(arm)] },
    ]);
    const azTerms = termsOf(result, 'az');
    const armTerms = termsOf(result, 'arm');
    // Terms each article repeats and the other never uses (counts 13–2 against 0).
    expect(azTerms).toEqual(expect.arrayContaining(['occupied', 'azerbaijanis', 'armenian occupation', 'occupied territories']));
    expect(armTerms).toEqual(expect.arrayContaining(['blockade', 'armenians of karabakh', 'lachin corridor']));
    expect(armTerms[0]).toBe('blockade');
    for (const term of ['blockade', 'lachin corridor']) expect(azTerms).not.toContain(term);
    for (const term of ['occupied', 'azerbaijanis']) expect(armTerms).not.toContain(term);
    expect(result.distinctive[0]?.rows.find((r) => r.term === 'azerbaijanis')?.isName).toBe(true);
  });
});
