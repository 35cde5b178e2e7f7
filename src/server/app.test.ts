/** The HTTP API in-process (app.request, no socket): each route's answer and its errors. */
import { describe, expect, it } from 'vitest';
import { analyzeStored } from '../ops/analyze.js';
import { buildDocumentsReport } from '../ops/report.js';
import { documentFromText } from './documents.js';
import type { Pack } from '../packs/index.js';
import { modelIds } from './routes/health.js';
import { errorOf, json, ruleAnalyzer, testApp, upload } from './test-helper.js';

const OPINION = 'Harbour talks stall\n\nThe so-called experts in Velmora were totally wrong! Why would anyone trust them again?';
const WIRE = 'Ferry service between Velmora and Ostrel resumed on Tuesday, the port authority said in a statement.';
const RIVAL = 'The Ostrel ministry called the Velmora regime a gang of thugs and demanded an apology.';

interface AnalyzeBody {
  document: { id: string; text: string; title?: string; source: string; side?: string };
  stored?: string;
  analyzer: { key: string };
  findings: Array<{ rule: string; start: number; end: number; text: string }>;
  signals: unknown[];
  summary: { words: number; findings: number };
}

describe('GET /api/health', () => {
  it('says ok, the version, the document count, the analyzer and its workers', async () => {
    const { app, store } = await testApp();
    await app.request('/api/documents', json({ text: WIRE }));
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 'ok', version: expect.stringMatching(/^\d+\.\d+\.\d+/), documents: 1, workers: 0 });
    // The rule pass runs no technique model.
    expect((body.models as Array<{ stage: string }>).map((m) => m.stage)).not.toContain('techniques');
    expect(body.resources).toEqual(ruleAnalyzer().info.resources);
    expect((body.analyzer as { key: string }).key).toBe(ruleAnalyzer().info.key);
    await store.close();
  });
});

describe('modelIds', () => {
  it('names the trained models among the stage versions, not version numbers or data hashes', () => {
    const resources = { lexicons: 'f7d5a47c48db', intensifiers: '1.0.0+1.0.0', techniques: '1.0.0+learned-e3e1643292b7', terminology: '1.0.0+96728a2381', genre: '2.0.0+genre-lr-1a2b3c4d' };
    expect(modelIds({ stages: ['nlp', 'intensifiers', 'techniques', 'terminology', 'genre'], resources })).toEqual([
      { stage: 'techniques', model: 'learned-e3e1643292b7' },
      { stage: 'genre', model: 'genre-lr-1a2b3c4d' },
    ]);
  });
});

