/** Specification of the loaders of the classifier datasets: PAN markup by hand, and counts on the real data when it is there. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAllSides } from './allsides.js';
import { loadBabe } from './babe.js';
import { loadBasil } from './basil.js';
import { loadCheckThatSubjectivity } from './checkthat.js';
import { articleText, decodeXmlEntities, loadHyperpartisan } from './hyperpartisan.js';
import { datasetsDir } from './paths.js';

describe('PAN article markup', () => {
  it.each([
    ['named and numeric entities', 'Tom &amp; Jerry &quot;x&quot; &#128293; &#x41;', 'Tom & Jerry "x" 🔥 A'],
    ['an unknown entity is kept', '&nbsp;', '&nbsp;'],
  ])('decodes %s', (_name, input, expected) => {
    expect(decodeXmlEntities(input)).toBe(expected);
  });

  it('makes paragraphs of <p>, keeps text between them, drops other markup', () => {
    expect(articleText('Lead in <a href="x">link</a> <p>One &amp; <q>two</q>.</p> <a href="y"/> <p>  Three\n four. </p>')).toBe('Lead in link\n\nOne & two .\n\nThree four.');
  });
});

const dir = datasetsDir();
const has = (name: string): boolean => existsSync(`${dir}/${name}`);

describe.skipIf(!has('babe'))('BABE loader (skipped: needs ../shared/datasets/babe)', () => {
  it('loads 2,932 sentences, Biased or Non-biased, each with its article link', () => {
    const s = loadBabe();
    expect(s).toHaveLength(2932);
    expect(new Set(s.map((x) => x.label))).toEqual(new Set(['Biased', 'Non-biased']));
    expect(s.every((x) => x.text.length > 0)).toBe(true);
    expect(s.filter((x) => x.newsLink === '')).toHaveLength(27);
    expect(new Set(s.map((x) => x.newsLink)).size).toBe(1798);
  });
});

describe.skipIf(!has('checkthat2025-subjectivity-en'))('CheckThat! subjectivity loader (skipped: needs the dataset)', () => {
  it('loads train then dev, 1,292 sentences labelled SUBJ or OBJ', () => {
    const s = loadCheckThatSubjectivity();
    expect(s).toHaveLength(1292);
    expect(s.filter((x) => x.split === 'dev')).toHaveLength(462);
    expect(s.filter((x) => x.label === 'SUBJ')).toHaveLength(538);
  });
});

describe.skipIf(!has('hyperpartisan-semeval2019-task4'))('hyperpartisan loader (skipped: needs the dataset)', () => {
  it('loads 645 articles with titles, 238 hyperpartisan, from 284 publishers', () => {
    const a = loadHyperpartisan();
    expect(a).toHaveLength(645);
    expect(a.filter((x) => x.hyperpartisan)).toHaveLength(238);
    expect(new Set(a.map((x) => x.publisher)).size).toBe(284);
    expect(a.every((x) => !/<\/?p>/.test(x.text))).toBe(true);
  });
});

describe.skipIf(!has('allsides-article-bias'))('AllSides loader (skipped: needs the dataset)', () => {
  it('loads 1,011 articles in 337 triplets, one left, one center and one right each', () => {
    const a = loadAllSides();
    expect(a).toHaveLength(1011);
    const byTriplet = new Map<string, string[]>();
    for (const x of a) byTriplet.set(x.triplet, [...(byTriplet.get(x.triplet) ?? []), x.label]);
    expect(byTriplet.size).toBe(337);
    expect([...byTriplet.values()].every((ls) => [...ls].sort().join() === 'center,left,right')).toBe(true);
  });
});

describe.skipIf(!has('basil'))('BASIL loader (skipped: needs the dataset)', () => {
  it('loads 252 articles in 84 triplets and finds the sentence of nearly every span', () => {
    const a = loadBasil();
    expect(a).toHaveLength(252);
    expect(new Set(a.map((x) => x.triplet)).size).toBe(84);
    const sentences = a.flatMap((x) => x.sentences);
    expect(sentences).toHaveLength(6891);
    expect(sentences.filter((s) => s.lexical)).toHaveLength(394);
  });
});
