/** Specification of the quantity reader: figures, number words, vague magnitudes, units, qualifiers and what is counted. */
import { describe, expect, it } from 'vitest';
import { parse } from '../nlp/parse.js';
import { figureValue, findQuantities } from './quantities.js';
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
