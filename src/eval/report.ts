/** Renders an evaluation report for people (terminal, Markdown) or programs (JSON). */
import type { EvalReport } from './evaluate.js';
import type { Figure, TechniqueRow } from './evaluator.js';

export const EVAL_FORMATS = ['pretty', 'json', 'md'] as const;
export type EvalFormat = (typeof EVAL_FORMATS)[number];

/**
 * The report as text in `format`: `pretty` aligned columns, `md` Markdown tables, `json` the report
 * object itself. Technique rows are sorted by support, largest first; figures have three decimals.
 *
 * @example
 * io.out(renderEvalReport(await evaluateTask('techniques-classify', { model: 'rules' }), 'md'));
 */
export function renderEvalReport(report: EvalReport, format: EvalFormat): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  const rows = [...report.scores.perTechnique].sort((a, b) => b.support - a.support || (a.technique < b.technique ? -1 : 1));
  return format === 'md' ? markdown(report, rows) : pretty(report, rows);
}

const num = (n: number): string => n.toFixed(3);
const figures = (fs: readonly Figure[]): string => fs.map((f) => `${f.name} ${num(f.value)}`).join('   ');
const TABLE_HEAD = ['technique', 'support', 'predicted', 'precision', 'recall', 'F1'];
const tableRow = (r: TechniqueRow): string[] => [r.technique, String(r.support), String(r.predicted), num(r.precision), num(r.recall), num(r.f1)];

function pretty(report: EvalReport, rows: readonly TechniqueRow[]): string {
  const out = [`${report.task} · model ${report.model}`, `data: ${report.data} · ${report.items} items`, '', figures(report.scores.headline), ''];
  out.push(...columns([TABLE_HEAD, ...rows.map(tableRow)]), '');
  if (report.folds !== undefined) {
    const names = report.folds.mean.map((f) => f.name);
    const foldRows = report.folds.perFold.map((f) => [String(f.fold), String(f.items), ...f.headline.map((x) => num(x.value))]);
    const summary = ['mean ± sd', '', ...report.folds.mean.map((m, i) => `${num(m.value)} ± ${num(report.folds?.sd[i]?.value ?? 0)}`)];
    out.push(`${report.folds.folds} folds by group:`, ...columns([['fold', 'items', ...names], ...foldRows, summary]), '');
  }
  if (report.notes.length > 0) out.push(...report.notes.map((n) => `note: ${n}`), '');
  return `${out.join('\n').trimEnd()}\n`;
}

function markdown(report: EvalReport, rows: readonly TechniqueRow[]): string {
  const table = (cells: string[][]): string[] => [
    `| ${cells[0]?.join(' | ') ?? ''} |`,
    `|${cells[0]?.map((_, i) => (i === 0 ? '---' : '---:')).join('|') ?? ''}|`,
    ...cells.slice(1).map((r) => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`),
  ];
  const out = [`## ${report.task}`, '', `Model \`${report.model}\`; ${report.data}; ${report.items} items.`, ''];
  out.push(...table([report.scores.headline.map((f) => f.name), report.scores.headline.map((f) => num(f.value))]), '');
  out.push(...table([TABLE_HEAD, ...rows.map(tableRow)]), '');
  if (report.folds !== undefined) {
    const names = report.folds.mean.map((f) => f.name);
    out.push(
      `${report.folds.folds} folds by group:`,
      '',
      ...table([
        ['fold', 'items', ...names],
        ...report.folds.perFold.map((f) => [String(f.fold), String(f.items), ...f.headline.map((x) => num(x.value))]),
        ['mean ± sd', '', ...report.folds.mean.map((m, i) => `${num(m.value)} ± ${num(report.folds?.sd[i]?.value ?? 0)}`)],
      ]),
      '',
    );
  }
  if (report.notes.length > 0) out.push(...report.notes.map((n) => `- ${n}`), '');
  return `${out.join('\n').trimEnd()}\n`;
}

/** Left-aligns the first column and right-aligns the others. */
function columns(cells: readonly string[][]): string[] {
  const widths: number[] = [];
  for (const row of cells) row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return cells.map((row) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd());
}
