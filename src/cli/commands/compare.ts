/** `slant compare`: groups side by side, as a terminal report, Markdown, JSON or HTML. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderCsv } from '../../report/csv.js';
import { buildFilesReport, buildStoreReport, type CorpusReport } from '../../ops/report.js';
import { renderHtml } from '../../report/html.js';
import { renderMarkdown } from '../../report/markdown.js';
import { renderPretty } from '../../report/pretty.js';
import { SlantError } from '../../core/errors.js';
import { parseFormat, withStore, type CommandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { colorEnabled } from '../io.js';

export interface CompareCommandOptions {
  by?: string | undefined;
  top?: number | undefined;
  format?: string | undefined;
  out?: string | undefined;
  side?: string | undefined;
  outlet?: string | undefined;
  tag?: string | undefined;
}

const COMPARE_FORMATS = ['pretty', 'json', 'md', 'html', 'csv'] as const;

/** Renders a report in a format; `pretty` is coloured only when `color` is on. */
export function renderReport(report: CorpusReport, format: Exclude<(typeof COMPARE_FORMATS)[number], 'csv'>, color: boolean, terms?: number): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  if (format === 'md') return renderMarkdown(report);
  if (format === 'html') return renderHtml(report);
  return renderPretty(report, { color, terms });
}

export async function compareCommand(ctx: CommandContext, sets: string[], options: CompareCommandOptions): Promise<number> {
  const { io } = ctx;
  const format = parseFormat(options.format, COMPARE_FORMATS, 'pretty');
  const by = options.by ?? 'side';
  if (by !== 'side' && by !== 'outlet' && by !== 'tag') throw new SlantError('SLANT_USAGE', `cannot group by "${by}"; use side, outlet or tag`);
  if (format === 'csv' && options.out === undefined) throw new SlantError('SLANT_USAGE', '--format csv writes one file per table: give a directory with --out DIR');
  if (sets.length === 1) throw new SlantError('SLANT_USAGE', 'give two or more sets of files to compare, or none to compare stored documents by --by');
  const filter = { side: options.side, outlet: options.outlet, tag: options.tag };
  if (sets.length > 0 && Object.values(filter).some((v) => v !== undefined)) {
    throw new SlantError('SLANT_USAGE', '--side, --outlet and --tag choose stored documents; they do not apply to files given to compare');
  }
  const report =
    sets.length >= 2
      ? await buildFilesReport(sets, { top: options.top })
      : await withStore(ctx, (store) => buildStoreReport(store, by, { top: options.top, filter }));
  if (format === 'csv') {
    const dir = resolve(io.cwd, options.out ?? '.');
    mkdirSync(dir, { recursive: true });
    const files = Object.entries(renderCsv(report));
    for (const [name, text] of files) writeFileSync(join(dir, name), text);
    io.err(`wrote ${files.length} CSV files to ${dir}\n`);
    for (const f of report.failures) io.err(`error ${f.source}: ${f.message} [${f.code}]\n`);
    return report.failures.length > 0 ? EXIT.partial : EXIT.ok;
  }
  const rendered = renderReport(report, format, options.out === undefined && colorEnabled(io), options.top);
  if (options.out !== undefined) {
    const path = resolve(io.cwd, options.out);
    writeFileSync(path, rendered);
    io.err(`wrote ${path}\n`);
  } else io.out(rendered);
  for (const f of report.failures) io.err(`error ${f.source}: ${f.message} [${f.code}]\n`);
  return report.failures.length > 0 ? EXIT.partial : EXIT.ok;
}
