/** What `/` serves: the built web UI from web/dist when it is there, else a small page pointing at the API's description. */
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { VERSION } from '../core/version.js';
import { UI_CSP } from './security.js';

/** `web/dist/` of the package: two levels up from src/server/ and from dist/server/ alike. */
export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** The page `/` shows when no web UI is built: what this is and where the API is described. */
export function fallbackPage(): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>slant API</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#222}code{background:#f3f3f3;padding:0 .2rem}</style></head>
<body>
<h1>slant ${VERSION}</h1>
<p>This is slant's HTTP API. It is described in <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1); <a href="/api/health">/api/health</a> says whether it is up.</p>
<p>No web UI is built here: build it into <code>web/dist/</code> and restart <code>slant serve</code> to have it served on this page.</p>
</body>
</html>
`;
}

/**
 * Serves `dir` at `/` (index.html for `/` and for paths without an extension, so a single-page
 * app's client-side routes load) with the UI's Content-Security-Policy; without `dir`, `/` is the
 * fallback page. `/api/*` and `/openapi.json` are never shadowed.
 */
export function mountStatic(app: OpenAPIHono, dir: string | undefined): void {
  const usable = dir !== undefined && existsSync(dir) && statSync(dir).isDirectory();
  if (!usable) {
    app.get('/', (c) => c.html(fallbackPage()));
    return;
  }
  const files = serveStatic({ root: dir });
  const index = serveStatic({ root: dir, path: 'index.html' });
  const withPolicy = (res: Response): Response => {
    res.headers.set('Content-Security-Policy', UI_CSP);
    return res;
  };
  const none = async (): Promise<void> => {};
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/') || c.req.path === '/api' || c.req.path === '/openapi.json') return next();
    const found = await files(c, none);
    if (found instanceof Response) return withPolicy(found);
    const last = c.req.path.split('/').pop() ?? '';
    if (last.includes('.')) return next();
    const page = await index(c, none);
    return page instanceof Response ? withPolicy(page) : next();
  });
}
