/** `slant serve`: the HTTP API (and the web UI when built) on this machine, until interrupted. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SlantError } from '../../core/errors.js';
import type { RunningServer } from '../../server/index.js';
import type { CommandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';

export interface ServeCommandOptions {
  port?: number | undefined;
  host?: string | undefined;
  token?: string | undefined;
  workers?: number | undefined;
  maxBody?: number | undefined;
  maxUpload?: number | undefined;
  /** Stops the server when aborted (default: SIGINT or SIGTERM). */
  stop?: AbortSignal | undefined;
  /** Called once the server listens (tests use it to reach the server). */
  onListening?: ((server: RunningServer) => void) | undefined;
}

/** Resolves when SIGINT or SIGTERM arrives (and removes its listeners). */
function untilSignal(): AbortSignal {
  const controller = new AbortController();
  const stop = (): void => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    controller.abort();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return controller.signal;
}

/**
 * Starts the API on 127.0.0.1:8484 (or `--host`/`--port`) over the database, prints where, and
 * serves until interrupted. The token comes from `--token` or `SLANT_TOKEN`; binding to another
 * address without one prints a warning, since anyone who can reach the port could then read and
 * change the database.
 */
export async function serveCommand(ctx: CommandContext, options: ServeCommandOptions): Promise<number> {
  // Loaded here, not at the top: the other commands need not pay for loading hono.
  const { DEFAULT_HOST, DEFAULT_PORT, isLoopback, startServer } = await import('../../server/index.js');
  const { io } = ctx;
  const token = options.token ?? (io.env.SLANT_TOKEN === '' ? undefined : io.env.SLANT_TOKEN);
  const host = options.host ?? DEFAULT_HOST;
  if (options.token === '') throw new SlantError('SLANT_USAGE', 'the token is empty; give a non-empty --token, or none');
  const server = await startServer({
    db: ctx.dbPath,
    host,
    port: options.port ?? DEFAULT_PORT,
    token,
    workers: options.workers,
    maxBodyBytes: options.maxBody,
    maxUploadBytes: options.maxUpload,
  });
  const threads = server.workers === 0 ? 'analyzing on the server thread' : `${server.workers} analysis worker${server.workers === 1 ? '' : 's'}`;
  io.out(`slant API listening on ${server.url} (${threads}; database ${ctx.dbPath})\n`);
  const { DEFAULT_WEB_DIR } = await import('../../server/static.js');
  if (existsSync(join(DEFAULT_WEB_DIR, 'index.html'))) io.out(`Web UI: open ${server.url}/ in a browser\n`);
  io.out(`API description: ${server.url}/openapi.json${token === undefined ? '' : '; every /api route needs Authorization: Bearer <token>'}\n`);
  if (!isLoopback(host) && token === undefined) {
    io.err(`warning: listening on ${host} without a token: anyone who can reach this port can read, add and delete documents; set --token or SLANT_TOKEN\n`);
  }
  options.onListening?.(server);
  const stop = options.stop ?? untilSignal();
  if (!stop.aborted) await new Promise<void>((resolve) => stop.addEventListener('abort', () => resolve(), { once: true }));
  await server.close();
  io.err('slant API stopped\n');
  return EXIT.ok;
}
