/** The corpus report: groups side by side — their distinctive language and technique profiles — with evidence. */
import type { DocumentMeta, SlantDocument } from '../core/document.js';
import { SlantError } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import type { DocumentSignal } from '../core/signal.js';
import { lensRows, type LensRows } from '../compare/lens-rows.js';
import { createAnalyzer, type AnalyzeOptions, type Analyzer } from '../core/pipeline.js';
import { RULE_DETECTOR_IDS } from '../detectors/index.js';
import { compareGroups, techniqueProfile, type Comparison, type CompareDoc, type ProfileRow } from '../compare/index.js';
import { ingest, type IngestOptions } from '../ingest/index.js';
import type { ParsedDoc } from '../nlp/types.js';
import type { DocumentFilter, Store } from '../store/store.js';
import { analyzeStored } from './analyze.js';
import { compareStore, STREAM_ABOVE } from './store-compare.js';

/** One document as the report lists it. */
export interface ReportDocument extends DocumentMeta {
  id: string;
  group: string;
  source: string;
  words: number;
  /** Persuasion-technique findings (those with a category): the model's and the technique rules'. */
  findings: number;
  /** The same per 1,000 words. */
  per1000Words: number;
  /** All findings, by detector. */
  byDetector: Record<string, number>;
  /** The strongest technique findings, for a glance (highest confidence first, at most 5). */
  top: Finding[];
}

export interface ReportGroup {
  name: string;
  documents: number;
  words: number;
  /** Persuasion-technique findings (those with a category). */
  findings: number;
  per1000Words: number;
}

export interface CorpusReport {
  title: string;
  generatedAt: string;
  /** What the groups are: `side`, `outlet`, `tag`, `files` or `documents`. */
  groupedBy: string;
  groups: ReportGroup[];
  documents: ReportDocument[];
  comparison: Comparison;
  /** The technique model's findings per 1,000 words by technique, per group, with 95% intervals. */
  techniques: ProfileRow[];
  /** The rule detectors' findings per 1,000 words by detector (the technique model left out), per group, with 95% intervals. */
  profile: ProfileRow[];
  /** The same by technique category. */
  categories: ProfileRow[];
  /** The lens tables: naming fingerprint, omissions, story start, claim alignment, portrayal, frames, timeline (src/compare/lens-rows.ts). */
  lens?: LensRows | undefined;
  analyzer: { version: string; key: string };
  /** Documents left out because they have no value for the grouping field. */
  ungrouped: number;
  /** Inputs that could not be read (file comparisons only). */
  failures: Array<{ source: string; code: string; message: string }>;
}

export interface ReportOptions extends AnalyzeOptions {
  /** Distinctive terms per group. */
  top?: number | undefined;
  title?: string | undefined;
  analyzer?: Analyzer | undefined;
  /**
   * Stored comparisons of more documents than this stream from the store (src/ops/store-compare.ts):
   * each document's latest stored analysis, whatever its settings. Default 5,000.
   */
  streamAbove?: number | undefined;
  /** Which stored documents to compare (default all); `limit` and `offset` are ignored. */
  filter?: Pick<DocumentFilter, 'side' | 'outlet' | 'tag' | 'language' | 'ids'> | undefined;
  /** When streaming: analyze documents that have no stored analysis at all (default true); else they count with no findings. */
  analyzeMissing?: boolean | undefined;
}

interface Member {
  group: string;
  doc: ReportDocument;
  text: string;
  parsed?: ParsedDoc | undefined;
  findings: Finding[];
  /** The assessors' readings of the document (genre, frames, side:<pack>, …). */
  signals?: DocumentSignal[] | undefined;
}

/** A persuasion-technique finding: one with a SemEval-2023 category (the technique model's, and the rule detectors' that mark a technique). */
const isTechnique = (f: Finding): boolean => f.category !== undefined;

/** The rule detectors, whose signals the report profiles by detector. */
const RULE_DETECTORS: ReadonlySet<string> = new Set(RULE_DETECTOR_IDS);

function reportDocument(id: string, group: string, meta: DocumentMeta & { source: string }, findings: Finding[], words: number): ReportDocument {
  const byDetector: Record<string, number> = {};
  for (const f of findings) byDetector[f.detector] = (byDetector[f.detector] ?? 0) + 1;
  const techniques = findings.filter(isTechnique);
  const top = [...techniques].sort((a, b) => b.confidence - a.confidence || a.start - b.start).slice(0, 5);
  return {
    id,
    group,
    source: meta.source,
    title: meta.title,
    outlet: meta.outlet,
    author: meta.author,
    publishedAt: meta.publishedAt,
    side: meta.side,
    tags: meta.tags,
    url: meta.url,
    words,
    findings: techniques.length,
    per1000Words: words === 0 ? 0 : Math.round((techniques.length / words) * 10000) / 10,
    byDetector,
    top,
  };
}

