/** Date normalization: a source's date string to ISO 8601, or nothing when it cannot be read safely. */

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;
const NUMERIC_DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const HAS_TIME = /\d{1,2}:\d{2}/;
const YEAR = /(?<!\d)(\d{4})(?!\d)/;

/**
 * Normalizes a date as sources write it (ISO 8601, RFC 822 `pubDate`, `September 12, 2018`…) to
 * ISO: `YYYY-MM-DD` when the source gives a calendar date only (kept as the source's calendar day,
 * never shifted by a time zone), a full UTC date-time (`toISOString`) when it gives a time, and
 * `YYYY` / `YYYY-MM` kept as they are. Returns undefined rather than guess: no four-digit year, an
 * impossible day, a day the string never states (`Sep 2018` would otherwise become the 1st), or a
 * numeric date that reads both ways (`03/04/2018`: March or April depends on the country).
 *
 * @example
 * normalizeDate('Wed, 12 Sep 2018 10:30:00 GMT'); // '2018-09-12T10:30:00.000Z'
 * normalizeDate('September 12, 2018'); // '2018-09-12'
 * normalizeDate('last week'); // undefined
 */
export function normalizeDate(value: string | undefined): string | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  const partial = ISO_PARTIAL.exec(raw);
  if (partial) {
    const [, year, month, day] = partial;
    if (month === undefined) return raw;
    return validDay(Number(year), Number(month), day === undefined ? 1 : Number(day)) ? raw : undefined;
  }
  const numeric = NUMERIC_DMY.exec(raw);
  if (numeric) return numericDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const year = YEAR.exec(raw)?.[1];
  if (year === undefined) return undefined;
  const parsed = new Date(raw.replace(/(\d)(?:st|nd|rd|th)\b/gi, '$1'));
  if (Number.isNaN(parsed.getTime())) return undefined;
  // With a time of day the string is a full timestamp; its zone may move the UTC day or even year.
  if (HAS_TIME.test(raw)) return Math.abs(parsed.getUTCFullYear() - Number(year)) <= 1 ? parsed.toISOString() : undefined;
  // A date without a time is parsed as local midnight by V8, so it is read back in local time.
  if (parsed.getFullYear() !== Number(year) || !mentionsDay(raw, parsed.getDate())) return undefined;
  return isoDay(parsed.getFullYear(), parsed.getMonth() + 1, parsed.getDate());
}

/** `DD/MM/YYYY` or `MM/DD/YYYY`, whichever is the only possible reading. */
function numericDate(first: number, second: number, year: number): string | undefined {
  const dayFirst = validDay(year, second, first);
  const monthFirst = validDay(year, first, second);
  if (dayFirst && monthFirst && first !== second) return undefined;
  if (dayFirst) return isoDay(year, second, first);
  if (monthFirst) return isoDay(year, first, second);
  return undefined;
}

function mentionsDay(raw: string, day: number): boolean {
  return new RegExp(`(?<!\\d)0?${day}(?!\\d)`).test(raw.replace(/\d{1,2}:\d{2}(:\d{2})?/g, ' ').replace(YEAR, ' '));
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
