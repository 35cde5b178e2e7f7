/** CSV from the report's JSON rows, built in the browser (RFC 4180 quoting, with spreadsheet formulas defused). */
import type { CorpusReport, ProfileRow } from './types.js';

type Cell = string | number | boolean | null | undefined;

/**
 * One CSV field: quoted when it holds a comma, quote or line break. A text cell that a spreadsheet
 * would run as a formula (starting with = + - @, tab or carriage return) gets a leading apostrophe
 * (OWASP's advice on CSV injection); numbers are written as they are.
 *
 * @example
 * csvField('say "no", twice'); // '"say ""no"", twice"'
 * csvField('=1+1');            // "'=1+1"
 */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV document: a header line and one line per row, CRLF line ends. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The distinctive terms of every group, one row per term and group. */
export function termsCsv(report: CorpusReport): string {
  const header = ['group', 'term', 'display', 'count_group', 'count_rest', 'rate_group_per_1000', 'rate_rest_per_1000', 'delta', 'se', 'z'];
  const rows = report.comparison.distinctive.flatMap((d) =>
    d.rows.map((r) => [d.group, r.term, r.display, r.countTarget, r.countReference, r.rateTarget, r.rateReference, r.delta, r.se, r.z]),
  );
  return toCsv(header, rows);
}

/** A technique or detector profile, one row per group and key, with the 95% interval. */
export function profileCsv(rows: readonly ProfileRow[], keyName: string): string {
  return toCsv(
    ['group', keyName, 'count', 'documents', 'words', 'rate_per_1000_words', 'low_95', 'high_95'],
    rows.map((r) => [r.group, r.key, r.count, r.documents, r.words, r.rate, r.low, r.high]),
  );
}