function assemble(
  members: Member[],
  groupedBy: string,
  analyzer: Analyzer,
  options: ReportOptions,
  extra: Pick<CorpusReport, 'ungrouped' | 'failures'>,
  /** Computed by the streaming path; members then carry no text or findings. */
  streamed?: Pick<CorpusReport, 'comparison' | 'techniques' | 'profile' | 'categories' | 'lens'>,
): CorpusReport {
  const names = [...new Set(members.map((m) => m.group))].sort();
  if (names.length < 2) {
    throw new SlantError(
      'SLANT_USAGE',
      names.length === 0
        ? `no documents to compare${groupedBy === 'files' ? '' : `: none has a ${groupedBy}; label them with \`slant add --${groupedBy} NAME\``}`
        : `only one group (${names[0] ?? ''}) to compare; comparison needs at least two${groupedBy === 'files' ? ' sets of files' : ` values of ${groupedBy}`}`,
    );
  }
  const groups = names.map((name) => {
    const docs: CompareDoc[] = members.filter((m) => m.group === name).map((m) => ({ id: m.doc.id, text: m.text, parsed: m.parsed }));
    return { name, docs };
  });
  const comparison = streamed?.comparison ?? compareGroups(groups, { top: options.top });
  const profileInputs = members.map((m) => ({ group: m.group, words: m.doc.words, findings: m.findings }));
  const summaries: ReportGroup[] = names.map((name) => {
    const mine = members.filter((m) => m.group === name);
    const words = mine.reduce((n, m) => n + m.doc.words, 0);
    const findings = mine.reduce((n, m) => n + m.doc.findings, 0);
    return { name, documents: mine.length, words, findings, per1000Words: words === 0 ? 0 : Math.round((findings / words) * 10000) / 10 };
  });
  return {
    title: options.title ?? `How the ${groupedBy === 'files' ? 'sets' : `${groupedBy}s`} differ`,
    generatedAt: new Date().toISOString(),
    groupedBy,
    groups: summaries,
    documents: members.map((m) => m.doc),
    comparison,
    techniques: streamed?.techniques ?? techniqueProfile(profileInputs, 'technique'),
    profile:
      streamed?.profile ??
      techniqueProfile(
        profileInputs.map((p) => ({ ...p, findings: p.findings.filter((f) => RULE_DETECTORS.has(f.detector)) })),
        'detector',
      ),
    categories: streamed?.categories ?? techniqueProfile(profileInputs, 'category'),
    lens: streamed ? streamed.lens : lensRows(
      members.map((m) => ({ docId: m.doc.id, group: m.group, findings: m.findings, signals: m.signals ?? [], words: m.doc.words, publishedAt: m.doc.publishedAt, text: m.text })),
    ),
    analyzer: { version: analyzer.info.version, key: analyzer.info.key },
    ...extra,
  };
}

/**
 * Compares stored documents grouped by `side`, `outlet` or `tag` (a document with several tags
 * joins each of their groups), analyzing whatever has not been analyzed with the same settings.
 *
 * @example
 * const report = await buildStoreReport(store, 'side', { top: 20 });
 */
export async function buildStoreReport(store: Store, by: 'side' | 'outlet' | 'tag', options: ReportOptions = {}): Promise<CorpusReport> {
  const analyzer = options.analyzer ?? createAnalyzer(options);
  const filter = { ...options.filter, limit: undefined, offset: undefined };
  const count = await store.countDocuments(filter);
  const chosen = Object.entries(options.filter ?? {}).filter(([, v]) => v !== undefined);
  if (count === 0 && chosen.length > 0) {
    throw new SlantError('SLANT_USAGE', `no stored documents match ${chosen.map(([k, v]) => `${k} ${Array.isArray(v) ? v.join(',') : String(v)}`).join(' and ')}`);
  }
  if (count > (options.streamAbove ?? STREAM_ABOVE)) {
    const describe = (doc: SlantDocument, group: string, findings: Finding[], words: number): ReportDocument => reportDocument(doc.id, group, doc, findings, words);
    const s = await compareStore(store, by, describe, { top: options.top, analyzeMissing: options.analyzeMissing, analyzer: () => analyzer, filter });
    return assemble(s.members.map(({ group, doc }) => ({ group, doc, text: '', findings: [] })), by, analyzer, options, { ungrouped: s.ungrouped, failures: [] }, s);
  }
  const members: Member[] = [];
  let ungrouped = 0;
  for await (const { doc, analysis } of analyzeStored(store, filter, { ...options, analyzer })) {
    const values = by === 'tag' ? (doc.tags ?? []) : [by === 'side' ? doc.side : doc.outlet].filter((v): v is string => v !== undefined && v !== '');
    if (values.length === 0) {
      ungrouped += 1;
      continue;
    }
    const words = typeof analysis.summary.words === 'number' ? analysis.summary.words : 0;
    for (const group of values) {
      const signals = Array.isArray(analysis.summary.signals) ? (analysis.summary.signals as DocumentSignal[]) : undefined;
      members.push({ group, text: doc.text, findings: analysis.findings, signals, doc: reportDocument(doc.id, group, doc, analysis.findings, words) });
    }
  }
  return assemble(members, by, analyzer, options, { ungrouped, failures: [] });
}

/**
 * Compares sets of files without storing them: each set (a file, directory or glob) is one group,
 * named after the set. Works down to two single articles.
 *
 * @example
 * const report = await buildFilesReport(['left/', 'right/']);
 */
export async function buildFilesReport(sets: string[], options: ReportOptions & { ingest?: IngestOptions } = {}): Promise<CorpusReport> {
  if (sets.length < 2) throw new SlantError('SLANT_USAGE', 'give at least two sets of files to compare (or none, to compare stored documents with --by)');
  const analyzer = options.analyzer ?? createAnalyzer(options);
  const members: Member[] = [];
  const failures: CorpusReport['failures'] = [];
  const names = uniqueNames(sets);
  for (const [i, set] of sets.entries()) {
    const group = names[i] ?? set;
    for await (const item of ingest([set], options.ingest ?? {})) {
      if (!item.ok) {
        failures.push({ source: item.source, code: item.error.code, message: item.error.message });
        continue;
      }
      const result = analyzer.analyze(item.doc.text);
      members.push({
        group,
        text: item.doc.text,
        parsed: result.parsed,
        findings: result.findings,
        signals: result.signals,
        doc: reportDocument(item.doc.id, group, item.doc, result.findings, result.summary.words),
      });
    }
  }
  return assemble(members, 'files', analyzer, options, { ungrouped: 0, failures });
}

/** A document compared as a member of `group`, with its analysis when one was made elsewhere. */
export interface ReportEntry {
  group: string;
  doc: SlantDocument;
  /** Findings and word count from an analysis already at hand (a stored one, a worker's); analyzed here when absent. */
  analysis?: { findings: Finding[]; words: number; signals?: DocumentSignal[] | undefined } | undefined;
}

/**
 * Compares documents already in memory, each joining its entry's group: two posted texts, or two
 * stored documents side by side (what buildFilesReport does for files). `groupedBy` is `documents`.
 *
 * @example
 * const report = await buildDocumentsReport([{ group: 'a', doc: docA }, { group: 'b', doc: docB }]);
 */
export async function buildDocumentsReport(entries: ReportEntry[], options: ReportOptions = {}): Promise<CorpusReport> {
  if (new Set(entries.map((e) => e.group)).size < 2) throw new SlantError('SLANT_USAGE', 'give at least two documents in two different groups to compare');
  const analyzer = options.analyzer ?? createAnalyzer(options);
  const members: Member[] = entries.map(({ group, doc, analysis }) => {
    if (analysis !== undefined) {
      return { group, text: doc.text, findings: analysis.findings, signals: analysis.signals, doc: reportDocument(doc.id, group, doc, analysis.findings, analysis.words) };
    }
    const result = analyzer.analyze(doc.text);
    return { group, text: doc.text, parsed: result.parsed, findings: result.findings, signals: result.signals, doc: reportDocument(doc.id, group, doc, result.findings, result.summary.words) };
  });
  return assemble(members, 'documents', analyzer, { ...options, title: options.title ?? 'How the documents differ' }, { ungrouped: 0, failures: [] });
}

/** Short group names for sets of files: the last path segment, made unique. */
function uniqueNames(sets: string[]): string[] {
  const base = sets.map((s) => s.replace(/[\\/]+$/, '').split(/[\\/]/).pop() || s);
  return base.map((b, i) => (base.indexOf(b) === i && base.lastIndexOf(b) === i ? b : sets[i] ?? b));
}
