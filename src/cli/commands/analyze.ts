/** `slant analyze`: run the detectors over stored documents and print their findings. */
import { basename } from 'node:path';
import type { StoredDocument } from '../../core/document.js';
import type { DocumentSignal } from '../../core/signal.js';
import { analyzeStored } from '../../ops/analyze.js';
import type { DocumentFilter, StoredAnalysis } from '../../store/store.js';
import { mdCell, parseFormat, withStore, writeJson, writeJsonl, FORMATS, type CommandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { colorEnabled, palette } from '../io.js';
import { startProgress } from '../progress.js';

export interface AnalyzeCommandOptions {
  side?: string | undefined;
  outlet?: string | undefined;
  tag?: string | undefined;
  force?: boolean | undefined;
  minConfidence?: number | undefined;
  detectors?: string[] | undefined;
  skip?: string[] | undefined;
  fast?: boolean | undefined;
  sideModel?: string | undefined;
  format?: string | undefined;
}

/** A document with its analysis, as the data formats print it. */
export function analysisRecord(doc: StoredDocument, analysis: StoredAnalysis): Record<string, unknown> {
  return {
    id: doc.id,
    title: doc.title,
    source: doc.source,
    outlet: doc.outlet,
    side: doc.side,
    publishedAt: doc.publishedAt,
    language: doc.language,
    analyzer: { key: analysis.analyzer.key, version: analysis.analyzer.version, stages: analysis.analyzer.stages },
    summary: analysis.summary,
    findings: analysis.findings,
  };
}

export async function analyzeCommand(ctx: CommandContext, ids: string[], options: AnalyzeCommandOptions): Promise<number> {
  const { io } = ctx;
  const format = parseFormat(options.format, FORMATS, 'pretty');
  const c = palette(colorEnabled(io));
  return withStore(ctx, async (store) => {
    const resolved: string[] = [];
    for (const id of ids) {
      const doc = await store.getDocument(id);
      if (doc === undefined) {
        io.err(`${c.red('error')} no stored document with id ${id}; see \`slant list\`\n`);
        return EXIT.notFound;
      }
      resolved.push(doc.id);
    }
    const filter: DocumentFilter = { ids: resolved.length > 0 ? resolved : undefined, side: options.side, outlet: options.outlet, tag: options.tag };
    const total = await store.countDocuments(filter);
    if (total === 0) {
      io.err('no stored documents match; add some with `slant add PATH`\n');
      return format === 'json' ? (writeJson(io, []), EXIT.ok) : EXIT.ok;
    }
    const progress = startProgress(io, total, 'analyzing');
    const records: Record<string, unknown>[] = [];
    let fresh = 0;
    try {
      for await (const { doc, analysis, cached } of analyzeStored(store, filter, options)) {
        progress.tick(doc.title ?? doc.id);
        if (!cached) fresh += 1;
        if (format === 'jsonl') writeJsonl(io, [analysisRecord(doc, analysis)]);
        else if (format === 'json') records.push(analysisRecord(doc, analysis));
        else if (format === 'md') io.out(analysisMarkdown(doc, analysis));
        else io.out(analysisLine(c, doc, analysis));
      }
    } finally {
      progress.stop();
    }
    if (format === 'json') writeJson(io, records);
    io.err(`${total} documents: ${fresh} analyzed, ${total - fresh} unchanged since their last analysis\n`);
    return EXIT.ok;
  });
}

function analysisLine(c: ReturnType<typeof palette>, doc: StoredDocument, analysis: StoredAnalysis): string {
  const s = analysis.summary as { words?: number; per1000Words?: number; byDetector?: Record<string, number>; signals?: DocumentSignal[] };
  const parts = Object.entries(s.byDetector ?? {})
    .sort((a, b) => b[1] - a[1])
    .map(([d, n]) => `${d} ${n}`)
    .join(', ');
  const title = doc.title ?? basename(doc.source);
  const readings = (s.signals ?? []).map((x) => `          ${x.summary}\n`).join('');
  return `${c.bold(doc.id.slice(0, 8))}  ${title}\n          ${analysis.findings.length} findings, ${s.per1000Words ?? 0} per 1,000 words (${s.words ?? 0} words)${parts ? `: ${parts}` : ''}\n${readings}`;
}

function analysisMarkdown(doc: StoredDocument, analysis: StoredAnalysis): string {
  const rows = analysis.findings.map(
    (f) => `| ${f.start}–${f.end} | ${mdCell(f.label)} | ${mdCell(f.category ?? '')} | ${mdCell(f.text)} | ${f.confidence.toFixed(2)} | ${mdCell(f.reason)} |`,
  );
  return [
    `## ${mdCell(doc.title ?? basename(doc.source))} (\`${doc.id}\`)`,
    '',
    `${analysis.findings.length} findings.`,
    '',
    '| span | finding | category | text | confidence | reason |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    '',
  ].join('\n');
}
