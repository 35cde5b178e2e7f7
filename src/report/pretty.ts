/** The corpus report for a terminal. */
import pc from 'picocolors';
import type { CorpusReport } from '../ops/report.js';
import { contextLine, fit, fixed, headline, int, pivot } from './shared.js';
import { lensPretty } from './lens-render.js';

/**
 * Renders the report as aligned plain text, coloured when `color` is on. The terminal shows the
 * first `terms` (default 15) distinctive terms per group; Markdown, HTML and JSON carry them all.
 *
 * @example
 * process.stdout.write(renderPretty(report, { color: process.stdout.isTTY }));
 */
export function renderPretty(report: CorpusReport, options: { color: boolean; width?: number; terms?: number }): string {
  const c = pc.createColors(options.color);
  const width = options.width ?? 100;
  const out: string[] = [];
  const names = report.groups.map((g) => g.name);
  out.push(c.bold(report.title), c.dim(headline(report)), '');
  if (report.ungrouped > 0) out.push(c.yellow(`${report.ungrouped} documents without a ${report.groupedBy} were left out.`), '');
  for (const f of report.failures) out.push(c.yellow(`could not read ${f.source}: ${f.message} [${f.code}]`));
  if (report.failures.length > 0) out.push('');

  out.push(c.bold('Groups'));
  out.push(c.dim(`  ${'group'.padEnd(22)} ${'docs'.padStart(5)} ${'words'.padStart(8)} ${'findings'.padStart(9)} ${'/1,000 words'.padStart(13)}`));
  for (const g of report.groups) {
    out.push(`  ${fit(g.name, 22)} ${String(g.documents).padStart(5)} ${int(g.words).padStart(8)} ${String(g.findings).padStart(9)} ${fixed(g.per1000Words).padStart(13)}`);
  }
  out.push('');

  const profileTable = (title: string, note: string, rows: CorpusReport['profile']): void => {
    out.push(c.bold(title) + c.dim(`  ${note}`));
    const colWidth = 19;
    out.push(c.dim(`  ${''.padEnd(32)}${names.map((n) => fit(n, colWidth - 1).trimEnd().padStart(colWidth)).join('')}`));
    for (const { key, cells } of pivot(rows)) {
      const row = names
        .map((n) => {
          const r = cells.get(n);
          return (r === undefined ? '' : `${fixed(r.rate)} (${fixed(r.low, 0)}–${fixed(r.high, 0)})`).padStart(colWidth);
        })
        .join('');
      out.push(`  ${fit(key, 31)} ${row}`);
    }
    if (rows.length === 0) out.push(c.dim('  none found'));
    out.push('');
  };
  profileTable('Persuasion techniques', 'technique model; spans per 1,000 words (95% interval)', report.techniques);
  profileTable('Rule signals', 'rule detectors; findings per 1,000 words (95% interval)', report.profile);

  out.push(c.bold('Distinctive language') + c.dim('  each group against the rest; weighted log-odds z (Monroe et al. 2008)'));
  for (const { group, rows } of report.comparison.distinctive) {
    out.push('', `  ${c.bold(c.cyan(group))}`);
    if (rows.length === 0) out.push(c.dim('    nothing stands out'));
    for (const r of rows.slice(0, options.terms ?? 15)) {
      const e = r.evidence[0];
      const counts = `${r.countTarget} vs ${r.countReference}`;
      let line = `    ${fit(r.display, 28)} ${counts.padStart(9)}  z ${fixed(r.z, 2).padStart(5)}`;
      if (e !== undefined) {
        const room = Math.max(30, width - 52);
        const { left, match, right } = contextLine(e.left, e.match, e.right, room);
        line += c.dim(`  ${left}`) + c.bold(match) + c.dim(right);
      }
      out.push(line);
    }
  }
  out.push('');
  if (report.lens !== undefined) out.push(...lensPretty(report.lens, names, c, width));
  return `${out.join('\n')}\n`;
}