describe('POST /api/analyze', () => {
  it('analyzes posted JSON text without storing it, with the same findings as the library', async () => {
    const { app, store } = await testApp();
    const res = await app.request('/api/analyze', json({ text: OPINION }));
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    const body = (await res.json()) as AnalyzeBody;
    expect(body.document.title).toBe('Harbour talks stall');
    expect(body.document.text).toBe(OPINION);
    expect(body.stored).toBeUndefined();
    const expected = ruleAnalyzer().analyze(OPINION);
    expect(body.findings).toEqual(JSON.parse(JSON.stringify(expected.findings)));
    expect(body.summary.words).toBe(expected.summary.words);
    const soCalled = body.findings.find((f) => f.rule === 'scare-quotes/so-called');
    expect(soCalled?.text).toBe('so-called experts');
    expect(body.document.text.slice(soCalled?.start, soCalled?.end)).toBe('so-called experts');
    expect(await store.countDocuments()).toBe(0);
    await store.close();
  });

  it('stores the document and its analysis when store is true, so the CLI finds the analysis cached', async () => {
    const { app, store } = await testApp();
    const res = await app.request('/api/analyze', json({ text: OPINION, side: 'velmora', tags: ['harbour'], store: true }));
    const body = (await res.json()) as AnalyzeBody;
    expect(body.stored).toBe('added');
    expect(body.document).toMatchObject({ side: 'velmora', source: 'api' });
    const again = (await (await app.request('/api/analyze', json({ text: OPINION, store: true }))).json()) as AnalyzeBody;
    expect(again.stored).toBe('duplicate');
    expect(again.findings).toEqual(body.findings);
    const events = [];
    for await (const event of analyzeStored(store, {}, { analyzer: ruleAnalyzer() })) events.push(event);
    expect(events.map((e) => [e.doc.id, e.cached])).toEqual([[body.document.id, true]]);
    await store.close();
  });

  it('analyzes an uploaded Markdown file through ingest (front matter becomes metadata)', async () => {
    const { app, store } = await testApp();
    const md = '---\ntitle: Velmora harbour\noutlet: Coast Post\n---\nThe so-called experts were wrong.\n';
    const res = await app.request('/api/analyze', upload([{ name: 'note.md', content: md }]));
    expect(res.status).toBe(200);
    const body = (await res.json()) as AnalyzeBody & { document: { outlet?: string } };
    expect(body.document).toMatchObject({ title: 'Velmora harbour', outlet: 'Coast Post', source: 'note.md', text: 'The so-called experts were wrong.' });
    expect(body.findings.map((f) => f.rule)).toContain('scare-quotes/so-called');
    await store.close();
  });

  it('takes a text/plain body', async () => {
    const { app, store } = await testApp();
    const res = await app.request('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: WIRE });
    expect(res.status).toBe(200);
    expect(((await res.json()) as AnalyzeBody).document.text).toBe(WIRE);
    await store.close();
  });

  it.each([
    ['malformed JSON', json('{"text": "unfinished'), 400, 'SLANT_USAGE', /not valid JSON/],
    ['a missing text', json({ title: 'No text' }), 400, 'SLANT_USAGE', /text/],
    ['an empty text', json({ text: '' }), 400, 'SLANT_USAGE', /text is empty/],
    ['whitespace only', json({ text: ' \n\t ' }), 400, 'SLANT_INPUT_EMPTY', /no text left/],
    ['a wrong field type', json({ text: WIRE, store: 'yes' }), 400, 'SLANT_USAGE', /store/],
    ['an unsupported media type', { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: 'a,b' }, 415, 'SLANT_INPUT_UNSUPPORTED', /application\/json/],
    ['no Content-Type', { method: 'POST' }, 415, 'SLANT_INPUT_UNSUPPORTED', /application\/json/],
    ['an upload without a file', upload([], { title: 'x' }), 400, 'SLANT_USAGE', /file/],
    ['a CSV upload', upload([{ name: 'rows.csv', content: 'text\nhello there\n' }]), 415, 'SLANT_INPUT_UNSUPPORTED', /POST \/api\/documents/],
    ['a binary upload', upload([{ name: 'scan.txt', content: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0, 1, 2]) }]), 400, 'SLANT_INPUT_BINARY', /scan\.txt: .*PDF/],
  ] as const)('refuses %s', async (_name, init, status, code, message) => {
    const { app, store } = await testApp();
    const res = await app.request('/api/analyze', init as RequestInit);
    const error = await errorOf(res);
    expect(error).toMatchObject({ status, code });
    expect(error.message).toMatch(message);
    await store.close();
  });
});

