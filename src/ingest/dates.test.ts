import { describe, expect, it } from 'vitest';
import { normalizeDate } from './dates.js';

describe('normalizeDate', () => {
  it.each([
    ['ISO date kept', '2024-03-05', '2024-03-05'],
    ['ISO year-month kept', '2024-03', '2024-03'],
    ['ISO year kept', '2024', '2024'],
    ['ISO date-time with offset to UTC', '2024-03-05T10:00:00+02:00', '2024-03-05T08:00:00.000Z'],
    ['ISO date-time crossing midnight in UTC', '2018-09-12T23:30:00-05:00', '2018-09-13T04:30:00.000Z'],
    ['RFC 822 pubDate', 'Mon, 04 Mar 2024 07:15:00 GMT', '2024-03-04T07:15:00.000Z'],
    ['RFC 822 with numeric zone', 'Tue, 05 Mar 2024 10:00:00 +0100', '2024-03-05T09:00:00.000Z'],
    ['month name date stays a calendar day', 'March 2, 2024', '2024-03-02'],
    ['day month year', '2 March 2024', '2024-03-02'],
    ['ordinal suffix', 'Sept 5th, 2018', '2018-09-05'],
    ['day-first numeric when the day is over 12', '13/09/2018', '2018-09-13'],
    ['month-first numeric when the day is over 12', '09/13/2018', '2018-09-13'],
    ['same day and month reads one way', '05.05.2018', '2018-05-05'],
    ['surrounding space', '  2024-03-05 ', '2024-03-05'],
  ])('%s: %s → %s', (_name, input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  it.each([
    ['undefined', undefined],
    ['empty', ''],
    ['words', 'last week'],
    ['a bare number V8 would read as 2001', '1'],
    ['impossible ISO day', '2018-02-30'],
    ['impossible ISO month', '2018-13'],
    ['ambiguous numeric day and month', '03/04/2018'],
    ['no day given', 'Sep 2018'],
    ['a year inside words', 'soon 2018'],
    ['impossible numeric date', '31/31/2018'],
  ])('leaves %s undefined rather than guess', (_name, input) => {
    expect(normalizeDate(input)).toBeUndefined();
  });
});
