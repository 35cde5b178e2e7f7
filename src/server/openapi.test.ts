/** /openapi.json: an OpenAPI 3.1 document generated from the route schemas, covering every route. */
import { readdirSync, readFileSync } from 'node:fs';
import type { z } from '@hono/zod-openapi';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ClaimRow, Evidence, FrameRow, LensRows, NamingRow, OmissionRow, PortrayalRow, StoryStartRow, TimelineRow } from '../compare/lens-rows.js';
import {
  ClaimRowSchema,
  CorpusReportSchema,
  FrameRowSchema,
  LensSchema,
  NamingRowSchema,
  OmissionRowSchema,
  PortrayalRowSchema,
  StoryStartRowSchema,
  TimelineRowSchema,
} from './schemas.js';
import { testApp, upload } from './test-helper.js';

const EXAMPLES = new URL('../../examples/', import.meta.url);

interface Operation {
  parameters?: Array<{ name: string; in: string }>;
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, unknown>;
  security?: unknown[];
}

async function document(): Promise<{ openapi: string; info: { version: string }; paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> } }> {
  const { app, store } = await testApp();
  const res = await app.request('/openapi.json');
  expect(res.status).toBe(200);
  const doc = (await res.json()) as Awaited<ReturnType<typeof document>>;
  await store.close();
  return doc;
}

