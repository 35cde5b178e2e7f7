/** What keeps the API safe: the token, response headers, body limits, hostile HTML, and what `/` serves. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { REPORT_CSP, UI_CSP } from './security.js';
import { errorOf, json, testApp, upload } from './test-helper.js';

const TEXT = 'The ferry to Ostrel sails at noon, the harbour office said.';

describe('bearer token', () => {
  it.each([
    ['no Authorization header', undefined, /requires a token/],
    ['a wrong token', 'Bearer s3cres', /wrong or malformed/],
    ['another scheme', 'Basic czNjcmV0', /wrong or malformed/],
    ['an empty bearer', 'Bearer ', /wrong or malformed/],
  ])('refuses %s with 401 on every /api route', async (_name, header, message) => {
    const { app, store } = await testApp({ token: 's3cret' });
    const headers: Record<string, string> = header === undefined ? {} : { Authorization: header };
    for (const [path, init] of [
      ['/api/health', { headers }],
      ['/api/analyze', json({ text: TEXT }, 'POST', headers)],
      ['/api/documents/abcd', { method: 'DELETE', headers }],
    ] as const) {
      const res = await app.request(path, init);
      expect(res.headers.get('WWW-Authenticate')).toBe('Bearer realm="slant"');
      const error = await errorOf(res);
      expect(error).toMatchObject({ status: 401, code: 'SLANT_UNAUTHORIZED' });
      expect(error.message).toMatch(message);
    }
    expect(await store.countDocuments()).toBe(0);
    await store.close();
  });

  it('lets the right token through (the scheme in any case) and leaves /openapi.json and / open', async () => {
    const { app, store } = await testApp({ token: 's3cret' });
    expect((await app.request('/api/health', { headers: { Authorization: 'Bearer s3cret' } })).status).toBe(200);
    expect((await app.request('/api/health', { headers: { Authorization: 'bearer s3cret' } })).status).toBe(200);
    expect((await app.request('/openapi.json')).status).toBe(200);
    expect((await app.request('/')).status).toBe(200);
    await store.close();
  });

  it('refuses an empty token when the app is built', async () => {
    await expect(testApp({ token: '' })).rejects.toMatchObject({ code: 'SLANT_USAGE' });
  });
});

describe('security headers', () => {
  it('are on every response, with no CORS header, and API responses are not cached', async () => {
    const { app, store } = await testApp();
    for (const [path, init] of [
      ['/api/health', {}],
      ['/api/documents/ffffffffffffffff', {}],
      ['/api/analyze', json('{oops')],
      ['/', {}],
      ['/openapi.json', {}],
    ] as const) {
      const res = await app.request(path, { ...init, headers: { ...(init as RequestInit).headers, Origin: 'https://elsewhere.example' } });
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(res.headers.get('X-Frame-Options')).toBe('DENY');
      expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
      expect(res.headers.get('Content-Security-Policy')).toMatch(/default-src 'none'/);
      expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull();
      if (path.startsWith('/api/')) expect(res.headers.get('Cache-Control')).toBe('no-store');
    }
    expect((await app.request('/')).headers.get('Content-Security-Policy')).toBe(REPORT_CSP);
    await store.close();
  });
});

describe('body limits', () => {
  it('refuses a body whose Content-Length is over the limit with 413, before reading it', async () => {
    const { app, store } = await testApp({ maxBodyBytes: 1000 });
    const error = await errorOf(await app.request('/api/analyze', json({ text: 'word '.repeat(400) })));
    expect(error).toMatchObject({ status: 413, code: 'SLANT_INPUT_TOO_LARGE' });
    expect(error.message).toMatch(/1000 bytes limit.*--max-body/);
    expect((await app.request('/api/analyze', json({ text: 'word '.repeat(100) }))).status).toBe(200);
    await store.close();
  });

  it('stops reading a streamed body without Content-Length as soon as it passes the limit', async () => {
    const { app, store } = await testApp({ maxBodyBytes: 64 * 1024 });
    let pulled = 0;
    // An endless body: only a limit enforced while streaming can answer it.
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new TextEncoder().encode(`{"text": "${'x'.repeat(8 * 1024)}`));
      },
    });
    const res = await app.request('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: endless, duplex: 'half' } as RequestInit);
    expect(await errorOf(res)).toMatchObject({ status: 413, code: 'SLANT_INPUT_TOO_LARGE' });
    expect(pulled).toBeLessThan(20);
    await store.close();
  });

  it('gives uploads their own limit', async () => {
    const { app, store } = await testApp({ maxBodyBytes: 100_000, maxUploadBytes: 2000 });
    const big = upload([{ name: 'long.txt', content: `${TEXT} `.repeat(60) }]);
    const error = await errorOf(await app.request('/api/documents', big));
    expect(error).toMatchObject({ status: 413, code: 'SLANT_INPUT_TOO_LARGE' });
    expect(error.message).toMatch(/upload.*--max-upload/);
    expect((await app.request('/api/documents', upload([{ name: 'short.txt', content: TEXT }]))).status).toBe(200);
    await store.close();
  });
});

describe('hostile HTML', () => {
  const HOSTILE = `<!doctype html><html><head><title>Harbour &amp; ferry</title><script>alert('head')</script>
<meta property="og:title" content="Harbour reopens <script>alert(3)</script>"></head>
<body onload="steal()"><nav><a href="/">Home</a></nav><article><h1>Harbour reopens</h1>
<p onclick="steal()">The harbour at Velmora reopened on Monday after <a href="javascript:alert(1)">three weeks of repairs</a>, officials said.</p>
<img src="x" onerror="alert(2)"><script>document.cookie</script>
<p>Critics called the so-called blockade a farce. <iframe src="https://tracker.example/"></iframe><style>p{color:red}</style>Ferries run again from Tuesday, the port authority said in a statement on its website.</p>
</article></body></html>`;

  it('comes back as plain text, with nothing executable in the document', async () => {
    const { app, store } = await testApp();
    const res = await app.request('/api/analyze', upload([{ name: 'page.html', content: HOSTILE, type: 'text/html' }], { store: 'true' }));
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    const body = (await res.json()) as { document: { id: string; text: string; title: string } };
    expect(body.document.text).toContain('The harbour at Velmora reopened on Monday after three weeks of repairs, officials said.');
    expect(body.document.text).toContain('Critics called the so-called blockade a farce.');
    for (const bad of ['<', 'alert', 'javascript:', 'onerror', 'onclick', 'document.cookie', 'steal', 'color:red', 'tracker']) {
      expect(body.document.text).not.toContain(bad);
    }
    await store.close();
  });

  it('is never reflected unescaped into a rendered report', async () => {
    const { app, store } = await testApp();
    const added = (await (
      await app.request(
        '/api/documents',
        json([
          { text: 'Velmora said <script>alert(1)</script> the harbour is open, <img src=x onerror=alert(2)>.', title: '<b onmouseover="x()">Velmora</b>' },
          { text: 'Ostrel said the harbour stays closed, a <a href="javascript:alert(3)">shameful</a> move.', title: 'Ostrel' },
        ]),
      )
    ).json()) as { items: Array<{ id: string }> };
    const [a, b] = added.items.map((i) => i.id);
    const res = await app.request(`/api/compare.html?documents=${a},${b}`);
    const html = await res.text();
    expect(res.status).toBe(200);
    // Parsed as a browser would: the hostile markup must exist only as text, never as elements or attributes.
    const { document } = parseHTML(html) as unknown as { document: { querySelectorAll(s: string): ArrayLike<{ tagName: string; attributes: ArrayLike<{ name: string; value: string }> }> } };
    expect(document.querySelectorAll('script, img, iframe, a, b')).toHaveLength(0);
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) {
        expect(attribute.name).not.toMatch(/^on/i);
        if (/^(href|src|action|formaction|xlink:href)$/i.test(attribute.name)) expect(attribute.value).not.toMatch(/javascript:/i);
      }
    }
    expect(html).toContain('&lt;b onmouseover=&quot;x()&quot;&gt;Velmora&lt;/b&gt;');
    expect(res.headers.get('Content-Security-Policy')).toBe(REPORT_CSP);
    await store.close();
  });
});

describe('what / serves', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('is a small page pointing at /openapi.json when no web UI is built', async () => {
    const { app, store } = await testApp({ webDir: join(tmpdir(), 'slant-no-such-web-dir') });
    const res = await app.request('/');
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    const page = await res.text();
    expect(page).toContain('href="/openapi.json"');
    expect(page).not.toContain('<script');
    expect((await errorOf(await app.request('/app.js'))).status).toBe(404);
    await store.close();
  });

  it('is the built web UI when web/dist is there, index.html for client routes, never shadowing /api', async () => {
    const root = mkdtempSync(join(tmpdir(), 'slant-web-'));
    dirs.push(root);
    const dir = join(root, 'dist');
    mkdirSync(join(dir, 'assets'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>slant UI</title><script src="/assets/app.js"></script>');
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1);');
    writeFileSync(join(root, 'secret.txt'), 'not for the web');
    const { app, store } = await testApp({ webDir: dir });
    const index = await app.request('/');
    expect(await index.text()).toContain('<title>slant UI</title>');
    expect(index.headers.get('Content-Security-Policy')).toBe(UI_CSP);
    const script = await app.request('/assets/app.js');
    expect(script.headers.get('Content-Type')).toMatch(/javascript/);
    expect(await script.text()).toBe('console.log(1);');
    expect(await (await app.request('/documents/1a2b')).text()).toContain('<title>slant UI</title>');
    expect((await app.request('/assets/missing.js')).status).toBe(404);
    expect((await app.request('/../secret.txt')).status).toBe(404);
    expect((await app.request('/%2e%2e/secret.txt')).status).toBe(404);
    expect((await errorOf(await app.request('/api/unknown'))).code).toBe('SLANT_NOT_FOUND');
    expect(((await (await app.request('/openapi.json')).json()) as { openapi: string }).openapi).toBe('3.1.0');
    await store.close();
  });
});

describe('requests from other sites', () => {
  it('refuses a host name outside the allowed ones (DNS rebinding) with 403', async () => {
    const { app, store } = await testApp({ allowedHosts: ['localhost', '127.0.0.1', '::1'] });
    expect((await app.request('/api/health', { headers: { Host: '127.0.0.1:8484' } })).status).toBe(200);
    expect((await app.request('/api/health', { headers: { Host: '[::1]:8484' } })).status).toBe(200);
    expect((await app.request('/api/health', { headers: { Host: 'LOCALHOST' } })).status).toBe(200);
    const error = await errorOf(await app.request('/api/documents', { headers: { Host: 'rebound.example:8484' } }));
    expect(error).toMatchObject({ status: 403, code: 'SLANT_FORBIDDEN' });
    expect(error.message).toMatch(/rebound\.example/);
    await store.close();
  });

  it('refuses changes sent by another origin’s page, and lets same-origin pages and scripts through', async () => {
    const { app, store } = await testApp();
    const from = (headers: Record<string, string>) => app.request('/api/documents', { ...upload([{ name: 'a.txt', content: TEXT }]), headers: { Host: '127.0.0.1:8484', ...headers } });
    expect(await errorOf(await from({ Origin: 'https://evil.example' }))).toMatchObject({ status: 403, code: 'SLANT_FORBIDDEN' });
    expect((await from({ Origin: 'null' })).status).toBe(403);
    expect((await from({ 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await app.request('/api/documents/abcd', { method: 'DELETE', headers: { Host: '127.0.0.1:8484', Origin: 'http://localhost:3000' } })).status).toBe(403);
    expect(await store.countDocuments()).toBe(0);
    expect((await from({ Origin: 'http://127.0.0.1:8484', 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
    expect((await from({})).status).toBe(200);
    expect((await app.request('/api/health', { headers: { Origin: 'https://evil.example' } })).status).toBe(200);
    await store.close();
  });
});
