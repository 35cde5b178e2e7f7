/** `GET /api/packs` and `GET /api/packs/{id}`: the conflict terminology packs the analyzer knows. */
import { createRoute, z } from '@hono/zod-openapi';
import { SlantError } from '../../core/errors.js';
import { loadPacks, packCounts, type Pack } from '../../packs/index.js';
import { SECURITY, type RouteApp } from '../context.js';
import { errorResponses, PackParamSchema, PackSchema, PackSummarySchema } from '../schemas.js';

const list = createRoute({
  method: 'get',
  path: '/api/packs',
  tags: ['packs'],
  summary: 'The terminology packs: sides, and how many concepts, variants and actors each records',
  security: SECURITY,
  responses: {
    200: { description: 'The packs', content: { 'application/json': { schema: z.object({ packs: z.array(PackSummarySchema) }).openapi('PackList') } } },
    ...errorResponses(),
  },
});

const one = createRoute({
  method: 'get',
  path: '/api/packs/{id}',
  tags: ['packs'],
  summary: 'One pack in full: sources, sides, actors, concepts with their variants',
  security: SECURITY,
  request: { params: PackParamSchema },
  responses: { 200: { description: 'The pack', content: { 'application/json': { schema: PackSchema } } }, ...errorResponses(404) },
});

/** A pack as listed. */
export function packSummary(pack: Pack): z.infer<typeof PackSummarySchema> {
  const counts = packCounts(pack);
  return {
    id: pack.id,
    title: pack.title,
    description: pack.description,
    version: pack.version,
    sides: pack.sides.map((s) => ({ id: s.id, name: s.name, description: s.description })),
    concepts: counts.concepts,
    variants: counts.variants,
    actors: counts.actors,
  };
}

/** Registers the pack routes; `packs` loads them (default: the compiled packs shipped with slant). */
export function registerPackRoutes(app: RouteApp, packs: () => readonly Pack[] = () => loadPacks()): void {
  app.openapi(list, (c) => c.json({ packs: packs().map(packSummary) }, 200));
  app.openapi(one, (c) => {
    const { id } = c.req.valid('param');
    const pack = packs().find((p) => p.id === id);
    if (pack === undefined) throw new SlantError('SLANT_NOT_FOUND', `no pack with id ${id}; list them with GET /api/packs`);
    return c.json(pack, 200);
  });
}