describe('/api/documents', () => {
  it('adds JSON documents one by one, reporting added, duplicate and failed', async () => {
    const { app, store } = await testApp();
    const res = await app.request('/api/documents', json([{ text: WIRE, side: 'wire', publishedAt: 'May 3, 2024' }, { text: WIRE }, { text: '\u0000\u0001 ' }]));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: Array<{ status: string; source: string; id?: string; error?: { code: string } }>; totals: Record<string, number> };
    expect(body.items.map((i) => [i.status, i.source])).toEqual([
      ['added', 'api#1'],
      ['duplicate', 'api#2'],
      ['failed', 'api#3'],
    ]);
    expect(body.items[2]?.error?.code).toBe('SLANT_INPUT_EMPTY');
    expect(body.totals).toEqual({ added: 1, duplicates: 1, nearDuplicates: 0, failed: 1 });
    const stored = await store.getDocument(body.items[0]?.id ?? '');
    expect(stored).toMatchObject({ side: 'wire', publishedAt: '2024-05-03', text: WIRE });
    await store.close();
  });

  it('adds uploaded files, each read by its format, with the form fields applied to all', async () => {
    const { app, store } = await testApp();
    const jsonl = `${JSON.stringify({ text: RIVAL, title: 'Ministry' })}\n${JSON.stringify({ title: 'No text here' })}\n`;
    const res = await app.request(
      '/api/documents',
      upload(
        [
          { name: 'wire.txt', content: WIRE },
          { name: 'batch.jsonl', content: jsonl },
        ],
        { side: 'ostrel', tags: 'ferry, harbour' },
      ),
    );
    const body = (await res.json()) as { items: Array<{ status: string; source: string; id?: string }> };
    expect(body.items.map((i) => [i.status, i.source])).toEqual([
      ['added', 'wire.txt'],
      ['added', 'batch.jsonl#1'],
      ['failed', 'batch.jsonl#2'],
    ]);
    const doc = await store.getDocument(body.items[1]?.id ?? '');
    expect(doc).toMatchObject({ title: 'Ministry', side: 'ostrel', tags: ['ferry', 'harbour'] });
    await store.close();
  });

  it('lists a filtered page without the texts, with the total', async () => {
    const { app, store } = await testApp();
    await app.request('/api/documents', json([{ text: WIRE, side: 'wire' }, { text: OPINION, side: 'velmora' }, { text: RIVAL, side: 'ostrel' }]));
    const page = (await (await app.request('/api/documents?limit=2&offset=1')).json()) as { total: number; documents: Array<Record<string, unknown>> };
    expect(page.total).toBe(3);
    expect(page.documents.map((d) => d.side)).toEqual(['velmora', 'ostrel']);
    expect(page.documents[0]).not.toHaveProperty('text');
    expect(page.documents[0]?.characters).toBe(OPINION.length);
    const filtered = (await (await app.request('/api/documents?side=wire')).json()) as { total: number; documents: unknown[] };
    expect(filtered.total).toBe(1);
    expect((await errorOf(await app.request('/api/documents?limit=0'))).code).toBe('SLANT_USAGE');
    expect((await errorOf(await app.request('/api/documents?limit=many'))).status).toBe(400);
    await store.close();
  });

  it('gets a document by id or prefix with its text; unknown ids are 404, short prefixes 400', async () => {
    const { app, store } = await testApp();
    const added = (await (await app.request('/api/documents', json({ text: WIRE, title: 'Ferry' }))).json()) as { items: Array<{ id: string }> };
    const id = added.items[0]?.id ?? '';
    const byPrefix = (await (await app.request(`/api/documents/${id.slice(0, 6)}`)).json()) as Record<string, unknown>;
    expect(byPrefix).toMatchObject({ id, title: 'Ferry', text: WIRE, characters: WIRE.length });
    expect(await errorOf(await app.request('/api/documents/ffffffffffffffff'))).toMatchObject({ status: 404, code: 'SLANT_NOT_FOUND' });
    expect(await errorOf(await app.request('/api/documents/abc'))).toMatchObject({ status: 400, code: 'SLANT_USAGE' });
    await store.close();
  });

  it('analyzes a stored document once and reuses the stored analysis after', async () => {
    const { app, store } = await testApp();
    const added = (await (await app.request('/api/documents', json({ text: OPINION }))).json()) as { items: Array<{ id: string }> };
    const id = added.items[0]?.id ?? '';
    const first = (await (await app.request(`/api/documents/${id}/analysis`)).json()) as { cached: boolean; findings: unknown[]; summary: Record<string, unknown> };
    const second = (await (await app.request(`/api/documents/${id}/analysis`)).json()) as { cached: boolean; findings: unknown[] };
    expect([first.cached, second.cached]).toEqual([false, true]);
    expect(second.findings).toEqual(first.findings);
    expect(first.summary).toMatchObject({ language: 'eng', findings: first.findings.length });
    expect((await errorOf(await app.request('/api/documents/ffffffffffffffff/analysis'))).status).toBe(404);
    await store.close();
  });

  it('deletes a document with its analyses and search entry', async () => {
    const { app, store } = await testApp();
    const added = (await (await app.request('/api/documents', json([{ text: WIRE }, { text: RIVAL }]))).json()) as { items: Array<{ id: string }> };
    const [wire, rival] = added.items.map((i) => i.id);
    await app.request(`/api/documents/${wire}/analysis`);
    const res = await app.request(`/api/documents/${wire}`, { method: 'DELETE' });
    expect(await res.json()).toEqual({ deleted: wire });
    expect((await app.request(`/api/documents/${wire}`)).status).toBe(404);
    expect(await store.getAnalysis(wire ?? '', ruleAnalyzer().info.key)).toBeUndefined();
    const hits = (await (await app.request('/api/search?q=Velmora')).json()) as { hits: Array<{ id: string }> };
    expect(hits.hits.map((h) => h.id)).toEqual([rival]);
    expect((await app.request(`/api/documents/${wire}`, { method: 'DELETE' })).status).toBe(404);
    await store.close();
  });
});

