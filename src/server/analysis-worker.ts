/** A worker thread of the analysis pool: builds one analyzer, then analyzes each text it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { toSlantError } from '../core/errors.js';
import { createAnalyzer, type AnalyzeOptions } from '../core/pipeline.js';
import { toResult } from './analysis-service.js';
import type { WorkerReply, WorkerRequest } from './worker-pool.js';

const port = parentPort;
if (port === null) throw new Error('analysis-worker.ts runs only as a worker thread');

try {
  const analyzer = createAnalyzer((workerData as { options?: AnalyzeOptions } | undefined)?.options ?? {});
  port.on('message', (request: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      reply = { type: 'result', id: request.id, result: toResult(analyzer.analyze(request.text)) };
    } catch (error) {
      const e = toSlantError(error);
      reply = { type: 'error', id: request.id, code: e.code, message: e.message };
    }
    port.postMessage(reply);
  });
  port.postMessage({ type: 'ready', info: analyzer.info } satisfies WorkerReply);
} catch (error) {
  const e = toSlantError(error);
  port.postMessage({ type: 'failed', code: e.code, message: e.message } satisfies WorkerReply);
}
