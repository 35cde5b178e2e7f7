/** The corpus report as Markdown. */
import type { CorpusReport } from '../ops/report.js';
import { contextLine, fixed, headline, int, pivot } from './shared.js';
import { lensMarkdown } from './lens-render.js';

function cell(value: unknown): string {
  return String(value ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

/** Context text for a table cell: like `cell`, but keeps the leading or trailing space. */
function mdContext(value: string): string {
  return value.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
}

/**
 * Renders the report as GitHub-flavoured Markdown: groups, technique profile, distinctive language
 * with keyword-in-context evidence, documents.
 *
 * @example
 * writeFileSync('report.md', renderMarkdown(report));
 */
export function renderMarkdown(report: CorpusReport): string {
  const out: string[] = [];
  const names = report.groups.map((g) => g.name);
  out.push(`# ${cell(report.title)}`, '', `${headline(report)}. Generated ${report.generatedAt} by slant ${report.analyzer.version}.`, '');
  if (report.ungrouped > 0) out.push(`${report.ungrouped} documents without a ${report.groupedBy} were left out.`, '');
  if (report.failures.length > 0) {
    out.push('## Inputs that could not be read', '');
    for (const f of report.failures) out.push(`- \`${cell(f.source)}\`: ${cell(f.message)} (${f.code})`);
    out.push('');
  }
  out.push('## Groups', '', '| group | documents | words | findings | per 1,000 words |', '|---|---:|---:|---:|---:|');
  for (const g of report.groups) out.push(`| ${cell(g.name)} | ${g.documents} | ${int(g.words)} | ${g.findings} | ${fixed(g.per1000Words)} |`);
  out.push('');

  const profileTable = (title: string, note: string, what: string, rows: CorpusReport['profile']): void => {
    out.push(`## ${title}`, '', note, '');
    if (rows.length === 0) {
      out.push('None found.', '');
      return;
    }
    out.push(`| ${what} | ${names.map(cell).join(' | ')} |`, `|---|${names.map(() => '---:').join('|')}|`);
    for (const { key, cells } of pivot(rows)) {
      out.push(`| ${cell(key)} | ${names.map((n) => {
        const r = cells.get(n);
        return r === undefined ? '' : `${fixed(r.rate)} (${fixed(r.low)}–${fixed(r.high)})`;
      }).join(' | ')} |`);
    }
    out.push('');
  };
  profileTable('Persuasion techniques', 'Spans the technique model marks, per 1,000 words, with a 95% interval (Poisson).', 'technique', report.techniques);
  profileTable('Rule signals', 'Findings of the rule detectors per 1,000 words, with a 95% interval (Poisson).', 'detector', report.profile);

  out.push('## Distinctive language', '', `Each group against all the others: weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008); z > 1.96 is unlikely by chance if words were independent.`, '');
  for (const { group, rows } of report.comparison.distinctive) {
    out.push(`### ${cell(group)}`, '');
    if (rows.length === 0) {
      out.push('No term stands out for this group.', '');
      continue;
    }
    out.push('| term | here | elsewhere | z | in context |', '|---|---:|---:|---:|---|');
    for (const r of rows) {
      const e = r.evidence[0];
      const ctx = e === undefined ? '' : (({ left, match, right }) => `${mdContext(left)}**${cell(match)}**${mdContext(right)}`)(contextLine(e.left, e.match, e.right, 100));
      out.push(`| ${cell(r.display)} | ${r.countTarget} | ${r.countReference} | ${fixed(r.z, 2)} | ${ctx} |`);
    }
    out.push('');
  }

  if (report.lens !== undefined) out.push(...lensMarkdown(report.lens, names));

  out.push('## Documents', '', '| id | group | title | outlet | date | words | findings | per 1,000 |', '|---|---|---|---|---|---:|---:|---:|');
  for (const d of report.documents) {
    out.push(`| \`${d.id.slice(0, 8)}\` | ${cell(d.group)} | ${cell(d.title ?? d.source)} | ${cell(d.outlet)} | ${cell(d.publishedAt?.slice(0, 10))} | ${int(d.words)} | ${d.findings} | ${fixed(d.per1000Words)} |`);
  }
  out.push('');
  return out.join('\n');
}
