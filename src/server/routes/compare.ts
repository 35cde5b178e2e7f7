/** `POST /api/compare` (the report as JSON) and `GET /api/compare.html|.md` (the same report rendered for export). */
import { createRoute, z } from '@hono/zod-openapi';
import { SlantError } from '../../core/errors.js';
import { buildDocumentsReport, buildStoreReport, type CorpusReport, type ReportEntry } from '../../ops/report.js';
import { renderHtml } from '../../report/html.js';
import { renderMarkdown } from '../../report/markdown.js';
import { lazyAnalyzer } from '../analysis-service.js';
import { documentFromText } from '../documents.js';
import { analyzeDocument, analyzeMissing } from '../stored-analysis.js';
import { SECURITY, type RouteApp, type ServerContext } from '../context.js';
import { CompareExportQuerySchema, CompareRequestSchema, CorpusReportSchema, errorResponses, GROUP_FIELDS } from '../schemas.js';
import { requireDocument } from './documents.js';

const compare = createRoute({
  method: 'post',
  path: '/api/compare',
  tags: ['compare'],
  summary: 'Compare groups: stored documents by side, outlet or tag; two or more stored documents; or two or more posted texts',
  description:
    'Give exactly one of `by`, `documents` or `texts`. Each stored or posted document compared one by one is its own group, ' +
    'named A, B, … after its place in the request and its title. Stored documents are analyzed where no analysis with the same analyzer key is stored.',
  security: SECURITY,
  request: { body: { required: true, content: { 'application/json': { schema: CompareRequestSchema } } } },
  responses: {
    200: { description: 'The report: groups, distinctive language with passages, technique profiles', content: { 'application/json': { schema: CorpusReportSchema } } },
    ...errorResponses(400, 404, 413, 415),
  },
});

const exportRoute = (format: 'html' | 'md') =>
  createRoute({
    method: 'get',
    path: `/api/compare.${format}`,
    tags: ['compare'],
    summary: `The comparison report as ${format === 'html' ? 'a self-contained HTML page (no script, every text escaped)' : 'Markdown'}`,
    security: SECURITY,
    request: { query: CompareExportQuerySchema },
    responses: {
      200: {
        description: 'The rendered report',
        content: { [format === 'html' ? 'text/html' : 'text/markdown']: { schema: z.string() } },
      },
      ...errorResponses(400, 404),
    },
  });

/** A group name for the i-th document compared one by one: `A · Title`, so groups sort in request order. */
export function memberName(i: number, title: string | undefined, id: string): string {
  const letter = String.fromCharCode(65 + i);
  const label = title === undefined ? id.slice(0, 8) : title.length > 48 ? `${title.slice(0, 47)}…` : title;
  return `${letter} · ${label}`;
}

type Request = { by?: (typeof GROUP_FIELDS)[number] | undefined; documents?: string[] | undefined; texts?: Array<{ text: string; title?: string | undefined }> | undefined; top?: number | undefined };

/** Builds the report a compare request asks for, analyzing through the service (its workers) first. */
async function report(ctx: ServerContext, request: Request, signal: AbortSignal): Promise<CorpusReport> {
  const analyzer = lazyAnalyzer(ctx.analysis.info, ctx.analyzeOptions);
  const options = { top: request.top, analyzer };
  if (request.documents !== undefined) {
    const docs = [];
    for (const id of request.documents) docs.push(await requireDocument(ctx.store, id));
    const ids = docs.map((d) => d.id);
    const twice = ids.find((id, i) => ids.indexOf(id) !== i);
    if (twice !== undefined) throw new SlantError('SLANT_USAGE', `document ${twice} is given twice; compare different documents`);
    const entries: ReportEntry[] = await Promise.all(
      docs.map(async (doc, i) => {
        const { analysis } = await analyzeDocument(ctx.store, ctx.analysis, doc, signal);
        return { group: memberName(i, doc.title, doc.id), doc, analysis: { findings: analysis.findings, words: Number(analysis.summary.words ?? 0) } };
      }),
    );
    return buildDocumentsReport(entries, options);
  }
  if (request.texts !== undefined) {
    const docs = request.texts.map((t, i) => documentFromText(t.text, { title: t.title }, `api#${i + 1}`));
    const entries: ReportEntry[] = await Promise.all(
      docs.map(async (doc, i) => {
        const result = await ctx.analysis.analyze(doc.text, signal);
        return { group: memberName(i, doc.title, doc.id), doc, analysis: { findings: result.findings, words: result.summary.words } };
      }),
    );
    return buildDocumentsReport(entries, options);
  }
  await analyzeMissing(ctx.store, ctx.analysis, ctx.store.iterateDocuments(), signal);
  return buildStoreReport(ctx.store, request.by ?? 'side', options);
}

function exportRequest(q: z.infer<typeof CompareExportQuerySchema>): Request {
  if (q.documents !== undefined) {
    if (q.by !== undefined) throw new SlantError('SLANT_USAGE', 'give by or documents, not both');
    const documents = q.documents.split(',').map((s) => s.trim()).filter(Boolean);
    if (documents.length < 2) throw new SlantError('SLANT_USAGE', 'documents needs at least two comma-separated ids');
    return { documents, top: q.top };
  }
  return { by: q.by ?? 'side', top: q.top };
}

export function registerCompareRoutes(app: RouteApp, ctx: ServerContext): void {
  app.openapi(compare, async (c) => c.json(await report(ctx, c.req.valid('json'), c.req.raw.signal), 200));

  app.openapi(exportRoute('html'), async (c) => {
    const q = c.req.valid('query');
    const html = renderHtml(await report(ctx, exportRequest(q), c.req.raw.signal));
    c.header('Content-Disposition', `inline; filename="slant-compare-${q.documents === undefined ? (q.by ?? 'side') : 'documents'}.html"`);
    return c.html(html, 200);
  });

  app.openapi(exportRoute('md'), async (c) => {
    const q = c.req.valid('query');
    const md = renderMarkdown(await report(ctx, exportRequest(q), c.req.raw.signal));
    c.header('Content-Disposition', `inline; filename="slant-compare-${q.documents === undefined ? (q.by ?? 'side') : 'documents'}.md"`);
    return c.body(md, 200, { 'Content-Type': 'text/markdown; charset=utf-8' });
  });
}
