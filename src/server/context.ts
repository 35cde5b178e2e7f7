/** What every route group shares: the store, the analysis service, the analyzer options in force, and small helpers. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { SlantError } from '../core/errors.js';
import type { AnalysisSummary, AnalyzeOptions } from '../core/pipeline.js';
import type { DocumentSignal } from '../core/signal.js';
import type { AnalyzerInfo, Store } from '../store/store.js';
import type { AnalysisService } from './analysis-service.js';
import type { BodyLimits } from './security.js';

export interface ServerContext {
  store: Store;
  analysis: AnalysisService;
  /** The options the analysis service's analyzer was built with (for an in-process fallback). */
  analyzeOptions: AnalyzeOptions;
  limits: BodyLimits;
}

export type RouteApp = OpenAPIHono;

/** Documented on every /api route: a bearer token, required only when the server has one. */
export const SECURITY: Array<Record<string, string[]>> = [{ bearer: [] }, {}];

/** The analyzer as responses describe it. */
export function analyzerRecord(info: AnalyzerInfo): { key: string; version: string; stages: string[] } {
  return { key: info.key, version: info.version, stages: info.stages };
}

/** A stored analysis summary split back into the analysis summary and the document readings kept in it. */
export function splitSummary(summary: Record<string, unknown>): { summary: AnalysisSummary; signals: DocumentSignal[]; rest: Record<string, unknown> } {
  const { signals, ...rest } = summary as { signals?: DocumentSignal[] } & Record<string, unknown>;
  const s = rest as Partial<AnalysisSummary>;
  return {
    summary: {
      words: s.words ?? 0,
      sentences: s.sentences ?? 0,
      paragraphs: s.paragraphs ?? 0,
      findings: s.findings ?? 0,
      byDetector: s.byDetector ?? {},
      byCategory: s.byCategory ?? {},
      per1000Words: s.per1000Words ?? 0,
    },
    signals: signals ?? [],
    rest,
  };
}

/** What kind of body a request carries, by its Content-Type; any other is a 415 saying what the route `accepts`. */
export function bodyKind(c: Context, accepts: string): 'json' | 'form' | 'text' {
  const type = (c.req.header('Content-Type') ?? '').toLowerCase();
  if (/^application\/([\w.-]+\+)?json\b/.test(type)) return 'json';
  if (type.startsWith('multipart/form-data')) return 'form';
  if (type.startsWith('text/plain')) return 'text';
  throw new SlantError('SLANT_INPUT_UNSUPPORTED', `send ${accepts}`);
}
