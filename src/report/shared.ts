/** Helpers the report renderers share: number formats and the profile pivot. */
import type { ProfileRow } from '../compare/index.js';
import type { CorpusReport } from '../ops/report.js';

export function int(n: number): string {
  return Math.round(n).toLocaleString('en');
}

export function fixed(n: number, digits = 1): string {
  return n.toFixed(digits);
}

/** Profile rows pivoted to key → group → row, keys ordered by their highest rate. */
export function pivot(rows: readonly ProfileRow[]): Array<{ key: string; cells: Map<string, ProfileRow> }> {
  const byKey = new Map<string, Map<string, ProfileRow>>();
  for (const r of rows) {
    let m = byKey.get(r.key);
    if (m === undefined) byKey.set(r.key, (m = new Map()));
    m.set(r.group, r);
  }
  const maxRate = (m: Map<string, ProfileRow>): number => Math.max(...[...m.values()].map((r) => r.rate));
  return [...byKey.entries()].sort((a, b) => maxRate(b[1]) - maxRate(a[1]) || (a[0] < b[0] ? -1 : 1)).map(([key, cells]) => ({ key, cells }));
}

/** One line of context around a match, cut to about `width` characters. */
export function contextLine(left: string, match: string, right: string, width = 90): { left: string; match: string; right: string } {
  const room = Math.max(10, Math.floor((width - match.length) / 2));
  const l = left.length > room ? `…${left.slice(left.length - room)}` : left;
  const r = right.length > room ? `${right.slice(0, room)}…` : right;
  return { left: l, match, right: r };
}

/** A one-sentence reading of the report's headline numbers. */
export function headline(report: CorpusReport): string {
  const docs = report.documents.length;
  return `${docs} document${docs === 1 ? '' : 's'} in ${report.groups.length} groups (by ${report.groupedBy})`;
}

/**
 * `text` in exactly `width` columns: padded, or cut with an ellipsis so that a cut is never taken
 * for the whole.
 *
 * @example
 * fit('Republican National Committee', 12); // 'Republican …'
 */
export function fit(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}