describe('/openapi.json', () => {
  it('is OpenAPI 3.1 with the bearer scheme and the shared schemas as components', async () => {
    const doc = await document();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const name of ['Error', 'DocumentInput', 'AnalyzeRequest', 'AnalyzeResponse', 'Finding', 'Signal', 'CorpusReport', 'CompareRequest', 'StoredDocument']) {
      expect(doc.components.schemas, name).toHaveProperty(name);
    }
  });

  it('describes every API route the app serves, with its errors and the optional token', async () => {
    const { app, store } = await testApp();
    await store.close();
    const served = new Set(
      app.routes
        .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL')
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const doc = await document();
    const described = new Set(Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method} ${path}`)));
    expect([...described].sort()).toEqual([...served].sort());
    expect(described).toEqual(
      new Set([
        'get /api/health',
        'post /api/analyze',
        'get /api/documents',
        'post /api/documents',
        'get /api/documents/{id}',
        'delete /api/documents/{id}',
        'get /api/documents/{id}/analysis',
        'get /api/search',
        'post /api/compare',
        'get /api/compare.html',
        'get /api/compare.md',
        'get /api/packs',
        'get /api/packs/{id}',
      ]),
    );
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        expect(Object.keys(op.responses), `${method} ${path}`).toEqual(expect.arrayContaining(['200', '401', '500']));
        expect(op.security, `${method} ${path}`).toEqual([{ bearer: [] }, {}]);
      }
    }
  });

  it('documents request bodies and parameters from the same schemas that validate them', async () => {
    const doc = await document();
    const analyze = doc.paths['/api/analyze']?.post;
    expect(Object.keys(analyze?.requestBody?.content ?? {})).toEqual(['application/json', 'multipart/form-data', 'text/plain']);
    expect(analyze?.requestBody?.content['application/json']?.schema).toEqual({ $ref: '#/components/schemas/AnalyzeRequest' });
    expect(doc.components.schemas.DocumentInput).toMatchObject({ required: ['text'], properties: { text: { type: 'string', minLength: 1 }, tags: { type: 'array' } } });
    expect(doc.components.schemas.AnalyzeRequest).toEqual({
      allOf: [{ $ref: '#/components/schemas/DocumentInput' }, { type: 'object', properties: { store: expect.objectContaining({ type: 'boolean' }) } }],
    });
    expect(doc.paths['/api/documents']?.get?.parameters?.map((p) => `${p.in}:${p.name}`)).toEqual(['query:side', 'query:outlet', 'query:tag', 'query:limit', 'query:offset']);
    expect(doc.paths['/api/search']?.get?.parameters?.map((p) => p.name)).toEqual(['q', 'side', 'limit']);
    expect(doc.paths['/api/documents/{id}']?.delete?.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path' })]);
    expect(Object.keys(doc.paths['/api/compare.html']?.get?.responses['200'] as object)).toContain('content');
  });
});

describe('the Lens schema', () => {
  it('names every field of the lens row types, and accepts whatever they hold', () => {
    // Checked by the typecheck: a field added to or dropped from src/compare/lens-rows.ts without the schema fails here.
    expectTypeOf<keyof z.infer<typeof NamingRowSchema>>().toEqualTypeOf<keyof NamingRow>();
    expectTypeOf<keyof z.infer<typeof OmissionRowSchema>>().toEqualTypeOf<keyof OmissionRow>();
    expectTypeOf<keyof z.infer<typeof StoryStartRowSchema>>().toEqualTypeOf<keyof StoryStartRow>();
    expectTypeOf<keyof z.infer<typeof ClaimRowSchema>>().toEqualTypeOf<keyof ClaimRow>();
    expectTypeOf<keyof z.infer<typeof PortrayalRowSchema>>().toEqualTypeOf<keyof PortrayalRow>();
    expectTypeOf<keyof z.infer<typeof FrameRowSchema>>().toEqualTypeOf<keyof FrameRow>();
    expectTypeOf<keyof z.infer<typeof TimelineRowSchema>>().toEqualTypeOf<keyof TimelineRow>();
    expectTypeOf<keyof z.infer<typeof LensSchema>>().toEqualTypeOf<keyof LensRows>();
    expectTypeOf<keyof z.infer<typeof NamingRowSchema>['evidence'][number]>().toEqualTypeOf<keyof Evidence>();
    expectTypeOf<z.infer<typeof OmissionRowSchema>['kind']>().toEqualTypeOf<OmissionRow['kind']>();
    expectTypeOf<z.infer<typeof ClaimRowSchema>['alignment']>().toEqualTypeOf<ClaimRow['alignment']>();
    expectTypeOf<LensRows>().toExtend<z.input<typeof LensSchema>>();
    // At run time: a hand-made row with a wrong type is refused.
    const row: NamingRow = { pack: 'p', concept: 'c', neutral: undefined, group: 'a', variant: 'v', side: 'a', count: 1, documents: 1, share: 1, divergence: 1, evidence: [] };
    expect(NamingRowSchema.safeParse(row).success).toBe(true);
    expect(NamingRowSchema.safeParse({ ...row, count: 1.5 }).success).toBe(false);
  });

  it('validates the lens of a real comparison of the examples, every table filled, nothing left undescribed', async () => {
    const { app, store } = await testApp();
    const files = readdirSync(EXAMPLES)
      .filter((n) => n.endsWith('.md') && n !== 'README.md')
      .map((name) => ({ name, content: readFileSync(new URL(name, EXAMPLES), 'utf8') }));
    expect(files.length).toBeGreaterThan(3);
    expect((await app.request('/api/documents', upload(files))).status).toBe(200);
    const res = await app.request('/api/compare', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ by: 'side' }) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { lens?: Record<string, unknown[]> };
    await store.close();
    const report = CorpusReportSchema.safeParse(body);
    expect(report.error?.issues).toBeUndefined();
    expect(Object.entries(body.lens ?? {}).filter(([, rows]) => rows.length === 0).map(([table]) => table)).toEqual([]);
    // Parsing drops keys a schema does not name: the parsed lens equals the response only when the schema describes all of it.
    expect(LensSchema.parse(body.lens)).toEqual(body.lens);
  }, 60_000);

  it('is a component of /openapi.json that CorpusReport refers to', async () => {
    const doc = await document();
    expect(doc.components.schemas).toHaveProperty('Lens');
    expect(doc.components.schemas.CorpusReport).toMatchObject({ properties: { lens: { $ref: '#/components/schemas/Lens' } } });
    expect(doc.components.schemas.OmissionRow).toMatchObject({ properties: { kind: { enum: ['actor', 'place', 'number', 'concept'] } } });
  });
});