describe('GET /api/search', () => {
  it('finds documents with the matched words marked, filtered by side', async () => {
    const { app, store } = await testApp();
    await app.request('/api/documents', json([{ text: WIRE, side: 'wire' }, { text: RIVAL, side: 'ostrel' }]));
    const body = (await (await app.request('/api/search?q=ferry')).json()) as { query: string; hits: Array<{ snippet: string }> };
    expect(body.query).toBe('ferry');
    expect(body.hits).toHaveLength(1);
    expect(body.hits[0]?.snippet).toContain('«Ferry»');
    const none = (await (await app.request('/api/search?q=Velmora&side=nobody')).json()) as { hits: unknown[] };
    expect(none.hits).toEqual([]);
    expect(await errorOf(await app.request('/api/search?q=%20'))).toMatchObject({ status: 400, code: 'SLANT_USAGE' });
    expect((await errorOf(await app.request('/api/search'))).message).toMatch(/q/);
    await store.close();
  });
});

describe('/api/compare', () => {
  async function corpus() {
    const t = await testApp();
    const body = (await (
      await t.app.request(
        '/api/documents',
        json([
          { text: OPINION, side: 'velmora', title: 'Velmora view' },
          { text: RIVAL, side: 'ostrel', title: 'Ostrel view' },
          { text: WIRE },
        ]),
      )
    ).json()) as { items: Array<{ id: string }> };
    return { ...t, ids: body.items.map((i) => i.id) };
  }

  it('compares stored documents by side, analyzing them first', async () => {
    const { app, store } = await corpus();
    const res = await app.request('/api/compare', json({ by: 'side', top: 5 }));
    expect(res.status).toBe(200);
    const report = (await res.json()) as { groupedBy: string; groups: Array<{ name: string; documents: number }>; ungrouped: number; analyzer: { key: string } };
    expect(report.groupedBy).toBe('side');
    expect(report.groups.map((g) => [g.name, g.documents])).toEqual([
      ['ostrel', 1],
      ['velmora', 1],
    ]);
    expect(report.ungrouped).toBe(1);
    expect(report.analyzer.key).toBe(ruleAnalyzer().info.key);
    await store.close();
  });

  it('compares two stored documents, each its own group in request order', async () => {
    const { app, store, ids } = await corpus();
    const report = (await (await app.request('/api/compare', json({ documents: [ids[1], ids[0]] }))).json()) as { groupedBy: string; groups: Array<{ name: string }> };
    expect(report.groupedBy).toBe('documents');
    expect(report.groups.map((g) => g.name)).toEqual(['A · Ostrel view', 'B · Velmora view']);
    expect(await errorOf(await app.request('/api/compare', json({ documents: [ids[0], 'ffffffffffffffff'] })))).toMatchObject({ status: 404, code: 'SLANT_NOT_FOUND' });
    expect((await errorOf(await app.request('/api/compare', json({ documents: [ids[0], ids[0]] })))).message).toMatch(/given twice/);
    await store.close();
  });

  it('compares two posted texts without storing them', async () => {
    const { app, store } = await testApp();
    const report = (await (await app.request('/api/compare', json({ texts: [{ text: OPINION }, { text: RIVAL, title: 'Rival' }] }))).json()) as {
      groups: Array<{ name: string; documents: number }>;
      documents: Array<{ byDetector: Record<string, number> }>;
    };
    expect(report.groups.map((g) => g.name)).toEqual(['A · Harbour talks stall', 'B · Rival']);
    expect(report.documents[0]?.byDetector).toEqual(ruleAnalyzer().analyze(OPINION).summary.byDetector);
    expect(await store.countDocuments()).toBe(0);
    await store.close();
  });

  it.each([
    ['two ways at once', { by: 'side', texts: [{ text: 'a' }, { text: 'b' }] }, /exactly one/],
    ['nothing to compare', {}, /exactly one/],
    ['a single text', { texts: [{ text: OPINION }] }, /texts/],
    ['an unknown field', { by: 'colour' }, /by/],
  ])('refuses %s', async (_name, body, message) => {
    const { app, store } = await testApp();
    const error = await errorOf(await app.request('/api/compare', json(body)));
    expect(error).toMatchObject({ status: 400, code: 'SLANT_USAGE' });
    expect(error.message).toMatch(message);
    await store.close();
  });

  it('needs two groups when comparing documents one by one (the library operation)', async () => {
    const doc = (text: string) => documentFromText(text, {});
    await expect(buildDocumentsReport([{ group: 'same', doc: doc(WIRE) }, { group: 'same', doc: doc(RIVAL) }], { analyzer: ruleAnalyzer() })).rejects.toMatchObject({
      code: 'SLANT_USAGE',
      message: expect.stringMatching(/two different groups/),
    });
    const report = await buildDocumentsReport([{ group: 'a', doc: doc(WIRE) }, { group: 'b', doc: doc(RIVAL) }], { analyzer: ruleAnalyzer() });
    expect([report.groupedBy, report.title, report.groups.map((g) => g.name)]).toEqual(['documents', 'How the documents differ', ['a', 'b']]);
  });

  it('says why when there is only one group', async () => {
    const { app, store } = await testApp();
    await app.request('/api/documents', json({ text: WIRE, side: 'wire' }));
    expect((await errorOf(await app.request('/api/compare', json({ by: 'side' })))).message).toMatch(/only one group \(wire\)/);
    await store.close();
  });

  it('exports the report as HTML and Markdown', async () => {
    const { app, store, ids } = await corpus();
    const html = await app.request('/api/compare.html?by=side');
    expect(html.status).toBe(200);
    expect(html.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(html.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    expect(await html.text()).toContain('<h1>How the sides differ</h1>');
    const md = await app.request(`/api/compare.md?documents=${ids[0]},${ids[1]}`);
    expect(md.headers.get('Content-Type')).toBe('text/markdown; charset=utf-8');
    expect(await md.text()).toMatch(/^# How the documents differ/);
    expect((await errorOf(await app.request('/api/compare.md?by=side&documents=a,b'))).message).toMatch(/not both/);
    await store.close();
  });
});

describe('/api/packs', () => {
  const pack: Pack = {
    id: 'velmora-ostrel',
    title: 'Velmora–Ostrel harbour dispute',
    description: 'An invented dispute for tests.',
    version: '1.0.0',
    sources: [],
    sides: [
      { id: 'velmora', name: 'Velmoran', description: 'Velmora' },
      { id: 'ostrel', name: 'Ostrelian', description: 'Ostrel' },
    ],
    actors: [],
    concepts: [
      {
        id: 'harbour',
        label: 'the harbour',
        kind: 'place',
        variants: [
          { term: 'Free Harbour', rule: 'free-harbour', forms: [], match: 'phrase', side: 'velmora', weight: 0.8, anchor: true, source: 'test' },
          { term: 'the harbour', rule: 'the-harbour', forms: [], match: 'phrase', side: 'neutral', weight: 0, anchor: true, source: 'test' },
        ],
      },
    ],
    ignore: [],
  } as unknown as Pack;

  it('lists the packs with their counts and gives one in full', async () => {
    const { app, store } = await testApp({ packs: () => [pack] });
    const list = (await (await app.request('/api/packs')).json()) as { packs: Array<Record<string, unknown>> };
    expect(list.packs).toEqual([
      {
        id: 'velmora-ostrel',
        title: 'Velmora–Ostrel harbour dispute',
        description: 'An invented dispute for tests.',
        version: '1.0.0',
        sides: pack.sides,
        concepts: 1,
        variants: 2,
        actors: 0,
      },
    ]);
    expect(await (await app.request('/api/packs/velmora-ostrel')).json()).toEqual(pack);
    expect(await errorOf(await app.request('/api/packs/nowhere'))).toMatchObject({ status: 404, code: 'SLANT_NOT_FOUND' });
    await store.close();
  });
});

describe('unknown routes', () => {
  it('answers 404 in the API error shape', async () => {
    const { app, store } = await testApp();
    const error = await errorOf(await app.request('/api/nothing-here'));
    expect(error).toMatchObject({ status: 404, code: 'SLANT_NOT_FOUND' });
    expect(error.message).toContain('/openapi.json');
    expect((await app.request('/api/health', { method: 'POST' })).status).toBe(404);
    await store.close();
  });
});
