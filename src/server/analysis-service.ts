/** How the server analyzes a text: an async service, in-process or on a pool of worker threads. */
import { SlantError } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import { createAnalyzer, type Analysis, type AnalysisSummary, type AnalyzeOptions, type Analyzer } from '../core/pipeline.js';
import type { DocumentSignal } from '../core/signal.js';
import type { AnalyzerInfo } from '../store/store.js';

/** An analysis as it crosses a thread boundary: everything but the parsed document. */
export interface AnalysisResult {
  findings: Finding[];
  signals: DocumentSignal[];
  summary: AnalysisSummary;
}

/**
 * Analyzes texts asynchronously. `info` identifies the analyzer (its `key` is the cache key of
 * stored analyses), so the server can reuse a stored analysis without running anything.
 */
export interface AnalysisService {
  readonly info: AnalyzerInfo;
  /** Threads analyzing (0 when analyses run on the calling thread). */
  readonly workers: number;
  /** Analyzes one text; rejects with `SLANT_USAGE` when `signal` aborts before the analysis started. */
  analyze(text: string, signal?: AbortSignal): Promise<AnalysisResult>;
  /** Stops the workers; pending analyses reject. */
  close(): Promise<void>;
}

/** Drops the parsed document, which is large and not needed past the analysis. */
export function toResult(analysis: Analysis): AnalysisResult {
  return { findings: analysis.findings, signals: analysis.signals, summary: analysis.summary };
}

/**
 * Analyzes on the calling thread (blocking it for each analysis): for tests, for `--workers 0`,
 * and for embedding where a pool is not wanted.
 *
 * @example
 * const service = inProcessAnalysis(createAnalyzer({ skip: ['techniques'] }));
 * const { findings } = await service.analyze('The so-called experts were wrong!');
 */
export function inProcessAnalysis(analyzer: Analyzer): AnalysisService {
  return {
    info: analyzer.info,
    workers: 0,
    async analyze(text: string, signal?: AbortSignal): Promise<AnalysisResult> {
      if (signal?.aborted === true) throw aborted();
      return toResult(analyzer.analyze(text));
    },
    async close(): Promise<void> {},
  };
}

/** The error an analysis gets when its request went away before it ran. */
export function aborted(): SlantError {
  return new SlantError('SLANT_USAGE', 'the request was cancelled before its analysis started');
}

/**
 * An Analyzer for the library operations that want one (reports): its `info` is the service's,
 * so stored analyses made by the service are reused, and its `analyze` builds an in-process
 * analyzer with the same options only if something still needs analyzing on this thread.
 *
 * @example
 * const report = await buildStoreReport(store, 'side', { analyzer: lazyAnalyzer(service.info, options) });
 */
export function lazyAnalyzer(info: AnalyzerInfo, options: AnalyzeOptions = {}): Analyzer {
  let real: Analyzer | undefined;
  const get = (): Analyzer => (real ??= createAnalyzer(options));
  return {
    info,
    get detectors() {
      return get().detectors;
    },
    get assessors() {
      return get().assessors;
    },
    analyze(text: string): Analysis {
      const analysis = get().analyze(text);
      if (get().info.key !== info.key) throw new SlantError('SLANT_INTERNAL', 'the in-process analyzer does not match the workers’ analyzer');
      return analysis;
    },
  };
}
