/** The HTTP API's public surface: the app (testable without a socket), the server, and the analysis pool. */
export { createApp, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_UPLOAD_BYTES, type AppOptions } from './app.js';
export { startServer, isLoopback, DEFAULT_HOST, DEFAULT_PORT, type RunningServer, type StartOptions } from './start.js';
export { createWorkerPool, type WorkerPoolOptions } from './worker-pool.js';
export { inProcessAnalysis, lazyAnalyzer, type AnalysisResult, type AnalysisService } from './analysis-service.js';
export { httpStatusFor, type ErrorBody, type HttpErrorCode } from './errors.js';
