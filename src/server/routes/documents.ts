/** `/api/documents`: list, add (JSON or uploads), get, delete, and the analysis of one stored document. */
import { createRoute, type z } from '@hono/zod-openapi';
import type { StoredDocument } from '../../core/document.js';
import { SlantError, toSlantError } from '../../core/errors.js';
import type { Store } from '../../store/store.js';
import { analyzeDocument } from '../stored-analysis.js';
import { documentFromText, documentSummary, ingestUpload, storeItem, uploadFormat, type AddItem } from '../documents.js';
import { analyzerRecord, bodyKind, SECURITY, splitSummary, type RouteApp, type ServerContext } from '../context.js';
import {
  AddResponseSchema,
  DeleteResponseSchema,
  DocumentsFormSchema,
  DocumentsRequestSchema,
  errorResponses,
  IdParamSchema,
  ListQuerySchema,
  ListResponseSchema,
  StoredAnalysisSchema,
  StoredDocumentSchema,
} from '../schemas.js';

const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

const list = createRoute({
  method: 'get',
  path: '/api/documents',
  tags: ['documents'],
  summary: 'List stored documents (without their text), in the order they were added',
  security: SECURITY,
  request: { query: ListQuerySchema },
  responses: { 200: json(ListResponseSchema, 'A page of documents and the total matching'), ...errorResponses(400) },
});

const add = createRoute({
  method: 'post',
  path: '/api/documents',
  tags: ['documents'],
  summary: 'Add documents: JSON (one or an array) or uploaded files',
  description:
    'Each input is reported as added, duplicate (the same normalized text is stored already) or failed, with the reason; ' +
    'one bad input never stops the others. Uploads are read as `slant add` reads files: .txt, .md, .html (article extraction), ' +
    '.json, .jsonl, .csv and RSS/Atom feeds. Form fields side, outlet, tags, title, url, publishedAt apply to every uploaded document.',
  security: SECURITY,
  request: {
    body: {
      required: false,
      content: { 'application/json': { schema: DocumentsRequestSchema }, 'multipart/form-data': { schema: DocumentsFormSchema } },
    },
  },
  responses: { 200: json(AddResponseSchema, 'What happened to each input'), ...errorResponses(400, 413, 415) },
});

const get = createRoute({
  method: 'get',
  path: '/api/documents/{id}',
  tags: ['documents'],
  summary: 'One stored document with its text',
  security: SECURITY,
  request: { params: IdParamSchema },
  responses: { 200: json(StoredDocumentSchema, 'The document'), ...errorResponses(400, 404) },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/documents/{id}',
  tags: ['documents'],
  summary: 'Delete a stored document with its analyses, findings and search entry',
  security: SECURITY,
  request: { params: IdParamSchema },
  responses: { 200: json(DeleteResponseSchema, 'The full id of the deleted document'), ...errorResponses(400, 404) },
});

const analysis = createRoute({
  method: 'get',
  path: '/api/documents/{id}/analysis',
  tags: ['analysis'],
  summary: 'The analysis of a stored document (analyzed now unless cached under the same analyzer key)',
  security: SECURITY,
  request: { params: IdParamSchema },
  responses: { 200: json(StoredAnalysisSchema, 'The analysis'), ...errorResponses(400, 404) },
});

/** A stored document by id or unique prefix, or 404. */
export async function requireDocument(store: Store, id: string): Promise<StoredDocument> {
  const doc = await store.getDocument(id);
  if (doc === undefined) throw new SlantError('SLANT_NOT_FOUND', `no stored document with id ${id}; list them with GET /api/documents`);
  return doc;
}

function tally(items: AddItem[]): { added: number; duplicates: number; nearDuplicates: number; failed: number } {
  return {
    added: items.filter((i) => i.status === 'added').length,
    duplicates: items.filter((i) => i.status === 'duplicate').length,
    nearDuplicates: items.filter((i) => i.status === 'added' && i.nearDuplicateOf !== undefined).length,
    failed: items.filter((i) => i.status === 'failed').length,
  };
}

export function registerDocumentRoutes(app: RouteApp, ctx: ServerContext): void {
  const { store } = ctx;

  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const filter = { side: q.side, outlet: q.outlet, tag: q.tag };
    const [docs, total] = await Promise.all([store.listDocuments({ ...filter, limit: q.limit, offset: q.offset }), store.countDocuments(filter)]);
    return c.json({ total, limit: q.limit, offset: q.offset, documents: docs.map(documentSummary) }, 200);
  });

  app.openapi(add, async (c) => {
    const kind = bodyKind(c, 'documents as application/json or as a multipart/form-data upload (field "file", repeatable)');
    const items: AddItem[] = [];
    if (kind === 'form') {
      const form = c.req.valid('form') as z.output<typeof DocumentsFormSchema>;
      for (const file of form.file) {
        for await (const item of ingestUpload(file, form, { maxBytes: ctx.limits.upload, format: uploadFormat(file, 'auto') })) items.push(await storeItem(store, item));
      }
    } else if (kind === 'json') {
      const body = c.req.valid('json') as z.output<typeof DocumentsRequestSchema>;
      const inputs = Array.isArray(body) ? body : [body];
      for (const [i, input] of inputs.entries()) {
        const source = Array.isArray(body) ? `api#${i + 1}` : 'api';
        try {
          items.push(await storeItem(store, { ok: true, source, doc: documentFromText(input.text, input, source) }));
        } catch (error) {
          const e = toSlantError(error, source);
          if (e.code === 'SLANT_STORE' || e.code === 'SLANT_INTERNAL') throw e;
          items.push({ status: 'failed', source, error: { code: e.code, message: e.describe() } });
        }
      }
    } else {
      throw new SlantError('SLANT_INPUT_UNSUPPORTED', 'send documents as application/json or as a multipart/form-data upload (field "file", repeatable), not as text/plain');
    }
    return c.json({ items, totals: tally(items) }, 200);
  });

  app.openapi(get, async (c) => {
    const doc = await requireDocument(store, c.req.valid('param').id);
    const { simhash: _simhash, ...rest } = doc;
    return c.json({ ...rest, characters: doc.text.length }, 200);
  });

  app.openapi(remove, async (c) => {
    const doc = await requireDocument(store, c.req.valid('param').id);
    if (!(await store.deleteDocument(doc.id))) throw new SlantError('SLANT_NOT_FOUND', `document ${doc.id} was deleted meanwhile`);
    return c.json({ deleted: doc.id }, 200);
  });

  app.openapi(analysis, async (c) => {
    const doc = await requireDocument(store, c.req.valid('param').id);
    const { analysis: stored, cached } = await analyzeDocument(store, ctx.analysis, doc, c.req.raw.signal);
    const { summary, signals, rest } = splitSummary(stored.summary);
    return c.json(
      {
        document: documentSummary(doc),
        analyzer: analyzerRecord(stored.analyzer),
        cached,
        createdAt: stored.createdAt,
        findings: stored.findings,
        signals,
        summary: { ...rest, ...summary },
      },
      200,
    );
  });
}
