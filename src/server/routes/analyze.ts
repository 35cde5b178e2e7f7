/** `POST /api/analyze`: analyze a posted text or an uploaded article, storing it only when asked. */
import { createRoute, z } from '@hono/zod-openapi';
import type { SlantDocument } from '../../core/document.js';
import { SlantError } from '../../core/errors.js';
import { analyzeDocument } from '../stored-analysis.js';
import { analyzedDocument, documentFromText, ingestUpload, SINGLE_ARTICLE, uploadFormat } from '../documents.js';
import { analyzerRecord, bodyKind, SECURITY, splitSummary, type RouteApp, type ServerContext } from '../context.js';
import { AnalyzeFormSchema, AnalyzeRequestSchema, AnalyzeResponseSchema, errorResponses } from '../schemas.js';

const route = createRoute({
  method: 'post',
  path: '/api/analyze',
  tags: ['analysis'],
  summary: 'Analyze one text: findings, document readings and a summary',
  description:
    'Send JSON `{text, title?, store?, …}`, a multipart upload of one .txt, .md or .html file (HTML goes through the ' +
    'article extractor, so markup and scripts never reach the text), or a text/plain body. Nothing is stored unless `store` is true.',
  security: SECURITY,
  request: {
    body: {
      required: false,
      content: {
        'application/json': { schema: AnalyzeRequestSchema },
        'multipart/form-data': { schema: AnalyzeFormSchema },
        'text/plain': { schema: z.string().openapi({ description: 'The article as plain text' }) },
      },
    },
  },
  responses: {
    200: { description: 'The analysis', content: { 'application/json': { schema: AnalyzeResponseSchema } } },
    ...errorResponses(400, 413, 415),
  },
});

export function registerAnalyzeRoutes(app: RouteApp, ctx: ServerContext): void {
  app.openapi(route, async (c) => {
    const kind = bodyKind(c, 'the text as application/json ({"text": "…"}), as a multipart/form-data upload (field "file"), or as text/plain');
    let doc: SlantDocument;
    let store = false;
    if (kind === 'form') {
      const form = c.req.valid('form') as z.output<typeof AnalyzeFormSchema>;
      const format = uploadFormat(form.file, 'txt');
      if (format === 'auto' || !SINGLE_ARTICLE.has(format)) {
        throw new SlantError('SLANT_INPUT_UNSUPPORTED', `analyze takes one article as .txt, .md or .html, got ${format === 'auto' ? 'an unknown format' : format}; add JSON, CSV and feeds with POST /api/documents`);
      }
      let first: SlantDocument | undefined;
      for await (const item of ingestUpload(form.file, form, { maxBytes: ctx.limits.upload, format })) {
        if (!item.ok) throw item.error;
        first ??= item.doc;
      }
      if (first === undefined) throw new SlantError('SLANT_INPUT_EMPTY', 'the upload holds no article', { source: form.file.name });
      doc = first;
      store = form.store;
    } else if (kind === 'json') {
      const body = c.req.valid('json') as z.output<typeof AnalyzeRequestSchema>;
      doc = documentFromText(body.text, body);
      store = body.store === true;
    } else {
      const text = await c.req.text();
      if (text.trim() === '') throw new SlantError('SLANT_INPUT_EMPTY', 'the body holds no text; send the article as text/plain');
      doc = documentFromText(text, {});
    }
    if (store) {
      const outcome = await ctx.store.addDocument(doc);
      const saved = await ctx.store.getDocument(outcome.id);
      if (saved === undefined) throw new SlantError('SLANT_STORE', `document ${outcome.id} was stored but cannot be read back`);
      const { analysis } = await analyzeDocument(ctx.store, ctx.analysis, saved, c.req.raw.signal);
      const { summary, signals } = splitSummary(analysis.summary);
      return c.json(
        { document: analyzedDocument(saved), stored: outcome.status, analyzer: analyzerRecord(analysis.analyzer), findings: analysis.findings, signals, summary },
        200,
      );
    }
    const result = await ctx.analysis.analyze(doc.text, c.req.raw.signal);
    return c.json({ document: analyzedDocument(doc), analyzer: analyzerRecord(ctx.analysis.info), ...result }, 200);
  });
}
