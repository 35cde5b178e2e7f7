/** The corpus report as CSV files, one per table: RFC 4180 quoting, formula-like cells defused. */
import type { Evidence } from '../compare/lens-rows.js';
import type { CorpusReport } from '../ops/report.js';

type Cell = string | number | boolean | undefined | null;

/**
 * One CSV cell: text that a spreadsheet would read as a formula (starting with = + - @, or a tab
 * or carriage return) gets a leading `'`; a cell holding a comma, quote or line break is quoted,
 * quotes doubled (RFC 4180). Numbers are written as they are (a negative number stays a number).
 *
 * @example
 * csvCell('=SUM(A1)'); // "'=SUM(A1)"
 * csvCell('a, "b"'); // '"a, ""b"""'
 */
export function csvCell(value: Cell): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A CSV table: the header row, then the rows, CRLF line ends (RFC 4180).
 *
 * @example
 * csvTable(['a', 'b'], [[1, 'x']]); // 'a,b\r\n1,x\r\n'
 */
export function csvTable(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  return [header, ...rows].map((r) => `${r.map(csvCell).join(',')}\r\n`).join('');
}

/** Evidence pointers in one cell: `docId:start-end "text"`, `; `-separated. */
const evidenceCell = (list: readonly Evidence[]): string => list.map((e) => `${e.docId}:${e.start}-${e.end} "${e.text.replace(/\s+/g, ' ').slice(0, 120)}"`).join('; ');

/**
 * Every table of the report as CSV text, by file name (distinctive.csv, techniques.csv,
 * signals.csv, naming.csv, omissions.csv, claims.csv, portrayal.csv, frames.csv, timeline.csv,
 * documents.csv). Tables without rows still get their header.
 *
 * @example
 * for (const [name, text] of Object.entries(renderCsv(report))) writeFileSync(join(dir, name), text);
 */
export function renderCsv(report: CorpusReport): Record<string, string> {
  const lens = report.lens;
  const out: Record<string, string> = {};
  out['distinctive.csv'] = csvTable(
    ['group', 'term', 'count_here', 'count_elsewhere', 'z', 'evidence'],
    report.comparison.distinctive.flatMap(({ group, rows }) =>
      rows.map((r) => [group, r.display, r.countTarget, r.countReference, Math.round(r.z * 1000) / 1000, r.evidence.map((e) => `${e.docId}:${e.start}-${e.end} "${e.match}"`).join('; ')]),
    ),
  );
  const profile = (rows: CorpusReport['techniques'], kind: string): Cell[][] => rows.map((r) => [kind, r.group, r.key, r.count, r.documents, r.words, r.rate, r.low, r.high]);
  out['techniques.csv'] = csvTable(['by', 'group', 'key', 'count', 'documents', 'words', 'per_1000_words', 'low95', 'high95'], [...profile(report.techniques, 'technique'), ...profile(report.categories, 'category')]);
  out['signals.csv'] = csvTable(['by', 'group', 'key', 'count', 'documents', 'words', 'per_1000_words', 'low95', 'high95'], profile(report.profile, 'detector'));
  out['naming.csv'] = csvTable(
    ['pack', 'concept', 'neutral', 'divergence', 'group', 'variant', 'side', 'count', 'documents', 'share', 'evidence'],
    (lens?.naming ?? []).map((r) => [r.pack, r.concept, r.neutral, r.divergence, r.group, r.variant, r.side, r.count, r.documents, r.share, evidenceCell(r.evidence)]),
  );
  out['omissions.csv'] = csvTable(
    ['kind', 'item', 'group', 'missing_from', 'mentions', 'documents', 'centrality', 'evidence'],
    [
      ...(lens?.omissions ?? []).map((r): Cell[] => [r.kind, r.item, r.group, r.missingFrom.join('; '), r.mentions, r.documents, r.centrality, evidenceCell(r.evidence)]),
      ...(lens?.storyStart ?? []).map((r): Cell[] => ['story-start', String(r.year), r.group, '', '', '', '', evidenceCell([r.evidence])]),
    ],
  );
  out['claims.csv'] = csvTable(
    ['topic', 'unit', 'kind', 'alignment', 'group', 'values', 'groups', 'evidence', 'claims'],
    (lens?.claims ?? []).map((r) => [r.topic, r.unit, r.kind, r.alignment, r.group, r.values.join('; '), r.groups.join('; '), evidenceCell(r.evidence), evidenceCell(r.claims)]),
  );
  out['portrayal.csv'] = csvTable(
    ['actor', 'kind', 'group', 'documents', 'mentions', 'roles', 'polarity', 'words', 'evidence'],
    (lens?.portrayal ?? []).map((r) => [
      r.actor,
      r.kind,
      r.group,
      r.documents,
      r.mentions,
      Object.entries(r.roles)
        .map(([k, n]) => `${k}:${n}`)
        .join('; '),
      r.polarity,
      r.words.map((w) => `${w.text} (${w.count}, ${w.polarity})`).join('; '),
      evidenceCell(r.evidence),
    ]),
  );
  out['frames.csv'] = csvTable(['group', 'reading', 'label', 'documents', 'of', 'share'], (lens?.frames ?? []).map((r) => [r.group, r.reading, r.label, r.documents, r.of, r.share]));
  out['timeline.csv'] = csvTable(['group', 'month', 'documents', 'words'], (lens?.timeline ?? []).map((r) => [r.group, r.month, r.documents, r.words]));
  out['documents.csv'] = csvTable(
    ['id', 'group', 'title', 'outlet', 'published_at', 'source', 'words', 'technique_findings', 'per_1000_words'],
    report.documents.map((d) => [d.id, d.group, d.title, d.outlet, d.publishedAt, d.source, d.words, d.findings, d.per1000Words]),
  );
  return out;
}
