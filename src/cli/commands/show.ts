/** `slant show`: one stored document with its findings highlighted in the text. */
import { basename } from 'node:path';
import { analyzeStored } from '../../ops/analyze.js';
import { SlantError } from '../../core/errors.js';
import type { Finding } from '../../core/finding.js';
import type { DocumentSignal } from '../../core/signal.js';
import { mdCell, parseFormat, withStore, writeJson, FORMATS, type CommandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { colorEnabled, palette } from '../io.js';
import { renderArticle } from '../render/article.js';
import { analysisRecord } from './analyze.js';

export interface ShowCommandOptions {
  minConfidence?: number | undefined;
  detectors?: string[] | undefined;
  skip?: string[] | undefined;
  fast?: boolean | undefined;
  sideModel?: string | undefined;
  format?: string | undefined;
}

/** Shows a document (analyzing it first if needed) as a highlighted article, JSON or Markdown. */
export async function showCommand(ctx: CommandContext, id: string, options: ShowCommandOptions): Promise<number> {
  const { io } = ctx;
  const format = parseFormat(options.format, FORMATS, 'pretty');
  return withStore(ctx, async (store) => {
    const doc = await store.getDocument(id);
    if (doc === undefined) throw new SlantError('SLANT_NOT_FOUND', `no stored document with id ${id}; see \`slant list\``);
    let record: ReturnType<typeof analysisRecord> | undefined;
    for await (const { analysis } of analyzeStored(store, { ids: [doc.id] }, options)) record = analysisRecord(doc, analysis);
    if (record === undefined) throw new SlantError('SLANT_INTERNAL', `analysis of ${doc.id} produced nothing`);
    const findings = record.findings as Finding[];
    const signals = ((record.summary as { signals?: DocumentSignal[] }).signals ?? []).filter((x) => x.labels.length > 0 || x.summary !== '');
    if (format === 'json' || format === 'jsonl') {
      writeJson(io, { ...record, text: doc.text });
      return EXIT.ok;
    }
    if (format === 'md') {
      io.out(`# ${mdCell(doc.title ?? basename(doc.source))}\n\n`);
      if (signals.length > 0) {
        io.out('## Readings\n\n');
        for (const x of signals) io.out(`- **${mdCell(x.summary)}**${x.evidence.length > 0 ? `: ${mdCell(x.evidence.slice(0, 5).join('; '))}` : ''}\n`);
        io.out('\n');
      }
      io.out(`## Text\n\n${doc.text}\n\n## Findings\n\n`);
      for (const f of findings) io.out(`- **${mdCell(f.label)}** “${mdCell(f.text)}” (${f.start}–${f.end}, confidence ${f.confidence.toFixed(2)}): ${mdCell(f.reason)}\n`);
      return EXIT.ok;
    }
    const c = palette(colorEnabled(io));
    const meta = [doc.outlet, doc.publishedAt, doc.side === undefined ? undefined : `side: ${doc.side}`, doc.language].filter(Boolean).join(' · ');
    io.out(`${c.bold(doc.title ?? basename(doc.source))}\n${c.dim(`${doc.id}  ${meta}`)}\n\n`);
    if (signals.length > 0) {
      for (const x of signals) io.out(`${c.bold(x.summary)}${x.evidence.length > 0 ? c.dim(`  ${x.evidence.slice(0, 4).join('; ')}`) : ''}\n`);
      io.out('\n');
    }
    io.out(renderArticle(doc.text, findings, { color: colorEnabled(io) }));
    return EXIT.ok;
  });
}
