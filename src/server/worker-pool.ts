/** A pool of worker threads that analyze texts, so CPU-bound analyses use every core and the event loop stays free. */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { SlantError, type ErrorCode } from '../core/errors.js';
import type { AnalyzeOptions } from '../core/pipeline.js';
import type { AnalyzerInfo } from '../store/store.js';
import { aborted, type AnalysisResult, type AnalysisService } from './analysis-service.js';

/** A message to a worker. */
export interface WorkerRequest {
  id: number;
  text: string;
}

/** A message from a worker. */
export type WorkerReply =
  | { type: 'ready'; info: AnalyzerInfo }
  | { type: 'failed'; code: ErrorCode; message: string }
  | { type: 'result'; id: number; result: AnalysisResult }
  | { type: 'error'; id: number; code: ErrorCode; message: string };

export interface WorkerPoolOptions {
  /** Threads; default: the cores available to this process. */
  size?: number | undefined;
  /** Analyzer options every worker builds its analyzer with. */
  analyze?: AnalyzeOptions | undefined;
  /** The worker module (default: analysis-worker beside this file); tests swap in one that misbehaves. */
  entry?: URL | undefined;
}

interface Job {
  id: number;
  text: string;
  resolve(result: AnalysisResult): void;
  reject(error: Error): void;
  signal?: AbortSignal | undefined;
  onAbort?: (() => void) | undefined;
}

interface Slot {
  worker: Worker;
  job: Job | undefined;
}

