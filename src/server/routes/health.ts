/** `GET /api/health`: whether the server is up, what it runs, and how many documents it holds. */
import { createRoute } from '@hono/zod-openapi';
import type { AnalyzerInfo } from '../../store/store.js';
import { VERSION } from '../../core/version.js';
import { analyzerRecord, SECURITY, type RouteApp, type ServerContext } from '../context.js';
import { errorResponses, HealthSchema } from '../schemas.js';

/** A trained model's id inside a stage version: a name, then a hash of its weights (`learned-e3e1643292b7`, `genre-lr-1a2b3c`). */
const MODEL_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*-[0-9a-f]{6,}$/;

/**
 * The trained models an analyzer runs: the parts of a stage's version that name a model
 * (`techniques: 1.0.0+learned-e3e1643292b7` → `learned-e3e1643292b7`), leaving out version numbers
 * and bare data hashes (`terminology: 1.0.0+96728a2381`).
 *
 * @example
 * modelIds({ resources: { techniques: '1.0.0+learned-e3e1' } } as AnalyzerInfo); // [{ stage: 'techniques', model: 'learned-e3e1' }]
 */
export function modelIds(info: Pick<AnalyzerInfo, 'resources' | 'stages'>): Array<{ stage: string; model: string }> {
  const out: Array<{ stage: string; model: string }> = [];
  for (const stage of info.stages) {
    for (const part of (info.resources[stage] ?? '').split('+')) if (MODEL_ID.test(part)) out.push({ stage, model: part });
  }
  return out;
}

const route = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['meta'],
  summary: 'Server status, version, document count and models',
  security: SECURITY,
  responses: { 200: { description: 'The server is up', content: { 'application/json': { schema: HealthSchema } } }, ...errorResponses() },
});

export function registerHealthRoutes(app: RouteApp, ctx: ServerContext): void {
  app.openapi(route, async (c) =>
    c.json(
      {
        status: 'ok' as const,
        version: VERSION,
        documents: await ctx.store.countDocuments(),
        analyzer: analyzerRecord(ctx.analysis.info),
        models: modelIds(ctx.analysis.info),
        resources: ctx.analysis.info.resources,
        workers: ctx.analysis.workers,
      },
      200,
    ),
  );
}
