/** Specification of the quantity reader: figures, number words, vague magnitudes, units, qualifiers and what is counted. */
import { describe, expect, it } from 'vitest';
import { parse } from '../nlp/parse.js';
import { figureValue, findQuantities, isYearSpan, readsAsYear } from './quantities.js';
import type { Quantity } from './types.js';

/** One line per quantity: `start-end kind value|min-max [unit] [bound] [what] [vague]`. */
function read(text: string, pos = true): string[] {
  const doc = parse(text, { pos });
  return findQuantities(doc, 0, doc.tokens.length).map((q: Quantity) => {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    const figure = q.value !== undefined ? String(q.value) : `${q.range?.min}-${q.range?.max}`;
    return [`${q.start}-${q.end}`, q.kind, figure, q.unit, q.bound, q.what === undefined ? undefined : `“${q.what}”`, q.vague ? 'vague' : undefined].filter((x) => x !== undefined).join(' ');
  });
}

describe('findQuantities', () => {
  it.each<[string, string[]]>([
    ['More than 600,000 ethnically cleansed villagers fled.', ['0-47 count 600000 above “ethnically cleansed villagers”']],
    ['The siege lasted seven months.', ['17-29 duration 7 month']],
    ['Some 120,000 Vardanians live in the valley.', ['0-23 count 120000 about “Vardanians”']],
    ['Hundreds of thousands of people were displaced.', ['0-31 count 200000-1000000 “people” vague']],
    ['Scores of civilians were killed and dozens wounded.', ['0-19 count 40-100 “civilians” vague', '36-42 count 24-100 vague']],
    ['Tens of thousands marched, and several thousand stayed.', ['0-17 count 20000-100000 vague', '31-47 count 3000-10000 vague']],
    ['Prices rose 40% and 12 per cent.', ['12-15 percent 40 percent', '20-31 percent 12 percent']],
    ['The deal is worth $5.2 million, or €3bn.', ['18-30 money 5200000 USD', '35-39 money 3000000000 EUR']],
    ['The road is 3.5 km long and cost 20 million euros.', ['12-18 measure 3.5 km', '33-49 money 20000000 EUR']],
    ['Up to 3,000 tonnes of flour arrived within 2-3 days.', ['0-27 measure 3000 tonne below “flour”', '43-51 duration 2-3 day']],
    ['They agreed to double gas exports.', ['15-33 factor 2 “gas exports”']],
    ['The village had nearly two hundred and fifty homes.', ['16-50 count 250 below “homes”']],
    ['A dozen trucks crossed.', ['0-14 count 12 “trucks”']],
    // Near misses: years, written dates, list markers, codes, pronoun "one", adjectival "double".
    ['1. The council met in 1993 with 1500 soldiers outside.', ['32-45 count 1500 “soldiers”']],
    ['The F-16 and COVID-19 came up on 27 September, 2020.', []],
    ['One of them left, and no one returned.', []],
    ['The hypocrisy and double standards remain.', []],
    ['The 2020 war and the 1990s.', []],
    // Ranks and labels are no counts; a four-digit figure after "$" or before a counted noun is no year.
    ['The number two Republican and the No. 2 Democrat spoke.', []],
    ['Chapter three lists two Republicans.', ['20-35 count 2 “Republicans”']],
    ['Workers got bonuses of $1000, and his Form 1040 from 2005 surfaced.', ['23-28 money 1000 USD']],
    ['The Dow fell by 1000 points and 2000 people left.', ['16-27 count 1000 “points”', '32-43 count 2000 “people”']],
    ['Forms 1000-1040 were filed in 1990-1995.', ['6-15 count 1000-1040']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('reads the same figures without POS tags, and the counted thing by a simpler rule', () => {
    expect(read('Some 120,000 Vardanians live in the valley.', false)).toEqual(['0-23 count 120000 about “Vardanians”']);
    expect(read('Scores of civilians were killed and dozens wounded.', false)).toEqual(['0-19 count 40-100 “civilians” vague', '36-42 count 24-100 vague']);
  });

  it('keeps the qualifier as written and offsets exact after non-BMP characters', () => {
    const text = '🇦🇲 Nearly 40% of 👨‍👩‍👧 families left.';
    const doc = parse(text, { pos: true });
    const [q] = findQuantities(doc, 0, doc.tokens.length);
    expect(q).toMatchObject({ text: 'Nearly 40%', qualifier: 'Nearly', bound: 'below', value: 40, kind: 'percent' });
    expect(text.slice(q?.start, q?.end)).toBe('Nearly 40%');
  });
});

describe('readsAsYear', () => {
  it.each<[number, string | undefined, string | undefined, boolean, string?]>([
    [1993, 'By', 'the', true],
    [2021, 'August', undefined, true],
    [2005, 'from', '.', true],
    [1805, 'the', 'treaty', true],
    [2020, undefined, 'was', true],
    [1066, undefined, 'AD', true],
    // Early years need a date word, and no counted noun after them.
    [1639, 'In', 'the', true],
    [1000, 'year', '.', true],
    [1200, 'the', 'treaty', false],
    [1000, 'in', 'cases', false],
    [1990, 'in', 'elections', true],
    // Currency, labels, units and counted nouns.
    [1000, '$', ',', false],
    [2000, 'US$', undefined, false],
    [1040, 'Form', 'from', false],
    [2020, 'No.', 'seed', false],
    [1999, '#', undefined, false],
    [1600, 'at', 'Pennsylvania', false, 'Ave.'],
    [2016, 'the', 'Republican', true, 'convention'],
    [2010, 'Section', 'of', false],
    [1628, 'H.R.', ',', false],
    [1000, 'by', 'points', false],
    [2000, 'by', 'points', false],
    [2000, undefined, 'people', false],
    [1990, undefined, '%', false],
    [1500, undefined, 'soldiers', false],
    [2000, 'in', 'years', false],
    [2100, 'in', undefined, false],
    [999, 'in', undefined, false],
  ])('%s between %s and %s: %s', (value, before, after, expected, then) => expect(readsAsYear(value, before, after, then)).toBe(expected));

  it('reads a dash between two plausible years as a span', () => {
    expect([isYearSpan('2020', '2022'), isYearSpan('1000', '1040'), isYearSpan('1990', '2100')]).toEqual([true, false, false]);
  });
});

describe('figureValue', () => {
  it.each<[string, number | undefined]>([
    ['600,000', 600000],
    ['5.2', 5.2],
    ['1,200.5', 1200.5],
    ['10:30', undefined],
    ['2-3', undefined],
    ['1,20', undefined],
  ])('%s → %s', (text, value) => expect(figureValue(text)).toBe(value));
});
