/** `GET /api/search`: full-text search over stored documents. */
import { createRoute } from '@hono/zod-openapi';
import { SECURITY, type RouteApp, type ServerContext } from '../context.js';
import { errorResponses, SearchQuerySchema, SearchResponseSchema } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/api/search',
  tags: ['documents'],
  summary: 'Full-text search (SQLite FTS5 syntax), best match first',
  description: 'A query FTS5 cannot parse is retried as plain words. Snippets mark the matched terms with « and ».',
  security: SECURITY,
  request: { query: SearchQuerySchema },
  responses: { 200: { description: 'The hits', content: { 'application/json': { schema: SearchResponseSchema } } }, ...errorResponses(400) },
});

export function registerSearchRoutes(app: RouteApp, ctx: ServerContext): void {
  app.openapi(route, async (c) => {
    const q = c.req.valid('query');
    const hits = await ctx.store.search(q.q, { limit: q.limit, filter: { side: q.side } });
    return c.json({ query: q.q, hits }, 200);
  });
}
