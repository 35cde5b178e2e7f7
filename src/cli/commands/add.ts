/** `slant add`: ingest files, directories, globs, stdin and URLs into the store. */
import { addDocuments, tallyAdd, type AddTotals } from '../../ops/add.js';
import type { IngestOptions } from '../../ingest/index.js';
import { readUrlList } from '../../ingest/index.js';
import { EXIT } from '../exit-codes.js';
import { palette, colorEnabled } from '../io.js';
import { startCounter } from '../progress.js';
import { withStore, writeJsonl, type CommandContext } from '../context.js';

export interface AddCommandOptions extends IngestOptions {
  urlList?: string[] | undefined;
  /** `jsonl` prints one event per line on stdout (errors too); `pretty` prints a line per document. */
  output?: 'pretty' | 'jsonl' | undefined;
  quiet?: boolean | undefined;
}

/** Adds inputs; exit code 1 when some inputs failed (the rest are stored), 0 otherwise. */
export async function addCommand(ctx: CommandContext, inputs: string[], options: AddCommandOptions): Promise<number> {
  const { io } = ctx;
  const c = palette(colorEnabled(io));
  const all = [...inputs];
  for (const list of options.urlList ?? []) all.push(...(await readUrlList(list)));
  const totals: AddTotals = { added: 0, duplicates: 0, nearDuplicates: 0, failed: 0 };
  // Per-document lines already show progress unless --quiet; then a counter does.
  const counter = options.quiet === true ? startCounter(io, 'reading') : undefined;
  await withStore(ctx, async (store) => {
    for await (const event of addDocuments(store, all, { ...options, stdin: io.stdin })) {
      counter?.tick(event.source);
      tallyAdd(totals, event);
      if (event.status === 'failed') {
        io.err(`${c.red('error')} ${event.error.describe()} ${c.dim(`[${event.error.code}]`)}\n`);
        if (options.output === 'jsonl') writeJsonl(io, [{ status: 'failed', source: event.source, code: event.error.code, message: event.error.message, row: event.error.row }]);
        continue;
      }
      if (options.output === 'jsonl') {
        writeJsonl(io, [event]);
      } else if (options.quiet !== true) {
        const near = event.status === 'added' && event.nearDuplicateOf !== undefined ? c.yellow(` near-duplicate of ${event.nearDuplicateOf.slice(0, 8)}`) : '';
        const status = event.status === 'added' ? c.green('added    ') : c.dim('duplicate');
        io.out(`${status} ${event.id.slice(0, 8)}  ${event.source}${near}\n`);
      }
    }
  });
  counter?.stop();
  const summary = `${totals.added} added (${totals.nearDuplicates} near-duplicates), ${totals.duplicates} already stored, ${totals.failed} failed`;
  io.err(`${totals.failed > 0 ? c.yellow(summary) : summary}\n`);
  return totals.failed > 0 ? EXIT.partial : EXIT.ok;
}
