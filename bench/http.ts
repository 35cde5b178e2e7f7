/**
 * The HTTP API under load: 20 connections post a ~1,000-word generated article to /api/analyze for
 * ~10 s against a server with its worker pool, in this process. Reports latency percentiles,
 * requests per second and errors, beside the floor measured in the same run: one article analyzed
 * on this thread, which bounds what any number of connections can get from the cores.
 *
 * Run alone: `node --import tsx bench/http.ts [--connections=20] [--duration=10] [--workers=N] [--inprocess]`
 * (`--inprocess` adds the same load against a server analyzing on its own thread, for contrast).
 */
import autocannon, { type Result } from 'autocannon';
import { availableParallelism } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '../src/core/pipeline.js';
import { startServer } from '../src/server/index.js';
import { generateCorpus } from './corpus.js';

export interface HttpBenchOptions {
  connections?: number;
  duration?: number;
  /** Analysis threads (0: on the server thread); default one per available core. */
  workers?: number;
  words?: number;
}

export interface HttpBenchResult {
  workers: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  /** Worst delay of the server's event loop during the load, ms. */
  loopDelayMax: number;
  /** Median and worst time of GET /api/health asked every 250 ms during the load, ms. */
  healthP50: number;
  healthMax: number;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

/** Best and median time of analyzing `text` on this thread (after warming up). */
export function singleArticleMs(text: string, runs = 20): { best: number; median: number } {
  const analyzer = createAnalyzer();
  for (let i = 0; i < 5; i += 1) analyzer.analyze(text);
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    analyzer.analyze(text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { best: times[0] ?? NaN, median: percentile(times, 50) };
}

/** Starts a server on port 0, loads it with autocannon, and stops it. */
export async function loadServer(text: string, options: HttpBenchOptions = {}): Promise<HttpBenchResult> {
  const connections = options.connections ?? 20;
  const duration = options.duration ?? 10;
  const server = await startServer({ db: ':memory:', port: 0, workers: options.workers ?? availableParallelism(), webDir: false });
  const body = JSON.stringify({ text });
  const url = `${server.url}/api/analyze`;
  const headers = { 'Content-Type': 'application/json' };
  try {
    // Warm every worker's JIT before measuring.
    await Promise.all(Array.from({ length: Math.max(2, server.workers) * 3 }, () => fetch(url, { method: 'POST', headers, body }).then((r) => r.arrayBuffer())));
    const latencies: number[] = [];
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    // A side probe: how long a cheap request waits while analyses are queued.
    const health: number[] = [];
    let probing = true;
    const probe = (async () => {
      while (probing) {
        const t0 = performance.now();
        await fetch(`${server.url}/api/health`).then((r) => r.arrayBuffer());
        health.push(performance.now() - t0);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    })();
    const result = await new Promise<Result>((resolve, reject) => {
      const instance = autocannon({ url, method: 'POST', headers, body, connections, duration, timeout: 30 }, (error, r) => (error ? reject(error) : resolve(r)));
      instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
    });
    probing = false;
    await probe;
    loop.disable();
    latencies.sort((a, b) => a - b);
    health.sort((a, b) => a - b);
    return {
      workers: server.workers,
      requests: result['2xx'],
      requestsPerSecond: result['2xx'] / result.duration,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      max: latencies.at(-1) ?? NaN,
      errors: result.errors + result.timeouts + result.non2xx,
      loopDelayMax: loop.max / 1e6,
      healthP50: percentile(health, 50),
      healthMax: health.at(-1) ?? NaN,
    };
  } finally {
    await server.close();
  }
}

/** Runs the bench and prints it; the goal is p95 < 200 ms. */
export async function runHttpBench(options: HttpBenchOptions & { inprocess?: boolean } = {}): Promise<void> {
  const examples = fileURLToPath(new URL('../examples/', import.meta.url));
  const text = generateCorpus(examples, 1, options.words ?? 1000, 7)[0] ?? '';
  const words = text.split(/\s+/).length;
  const floor = singleArticleMs(text);
  const cores = availableParallelism();
  console.log(`HTTP API: POST /api/analyze of one generated ${words}-word article, ${options.connections ?? 20} connections for ${options.duration ?? 10} s, server in this process on ${cores} cores`);
  console.log(`floor: the same article analyzed on one thread: best ${floor.best.toFixed(1)} ms, median ${floor.median.toFixed(1)} ms`);
  const runs: HttpBenchResult[] = [await loadServer(text, options)];
  if (options.inprocess === true) runs.push(await loadServer(text, { ...options, workers: 0 }));
  for (const r of runs) {
    const ideal = (Math.max(1, r.workers) / floor.median) * 1000;
    console.log(
      `${r.workers === 0 ? 'analysis on the server thread' : `${r.workers} analysis workers`}: ` +
        `${r.requestsPerSecond.toFixed(1)} requests/s (${r.requests} answered, ${r.errors} errors), ` +
        `latency p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms, p99 ${r.p99.toFixed(0)} ms, max ${r.max.toFixed(0)} ms; ` +
        `server event loop delayed at most ${r.loopDelayMax.toFixed(0)} ms; GET /api/health meanwhile p50 ${r.healthP50.toFixed(0)} ms, max ${r.healthMax.toFixed(0)} ms`,
    );
    console.log(
      `  throughput / floor (${Math.max(1, r.workers)} × 1 article per ${floor.median.toFixed(1)} ms = ${ideal.toFixed(1)}/s): ${(r.requestsPerSecond / ideal).toFixed(2)}; ` +
        `p50 / single-article time: ${(r.p50 / floor.median).toFixed(1)}; goal p95 < 200 ms: ${r.p95 < 200 ? 'met' : `NOT met (${(r.p95 / 200).toFixed(1)}× over)`}`,
    );
  }
}

if (process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const args = new Map<string, string>();
  for (const arg of process.argv.slice(2)) {
    const [k, v] = arg.replace(/^--/, '').split('=');
    if (k) args.set(k, v ?? 'true');
  }
  const num = (k: string): number | undefined => (args.has(k) ? Number(args.get(k)) : undefined);
  await runHttpBench({ connections: num('connections'), duration: num('duration'), workers: num('workers'), words: num('words'), inprocess: args.has('inprocess') });
}
