/** Starting the API on a socket: open the store, start the analysis workers, listen; and stopping it all again. */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { SlantError } from '../core/errors.js';
import type { AnalyzeOptions } from '../core/pipeline.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/store.js';
import { createAnalyzer } from '../core/pipeline.js';
import { inProcessAnalysis, type AnalysisService } from './analysis-service.js';
import { createApp, type AppOptions } from './app.js';
import { createWorkerPool } from './worker-pool.js';

/** The port `slant serve` listens on unless told otherwise. */
export const DEFAULT_PORT = 8484;
/** Loopback only: the API is reachable from this machine alone unless a host is given. */
export const DEFAULT_HOST = '127.0.0.1';

export interface StartOptions extends Omit<AppOptions, 'store' | 'analysis' | 'analyzer'> {
  /** Port; 0 picks a free one (default 8484). */
  port?: number | undefined;
  /** Address to bind (default 127.0.0.1). */
  host?: string | undefined;
  /** SQLite database file (or `:memory:`), or an open store (left open on close). */
  db: string | Store;
  /** Analysis threads; 0 analyzes on the server thread (default: the cores available). */
  workers?: number | undefined;
}

export interface RunningServer {
  /** `http://host:port`, with the port actually bound. */
  url: string;
  host: string;
  port: number;
  /** Analysis threads running (0: on the server thread). */
  workers: number;
  server: Server;
  /** Stops accepting connections, ends open ones, stops the workers and closes the store (if it opened it). */
  close(): Promise<void>;
}

/** Whether an address only this machine can reach was asked for. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Starts the HTTP API: opens the store, starts a pool of analysis workers (each builds its
 * analyzer once, so this takes a second or two), and listens on `host:port` (127.0.0.1:8484 by
 * default). A request whose client goes away mid-upload or mid-analysis is dropped without
 * disturbing the others.
 *
 * @example
 * const server = await startServer({ db: 'slant.db', port: 0 });
 * console.log(server.url); // http://127.0.0.1:53211
 * await server.close();
 */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const port = options.port ?? DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new SlantError('SLANT_USAGE', `the port must be a whole number from 0 to 65535, got ${String(port)}`);
  const workers = options.workers;
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 0)) throw new SlantError('SLANT_USAGE', `workers must be 0 or more, got ${String(workers)}`);
  const ownsStore = typeof options.db === 'string';
  const store = typeof options.db === 'string' ? await openStore(options.db) : options.db;
  let analysis: AnalysisService | undefined;
  try {
    const analyze: AnalyzeOptions = options.analyze ?? {};
    analysis = workers === 0 ? inProcessAnalysis(createAnalyzer(analyze)) : await createWorkerPool({ size: workers, analyze });
    const log = options.log ?? ((line: string) => console.error(line));
    // Requests cut off by close() fail with "pool closed": expected then, so not logged.
    let closing = false;
    // Bound to loopback, the server answers only to loopback names, which defeats DNS rebinding.
    const allowedHosts = options.allowedHosts ?? (isLoopback(host) ? [...new Set(['localhost', '127.0.0.1', '::1', host])] : undefined);
    const app = createApp({ ...options, store, analysis, allowedHosts, log: (line) => closing || log(line) });
    const server = await listen(app.fetch, host, port);
    const bound = server.address() as AddressInfo;
    const shownHost = bound.family === 'IPv6' ? `[${bound.address}]` : bound.address;
    const service = analysis;
    return {
      url: `http://${shownHost}:${bound.port}`,
      host: bound.address,
      port: bound.port,
      workers: service.workers,
      server,
      async close(): Promise<void> {
        closing = true;
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await service.close();
        if (ownsStore) await store.close();
      },
    };
  } catch (error) {
    await analysis?.close();
    if (ownsStore) await store.close();
    throw error;
  }
}

/** Listens, turning a bind failure (port in use, address not available) into a SlantError that says what to do. */
function listen(fetch: (request: Request) => Response | Promise<Response>, host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, hostname: host, port }) as Server;
    const onError = (error: NodeJS.ErrnoException): void => {
      server.close();
      const advice =
        error.code === 'EADDRINUSE'
          ? `port ${port} is in use; stop what holds it or pick another with --port`
          : error.code === 'EADDRNOTAVAIL'
            ? `${host} is not an address of this machine; check --host`
            : error.code === 'EACCES'
              ? `not allowed to listen on port ${port}; use a port above 1023`
              : error.message;
      reject(new SlantError('SLANT_USAGE', `cannot listen on ${host}:${port}: ${advice}`, { cause: error }));
    };
    server.once('error', onError);
    server.once('listening', () => {
      server.off('error', onError);
      resolve(server);
    });
  });
}
