/** `slant demo` (what `npm start` runs): the whole job on the bundled example corpus. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDocuments, tallyAdd, type AddTotals } from '../../ops/add.js';
import { buildStoreReport } from '../../ops/report.js';
import { renderHtml } from '../../report/html.js';
import { renderMarkdown } from '../../report/markdown.js';
import { renderPretty } from '../../report/pretty.js';
import { openStore } from '../../store/index.js';
import type { CommandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { colorEnabled } from '../io.js';

export interface DemoCommandOptions {
  examples?: string | undefined;
  out?: string | undefined;
}

/** The bundled examples folder, found relative to this module (works from src/ and dist/). */
export function bundledExamples(): string {
  return fileURLToPath(new URL('../../../examples/', import.meta.url));
}

/**
 * Ingests the example corpus into a fresh temporary database (or `--db` when given), analyzes it,
 * compares the sides, prints the report and writes report.md and report.html.
 */
export async function demoCommand(ctx: CommandContext, options: DemoCommandOptions): Promise<number> {
  const { io } = ctx;
  const examples = options.examples === undefined ? bundledExamples() : resolve(io.cwd, options.examples);
  const outDir = resolve(io.cwd, options.out ?? '.');
  mkdirSync(outDir, { recursive: true });
  const explicitDb = io.env.SLANT_DB !== undefined || ctx.dbPath !== resolve(io.cwd, 'slant.db');
  const tempDir = explicitDb ? undefined : mkdtempSync(join(tmpdir(), 'slant-demo-'));
  const dbPath = tempDir === undefined ? ctx.dbPath : join(tempDir, 'demo.db');
  const store = await openStore(dbPath);
  try {
    const totals: AddTotals = { added: 0, duplicates: 0, nearDuplicates: 0, failed: 0 };
    io.err(`slant demo: ingesting ${examples}\n`);
    for await (const event of addDocuments(store, [examples])) {
      tallyAdd(totals, event);
      if (event.status === 'failed') io.err(`error ${event.error.describe()} [${event.error.code}]\n`);
    }
    io.err(`${totals.added} added, ${totals.duplicates} already stored, ${totals.failed} failed; analyzing and comparing by side…\n\n`);
    const report = await buildStoreReport(store, 'side', { title: 'The Kell Valley dispute: how the sides tell it (example corpus)' });
    io.out(renderPretty(report, { color: colorEnabled(io) }));
    const md = join(outDir, 'report.md');
    const html = join(outDir, 'report.html');
    writeFileSync(md, renderMarkdown(report));
    writeFileSync(html, renderHtml(report));
    io.out(`\nWrote ${md} and ${html}.\nNext: \`npx slant add YOUR_FILES --side NAME\`, then \`npx slant compare --by side\` (see --help).\n`);
    return totals.failed > 0 ? EXIT.partial : EXIT.ok;
  } finally {
    await store.close();
    if (tempDir !== undefined) rmSync(tempDir, { recursive: true, force: true });
  }
}
