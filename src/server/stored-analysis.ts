/** Analyses of stored documents through the analysis service, cached in the store by analyzer key (as analyzeStored does). */
import type { StoredDocument } from '../core/document.js';
import type { Store, StoredAnalysis } from '../store/store.js';
import type { AnalysisResult, AnalysisService } from './analysis-service.js';

/** The record `analyzeStored` saves for an analysis, so the CLI and the API share cached analyses. */
export function storedAnalysis(doc: StoredDocument | { id: string; language: string }, service: AnalysisService, result: AnalysisResult): StoredAnalysis {
  return {
    docId: doc.id,
    analyzer: service.info,
    createdAt: new Date().toISOString(),
    findings: result.findings,
    summary: { ...result.summary, language: doc.language, signals: result.signals },
  };
}

/**
 * The analysis of a stored document under the service's analyzer key: the stored one when there
 * is one, else a fresh one, saved.
 *
 * @example
 * const { analysis, cached } = await analyzeDocument(store, service, doc);
 */
export async function analyzeDocument(
  store: Store,
  service: AnalysisService,
  doc: StoredDocument,
  signal?: AbortSignal,
): Promise<{ analysis: StoredAnalysis; cached: boolean }> {
  const stored = await store.getAnalysis(doc.id, service.info.key);
  if (stored !== undefined) return { analysis: stored, cached: true };
  const analysis = storedAnalysis(doc, service, await service.analyze(doc.text, signal));
  await store.saveAnalysis(analysis);
  return { analysis, cached: false };
}

/**
 * Analyzes, through the service, every stored document that has no analysis under its key yet, a
 * few at a time so every worker is busy, and saves each. A report built afterwards then reuses
 * them instead of analyzing on the server thread. Returns how many were analyzed.
 *
 * @example
 * await analyzeMissing(store, service);
 * const report = await buildStoreReport(store, 'side', { analyzer: lazyAnalyzer(service.info) });
 */
export async function analyzeMissing(store: Store, service: AnalysisService, docs: AsyncIterable<StoredDocument> | Iterable<StoredDocument>, signal?: AbortSignal): Promise<number> {
  const width = Math.max(1, service.workers * 2);
  const running = new Set<Promise<void>>();
  let analyzed = 0;
  let failure: unknown;
  for await (const doc of docs) {
    if (failure !== undefined) break;
    if ((await store.getAnalysis(doc.id, service.info.key)) !== undefined) continue;
    const task = analyzeDocument(store, service, doc, signal).then(
      () => {
        analyzed += 1;
      },
      (error: unknown) => {
        failure ??= error;
      },
    );
    const tracked = task.finally(() => running.delete(tracked));
    running.add(tracked);
    if (running.size >= width) await Promise.race(running);
  }
  await Promise.all(running);
  if (failure !== undefined) throw failure;
  return analyzed;
}
