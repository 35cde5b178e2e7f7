/**
 * A stored corpus for the comparison-at-scale benchmark: generated articles (bench/corpus.ts) with
 * sides and cheap synthetic analyses, loaded in bulk. Shared by bench/compare-scale.ts and the tests.
 */
import type { SlantDocument } from '../src/core/document.js';
import type { Finding } from '../src/core/finding.js';
import { TERM_STREAM_VERSION, termStream } from '../src/compare/terms.js';
import { simhash } from '../src/core/simhash.js';
import { documentId, normalizeText } from '../src/ingest/normalize.js';
import { seededRandom } from '../src/learn/random.js';
import { parse } from '../src/nlp/parse.js';
import type { SqliteStore } from '../src/store/sqlite-store.js';
import type { AnalyzerInfo, StoredAnalysis } from '../src/store/store.js';
import { generateCorpus } from './corpus.js';
import { LARGE, makeLensDoc, random as lensSeeded } from './lens-docs.js';

/** What the synthetic analyses claim to be. */
export const SYNTHETIC_ANALYZER: AnalyzerInfo = { key: 'synthetic-bench', version: 'bench', stages: ['synthetic'], resources: {}, options: {} };

const KINDS: ReadonlyArray<Pick<Finding, 'detector' | 'rule' | 'label' | 'category'>> = [
  { detector: 'loaded-language', rule: 'loaded-language/bench', label: 'Loaded language', category: 'Manipulative wording' },
  { detector: 'name-calling', rule: 'name-calling/bench', label: 'Name calling', category: 'Attack on reputation' },
  { detector: 'hedges-weasels', rule: 'hedges-weasels/bench', label: 'Weasel words' },
  { detector: 'techniques', rule: 'techniques/doubt', label: 'Doubt', category: 'Attack on reputation' },
  { detector: 'techniques', rule: 'techniques/flag-waving', label: 'Flag-waving', category: 'Justification' },
];

/** A stored document for generated text `text`, the `i`th of the corpus, on side `a`, `b` or `c` by turn. */
export function syntheticDocument(text: string, i: number, sides: readonly string[] = ['a', 'b', 'c']): SlantDocument {
  const normalized = normalizeText(text);
  return { id: documentId(normalized), text: normalized, language: 'eng', source: `bench#${i}`, simhash: simhash(normalized), side: sides[i % sides.length] };
}

/** 0–4 findings on words of the text (seeded by `random`), and the word count. */
export function syntheticAnalysis(doc: SlantDocument, random: () => number, createdAt = '2026-01-01T00:00:00.000Z'): StoredAnalysis {
  const findings: Finding[] = [];
  const n = Math.floor(random() * 5);
  for (let k = 0; k < n; k += 1) {
    const kind = KINDS[Math.floor(random() * KINDS.length)] as (typeof KINDS)[number];
    const start = Math.floor(random() * Math.max(1, doc.text.length - 12));
    const end = Math.min(doc.text.length, start + 8);
    findings.push({ ...kind, start, end, text: doc.text.slice(start, end), reason: 'A synthetic finding for the benchmark.', confidence: Math.round(random() * 100) / 100 });
  }
  const words = doc.text.split(/\s+/).filter(Boolean).length;
  return { docId: doc.id, analyzer: SYNTHETIC_ANALYZER, createdAt, findings, summary: { words } };
}

/**
 * Stores `count` generated articles with synthetic analyses (and, with `termStreams`, the term
 * streams a real analysis keeps) in batches of `batch` (one transaction each, so memory holds one
 * batch of text at a time). With `lens`, each article opens with a generated passage that carries
 * lens findings and readings (bench/lens-docs.ts: terminology, actors with portrayal, claims with
 * figures and years, frames), so the lens tables cost what they would on real analyses. Returns
 * the number added.
 */
export async function loadScaleCorpus(
  store: SqliteStore,
  examples: string,
  count: number,
  options: { batch?: number; seed?: number; words?: number; termStreams?: boolean; lens?: boolean } = {},
): Promise<number> {
  const batch = options.batch ?? 2_000;
  const seed = options.seed ?? 42;
  const random = seededRandom(seed + 1);
  const lensRandom = lensSeeded(seed + 2);
  let added = 0;
  for (let from = 0; from < count; from += batch) {
    const size = Math.min(batch, count - from);
    const texts = generateCorpus(examples, size, options.words ?? 800, seed + from);
    const items = texts.map((article, j) => {
      const lens = options.lens === true ? makeLensDoc(from + j, lensRandom, LARGE) : undefined;
      // The lens passage comes first, so its findings' offsets hold in the stored text.
      const text = lens === undefined ? article : `${(lens.text ?? '').trimEnd()}\n\n${article}`;
      const doc = syntheticDocument(text, from + j);
      if (lens?.publishedAt !== undefined) doc.publishedAt = lens.publishedAt;
      if (lens !== undefined && !doc.text.startsWith((lens.text ?? '').trimEnd())) throw new Error('normalizing moved the lens passage; its offsets would not hold');
      // An analysis keeps the document's term stream (src/ops/analyze.ts); so does this, when asked.
      const terms = options.termStreams === true ? { version: TERM_STREAM_VERSION, stream: termStream(parse(doc.text)) } : undefined;
      const analysis = syntheticAnalysis(doc, random);
      if (lens !== undefined) {
        analysis.findings = [...lens.findings, ...analysis.findings];
        analysis.summary = { ...analysis.summary, signals: lens.signals };
      }
      return { doc, analyses: [analysis], termStream: terms };
    });
    for (const outcome of await store.addBulk(items)) if (outcome.status === 'added') added += 1;
  }
  return added;
}