/** The worker's module: the `.ts` source under tsx or vitest, the compiled `.js` once built. */
const DEFAULT_ENTRY = new URL(`./analysis-worker.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);

function spawn(options: AnalyzeOptions, entry: URL): Worker {
  const fromSource = entry.pathname.endsWith('.ts');
  if (!fromSource) return new Worker(entry, { workerData: { options } });
  // Loader hooks given with --import do not reach a worker started from a .ts file, so the worker
  // registers tsx itself before importing its module (only when running from source).
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true, workerData: { options } });
}

/** Waits for a fresh worker's analyzer: its info, or the reason it could not start. */
function ready(worker: Worker): Promise<AnalyzerInfo> {
  return new Promise((resolve, reject) => {
    const done = (): void => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (reply: WorkerReply): void => {
      done();
      if (reply.type === 'ready') resolve(reply.info);
      else if (reply.type === 'failed') reject(new SlantError(reply.code, `an analysis worker could not start: ${reply.message}`));
      else reject(new SlantError('SLANT_INTERNAL', `an analysis worker sent ${reply.type} before it was ready`));
    };
    const onError = (error: Error): void => {
      done();
      reject(new SlantError('SLANT_INTERNAL', `an analysis worker could not start: ${error.message}`, { cause: error }));
    };
    const onExit = (code: number): void => {
      done();
      reject(new SlantError('SLANT_INTERNAL', `an analysis worker exited (code ${code}) while starting`));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}

/**
 * Starts `size` worker threads, each building its analyzer once (loading lexicons and model weights
 * takes a second or two), and resolves when all are ready. Texts queue in arrival order and go to
 * the first idle worker. A queued analysis whose `signal` aborts (its client went away) is dropped
 * before it runs; a worker that crashes fails only the analysis it was running and is replaced.
 *
 * @example
 * const pool = await createWorkerPool({ size: 2 });
 * const { findings } = await pool.analyze(text);
 * await pool.close();
 */
export async function createWorkerPool(options: WorkerPoolOptions = {}): Promise<AnalysisService> {
  const size = options.size ?? availableParallelism();
  if (!Number.isInteger(size) || size < 1) throw new SlantError('SLANT_USAGE', `a worker pool needs at least one worker, got ${String(size)}`);
  const analyzeOptions = options.analyze ?? {};
  const entry = options.entry ?? DEFAULT_ENTRY;
  const workers = Array.from({ length: size }, () => spawn(analyzeOptions, entry));
  let infos: AnalyzerInfo[];
  try {
    infos = await Promise.all(workers.map(ready));
  } catch (error) {
    await Promise.all(workers.map((w) => w.terminate()));
    throw error;
  }
  const info = infos[0] as AnalyzerInfo;
  if (infos.some((other) => other.key !== info.key)) {
    await Promise.all(workers.map((w) => w.terminate()));
    throw new SlantError('SLANT_INTERNAL', 'analysis workers built different analyzers');
  }

  const slots: Slot[] = [];
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;
  /** Replacement workers still starting. */
  let starting = 0;

  const settle = (job: Job): void => {
    if (job.onAbort !== undefined) job.signal?.removeEventListener('abort', job.onAbort);
  };

  const dispatch = (): void => {
    for (const slot of slots) {
      if (slot.job !== undefined) continue;
      const job = queue.shift();
      if (job === undefined) return;
      slot.job = job;
      slot.worker.postMessage({ id: job.id, text: job.text } satisfies WorkerRequest);
    }
  };

  const attach = (worker: Worker): void => {
    const slot: Slot = { worker, job: undefined };
    slots.push(slot);
    worker.on('message', (reply: WorkerReply) => {
      const job = slot.job;
      if (job === undefined || (reply.type !== 'result' && reply.type !== 'error') || reply.id !== job.id) return;
      slot.job = undefined;
      settle(job);
      if (reply.type === 'result') job.resolve(reply.result);
      else job.reject(new SlantError(reply.code, reply.message));
      dispatch();
    });
    worker.on('error', (error) => {
      // An uncaught error ends the worker; 'exit' follows and replaces it.
      slot.job?.reject(new SlantError('SLANT_INTERNAL', `an analysis worker failed: ${error.message}`, { cause: error }));
      if (slot.job !== undefined) settle(slot.job);
      slot.job = undefined;
    });
    worker.on('exit', (code) => {
      slots.splice(slots.indexOf(slot), 1);
      if (slot.job !== undefined) {
        settle(slot.job);
        slot.job.reject(new SlantError('SLANT_INTERNAL', `an analysis worker exited (code ${code}) during an analysis`));
      }
      if (!closed) replace();
    });
  };

  const replace = (): void => {
    const worker = spawn(analyzeOptions, entry);
    starting += 1;
    ready(worker).then(
      () => {
        starting -= 1;
        if (closed) void worker.terminate();
        else {
          attach(worker);
          dispatch();
        }
      },
      (error: unknown) => {
        starting -= 1;
        void worker.terminate();
        // No worker can start any more (the data or the build broke under us): fail what waits.
        if (slots.length === 0 && starting === 0) for (const job of queue.splice(0)) job.reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  };

  for (const worker of workers) attach(worker);

  return {
    info,
    workers: size,
    analyze(text: string, signal?: AbortSignal): Promise<AnalysisResult> {
      if (closed) return Promise.reject(new SlantError('SLANT_INTERNAL', 'the analysis pool is closed'));
      if (signal?.aborted === true) return Promise.reject(aborted());
      if (slots.length === 0 && starting === 0) return Promise.reject(new SlantError('SLANT_INTERNAL', 'no analysis worker is running (they crashed and could not be restarted); restart the server'));
      return new Promise<AnalysisResult>((resolve, reject) => {
        const job: Job = { id: nextId++, text, resolve, reject, signal };
        if (signal !== undefined) {
          job.onAbort = () => {
            const at = queue.indexOf(job);
            if (at === -1) return; // already running: let it finish, nobody reads the result
            queue.splice(at, 1);
            settle(job);
            reject(aborted());
          };
          signal.addEventListener('abort', job.onAbort, { once: true });
        }
        queue.push(job);
        dispatch();
      });
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      for (const job of queue.splice(0)) {
        settle(job);
        job.reject(new SlantError('SLANT_INTERNAL', 'the analysis pool closed before this analysis ran'));
      }
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
