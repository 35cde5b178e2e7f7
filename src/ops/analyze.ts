/** Analyzing stored documents: run the analyzer where no analysis with the same key is stored yet. */
import type { StoredDocument } from '../core/document.js';
import { TERM_STREAM_VERSION, termStream } from '../compare/terms.js';
import { createAnalyzer, type Analysis, type AnalyzeOptions, type Analyzer } from '../core/pipeline.js';
import type { DocumentFilter, Store, StoredAnalysis } from '../store/store.js';

export interface AnalyzeStoredOptions extends AnalyzeOptions {
  /** Re-analyze even when an analysis with the same key is stored. */
  force?: boolean | undefined;
  /** An analyzer to reuse (else one is created from the options). */
  analyzer?: Analyzer | undefined;
}

export interface AnalyzeEvent {
  doc: StoredDocument;
  analysis: StoredAnalysis;
  /** True when the stored analysis was reused. */
  cached: boolean;
}

/**
 * Analyzes the stored documents that match `filter`, reusing stored analyses whose key (analyzer
 * version, stages, data versions, options) is unchanged. Each analysis is saved in one transaction.
 *
 * @example
 * for await (const { doc, analysis } of analyzeStored(store, { side: 'left' })) console.log(doc.id, analysis.findings.length);
 */
export async function* analyzeStored(
  store: Store,
  filter: DocumentFilter = {},
  options: AnalyzeStoredOptions = {},
): AsyncGenerator<AnalyzeEvent> {
  const analyzer = options.analyzer ?? createAnalyzer(options);
  for await (const doc of store.iterateDocuments(filter)) {
    if (options.force !== true) {
      const stored = await store.getAnalysis(doc.id, analyzer.info.key);
      if (stored !== undefined) {
        yield { doc, analysis: stored, cached: true };
        continue;
      }
    }
    const analysis = await saveAnalysis(store, analyzer, doc, analyzer.analyze(doc.text));
    yield { doc, analysis, cached: false };
  }
}

/**
 * Saves an analysis of a stored document and, from the same parse, its term stream (so a later
 * comparison counts its terms without parsing it again). Returns the stored analysis.
 *
 * @example
 * const analysis = await saveAnalysis(store, analyzer, doc, analyzer.analyze(doc.text));
 */
export async function saveAnalysis(store: Store, analyzer: Analyzer, doc: StoredDocument, result: Analysis): Promise<StoredAnalysis> {
  const analysis: StoredAnalysis = {
    docId: doc.id,
    analyzer: analyzer.info,
    createdAt: new Date().toISOString(),
    findings: result.findings,
    summary: { ...result.summary, language: doc.language, signals: result.signals },
  };
  await store.saveAnalysis(analysis);
  await store.saveTermStream(doc.id, TERM_STREAM_VERSION, termStream(result.parsed));
  return analysis;
}
