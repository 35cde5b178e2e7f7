/** `slant list` and `slant search`: what is stored, and where words occur. */
import { mdCell, parseFormat, withStore, writeJson, writeJsonl, FORMATS, type CommandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { colorEnabled, palette } from '../io.js';

export interface ListCommandOptions {
  side?: string | undefined;
  outlet?: string | undefined;
  tag?: string | undefined;
  limit?: number | undefined;
  format?: string | undefined;
}

export async function listCommand(ctx: CommandContext, options: ListCommandOptions): Promise<number> {
  const { io } = ctx;
  const format = parseFormat(options.format, FORMATS, 'pretty');
  const c = palette(colorEnabled(io));
  return withStore(ctx, async (store) => {
    const docs = await store.listDocuments({ side: options.side, outlet: options.outlet, tag: options.tag, limit: options.limit });
    const rows = docs.map((d) => ({
      id: d.id,
      title: d.title,
      outlet: d.outlet,
      side: d.side,
      publishedAt: d.publishedAt,
      language: d.language,
      tags: d.tags,
      source: d.source,
      characters: d.text.length,
      nearDuplicateOf: d.nearDuplicateOf,
    }));
    if (format === 'json') writeJson(io, rows);
    else if (format === 'jsonl') writeJsonl(io, rows);
    else if (format === 'md') {
      io.out('| id | title | outlet | side | date |\n|---|---|---|---|---|\n');
      for (const r of rows) io.out(`| \`${r.id.slice(0, 8)}\` | ${mdCell(r.title)} | ${mdCell(r.outlet)} | ${mdCell(r.side)} | ${mdCell(r.publishedAt)} |\n`);
    } else {
      for (const r of rows) {
        const near = r.nearDuplicateOf === undefined ? '' : c.yellow(` ≈${r.nearDuplicateOf.slice(0, 8)}`);
        io.out(`${c.bold(r.id.slice(0, 8))}  ${(r.side ?? '-').padEnd(10)} ${(r.outlet ?? '-').slice(0, 24).padEnd(24)} ${(r.publishedAt ?? '').slice(0, 10).padEnd(10)}  ${r.title ?? r.source}${near}\n`);
      }
      io.err(`${rows.length} of ${await store.countDocuments({ side: options.side, outlet: options.outlet, tag: options.tag })} documents\n`);
    }
    return EXIT.ok;
  });
}

export interface SearchCommandOptions {
  limit?: number | undefined;
  side?: string | undefined;
  format?: string | undefined;
}

export async function searchCommand(ctx: CommandContext, query: string, options: SearchCommandOptions): Promise<number> {
  const { io } = ctx;
  const format = parseFormat(options.format, FORMATS, 'pretty');
  const c = palette(colorEnabled(io));
  return withStore(ctx, async (store) => {
    const hits = await store.search(query, { limit: options.limit ?? 20, filter: { side: options.side } });
    if (format === 'json') writeJson(io, hits);
    else if (format === 'jsonl') writeJsonl(io, hits);
    else if (format === 'md') {
      for (const h of hits) io.out(`- \`${h.id.slice(0, 8)}\` **${mdCell(h.title ?? '')}**: ${mdCell(h.snippet)}\n`);
    } else {
      for (const h of hits) {
        const snippet = h.snippet.replace(/«([^»]*)»/g, (_m, w: string) => c.bold(c.yellow(w))).replace(/\s+/g, ' ');
        io.out(`${c.bold(h.id.slice(0, 8))}  ${h.title ?? ''}\n          ${snippet}\n`);
      }
      io.err(`${hits.length} matches\n`);
    }
    return EXIT.ok;
  });
}
