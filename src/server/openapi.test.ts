/** /openapi.json: an OpenAPI 3.1 document generated from the route schemas, covering every route. */
import { describe, expect, it } from 'vitest';
import { testApp } from './test-helper.js';

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
