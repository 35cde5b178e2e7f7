/** The HTTP API as a hono app: routes over the library operations, validation from zod schemas, one error handler. */
import { OpenAPIHono } from '@hono/zod-openapi';
import { SlantError } from '../core/errors.js';
import { createAnalyzer, type AnalyzeOptions, type Analyzer } from '../core/pipeline.js';
import { VERSION } from '../core/version.js';
import type { Pack } from '../packs/index.js';
import type { Store } from '../store/store.js';
import { inProcessAnalysis, type AnalysisService } from './analysis-service.js';
import type { ServerContext } from './context.js';
import { describeError, errorResponse, httpStatusFor, issuesMessage } from './errors.js';
import { registerAnalyzeRoutes } from './routes/analyze.js';
import { registerCompareRoutes } from './routes/compare.js';
import { registerDocumentRoutes } from './routes/documents.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerPackRoutes } from './routes/packs.js';
import { registerSearchRoutes } from './routes/search.js';
import { bearerToken, bodyLimits, originGuard, securityHeaders } from './security.js';
import { DEFAULT_WEB_DIR, mountStatic } from './static.js';

/** Default limit of JSON and text bodies: 5 MB. */
export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;
/** Default limit of multipart uploads: 20 MB, the size `slant add` accepts per file. */
export const DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export interface AppOptions {
  store: Store;
  /** Analyze on the server thread with this analyzer. */
  analyzer?: Analyzer | undefined;
  /** Or analyze through this service (a worker pool, see createWorkerPool); it wins over `analyzer`. */
  analysis?: AnalysisService | undefined;
  /** Options of the analyzer built when neither `analyzer` nor `analysis` is given (and of any fallback). */
  analyze?: AnalyzeOptions | undefined;
  /** Host names the server answers to (DNS-rebinding guard); default any. startServer sets the loopback names when bound to loopback. */
  allowedHosts?: readonly string[] | undefined;
  /** When set, every /api route requires `Authorization: Bearer TOKEN`. */
  token?: string | undefined;
  /** Largest JSON or text body, in bytes (default 5 MB). */
  maxBodyBytes?: number | undefined;
  /** Largest multipart upload, in bytes (default 20 MB). */
  maxUploadBytes?: number | undefined;
  /** Folder of the built web UI served at `/` (default web/dist of the package when it exists); false for none. */
  webDir?: string | false | undefined;
  /** Where internal errors are logged (default console.error). */
  log?: ((line: string) => void) | undefined;
  /** The terminology packs behind /api/packs (default: the compiled packs). */
  packs?: (() => readonly Pack[]) | undefined;
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value <= 0) throw new SlantError('SLANT_USAGE', `${name} must be a positive whole number of bytes, got ${String(value)}`);
  return value;
}

/**
 * Builds the API: every route under /api (JSON in and out, one zod schema per request that both
 * validates it and describes it in /openapi.json), the web UI or a small page at `/`, security
 * headers on every response, and one error handler that turns SlantError codes into statuses.
 * Test it without a socket with `app.request()`.
 *
 * @example
 * const app = createApp({ store: await openStore(':memory:'), analyzer: createAnalyzer() });
 * const res = await app.request('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text }) });
 */
export function createApp(options: AppOptions): OpenAPIHono {
  const analyzeOptions = options.analyze ?? {};
  const analysis = options.analysis ?? inProcessAnalysis(options.analyzer ?? createAnalyzer(analyzeOptions));
  const ctx: ServerContext = {
    store: options.store,
    analysis,
    analyzeOptions,
    limits: {
      json: positive(options.maxBodyBytes, DEFAULT_MAX_BODY_BYTES, 'maxBodyBytes'),
      upload: positive(options.maxUploadBytes, DEFAULT_MAX_UPLOAD_BYTES, 'maxUploadBytes'),
    },
  };
  const log = options.log ?? ((line: string) => console.error(line));

  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (result.success) return undefined;
      const where = result.target === 'json' ? 'JSON body' : result.target === 'form' ? 'form' : result.target === 'param' ? 'path' : result.target;
      return errorResponse(c, new SlantError('SLANT_USAGE', `invalid ${where}: ${issuesMessage(result.error.issues)}`));
    },
  });

  app.use('*', securityHeaders());
  app.use('*', originGuard(options.allowedHosts));
  if (options.token !== undefined) app.use('/api/*', bearerToken(options.token));
  app.use('/api/*', bodyLimits(ctx.limits));

  registerHealthRoutes(app, ctx);
  registerAnalyzeRoutes(app, ctx);
  registerDocumentRoutes(app, ctx);
  registerSearchRoutes(app, ctx);
  registerCompareRoutes(app, ctx);
  registerPackRoutes(app, options.packs);

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'Required on every /api route when the server was started with --token or SLANT_TOKEN',
  });
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'slant HTTP API',
      version: VERSION,
      description: 'Offline, explainable analysis of how news and opinion argue. Errors are `{"error": {"code", "message"}}` with a stable SLANT_* code; see docs/api.md.',
      license: { name: 'MIT' },
    },
  });

  mountStatic(app, options.webDir === false ? undefined : (options.webDir ?? DEFAULT_WEB_DIR));

  app.notFound((c) => errorResponse(c, new SlantError('SLANT_NOT_FOUND', `no route ${c.req.method} ${c.req.path}; the API is described at /openapi.json`)));
  app.onError((error, c) => {
    const { code } = describeError(error);
    // A client that went away mid-request is no server failure: its answer goes nowhere, unlogged.
    if (httpStatusFor(code) >= 500 && !c.req.raw.signal.aborted) log(`slant serve: ${c.req.method} ${c.req.path} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return errorResponse(c, error);
  });
  return app;
}
