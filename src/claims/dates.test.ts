/** Specification of the date reader: chrono-node's dates with slant's offsets, bare years and decades, vague times. */
import { describe, expect, it } from 'vitest';
import { parse } from '../nlp/parse.js';
import { findDates } from './dates.js';

const REFERENCE = new Date(Date.UTC(2023, 6, 15));

/** One line per date: `start-end kind date precision`. */
function read(text: string, referenceDate?: Date): string[] {
  const doc = parse(text, { pos: true });
  return findDates(doc, 0, doc.tokens.length, { referenceDate }).map((d) => {
    expect(text.slice(d.start, d.end)).toBe(d.text);
    return [`${d.start}-${d.end}`, d.kind, d.date, d.precision].filter((x) => x !== undefined).join(' ');
  });
}

describe('findDates', () => {
  it.each<[string, string[], string[]]>([
    ['By 1993 the villagers had left.', ['3-7 absolute 1993 year'], ['3-7 absolute 1993 year']],
    ['The road closed on December 12th, 2022.', ['19-38 absolute 2022-12-12 day'], ['19-38 absolute 2022-12-12 day']],
    ['From the account, 27 September, 2020.', ['18-36 absolute 2020-09-27 day'], ['18-36 absolute 2020-09-27 day']],
    ['For the past seven months the pass stayed shut.', ['8-25 relative'], ['8-25 relative 2022-12 month']],
    ['Last year the council signed a deal.', ['0-9 relative'], ['0-9 relative 2022 year']],
    ['Shelling killed five in recent days.', ['21-35 vague'], ['21-35 vague']],
    ['The council met for several years.', ['16-33 vague'], ['16-33 vague']],
    ['The war of the 1990s ended in mid-2020.', ['15-20 absolute 1990s decade', '30-38 absolute 2020 year'], ['15-20 absolute 1990s decade', '30-38 absolute 2020 year']],
    ['The talks of 2020-2022 failed.', ['13-22 absolute 2020/2022 year'], ['13-22 absolute 2020/2022 year']],
    // "may" and "march" in lower case are a modal and a verb; "May" is a month without a year.
    ['It may rain in May, and in march they march.', ['15-18 relative'], ['15-18 relative 2023-05 month']],
    ['He counted 1500 soldiers.', [], []],
    // Numbers that are no years: after a currency sign or a label, before a counted noun, a span of pages.
    ['Workers got bonuses of $1000, and his Form 1040 from 2005 surfaced.', ['53-57 absolute 2005 year'], ['53-57 absolute 2005 year']],
    ['The Dow fell by 1000 points in 1987.', ['31-35 absolute 1987 year'], ['31-35 absolute 1987 year']],
    ['Forms 1000-1040 were filed in 1990-1995.', ['30-39 absolute 1990/1995 year'], ['30-39 absolute 1990/1995 year']],
    // Early years with a date word stay years.
    ['In 1639 the colony signed the 1805 treaty.', ['3-7 absolute 1639 year', '30-34 absolute 1805 year'], ['3-7 absolute 1639 year', '30-34 absolute 1805 year']],
  ])('%s', (text, withoutReference, withReference) => {
    expect(read(text)).toEqual(withoutReference);
    expect(read(text, REFERENCE)).toEqual(withReference);
  });

  it('maps chrono offsets into the document when the sentence is not the first, after astral characters', () => {
    const text = 'Flags 🇦🇲🇦🇿 flew.\nThe road closed on March 3, 2021.';
    const doc = parse(text, { pos: true });
    const second = doc.sentences[1];
    expect(second).toBeDefined();
    const [date] = findDates(doc, second?.tokenStart ?? 0, second?.tokenEnd ?? 0);
    expect(date).toMatchObject({ text: 'March 3, 2021', kind: 'absolute', date: '2021-03-03' });
    expect(text.slice(date?.start, date?.end)).toBe('March 3, 2021');
  });
});
