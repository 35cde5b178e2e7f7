/** Trains the learned technique models (span identification, classification, paragraphs) with cross-validation, and writes weights and model card. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sha256, stableStringify } from '../core/hash.js';
import { createDefaultDetectors, ruleLexicons } from '../detectors/index.js';
import type { MultiLabelScore, PRF } from '../eval/metrics.js';
import { loadLexicons } from '../lexicon/load.js';
import type { Detector } from '../detectors/detector.js';
import type { Lexicon } from '../lexicon/schema.js';
import { createLearnedTechniqueModel } from '../techniques/learned/learned-model.js';
import { valenceTable } from '../techniques/learned/polarity.js';
import { parseTechniqueWeights, WEIGHTS_FORMAT, type TechniqueWeightsJson } from '../techniques/learned/weights.js';
import { foldsById, prepareCorpus } from './corpus.js';
import { loadPtc } from './datasets/ptc.js';
import { loadSemeval2023Paragraphs } from './datasets/semeval2023.js';
import { renderModelCard } from './model-card.js';
import { buildParagraphData, crossValidateParagraphs, exportParagraphModel, PARAGRAPH_DEFAULTS, type ParagraphParams } from './paragraph-techniques.js';
import { buildSiData, crossValidateSi, exportSiModel, SI_DEFAULTS, tuneDecode, type SiParams } from './span-identification.js';
import { buildTcData, crossValidateTc, exportTcModel, TC_DEFAULTS, type TcParams } from './technique-classification.js';
import { requireDataset } from './datasets/paths.js';

/** What a training run needs. */
export interface TrainTechniquesOptions {
  /** Folder holding `ptc-semeval2020-task11/` and `semeval2023-task3-en/`. */
  dataDir: string;
  /** Where weights and card go (the repository's `models/`). */
  outDir: string;
  folds: number;
  seed: number;
  /** Progress lines. */
  log: (line: string) => void;
  si?: Partial<SiParams> | undefined;
  tc?: Partial<TcParams> | undefined;
  paragraph?: Partial<ParagraphParams> | undefined;
  /** The lexicons of the rule features. Default: the compiled lexicons (`loadLexicons()`). */
  lexicons?: readonly Lexicon[] | undefined;
}

/** Everything the model card reports. */
export interface TrainingReport {
  folds: number;
  seed: number;
  articles: number;
  spans: number;
  paragraphs: number;
  tokens: number;
  si: { params: SiParams; score: PRF & { predicted: number; gold: number }; folds: PRF[]; decode: TechniqueWeightsJson['si']['decode']; heldOutOnFull: PRF; features: number };
  tc: { params: TcParams; score: MultiLabelScore; folds: number[]; features: number };
  paragraph: { params: ParagraphParams; score: MultiLabelScore; folds: Array<{ threshold: number; microF1: number }>; threshold: number; labels: string[]; features: number };
  weights: { file: string; bytes: number; jsonBytes: number; id: string };
  seconds: { prepare: number; si: number; tc: number; paragraph: number; total: number };
  /** Loading the written weights and running `spans()` (parse included) over the training articles, in this process. */
  runtime: { loadMs: number; articlesPerSecond: number; wordsPerArticle: number };
}

/** Times reading and validating the weights file and `spans()` over `texts`, parsing included, on one core. */
function measureRuntime(file: string, detectors: readonly Detector[], texts: readonly string[]): TrainingReport['runtime'] {
  const t0 = performance.now();
  const model = createLearnedTechniqueModel(parseTechniqueWeights(JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')), file), detectors);
  const loadMs = Math.round(performance.now() - t0);
  const t1 = performance.now();
  for (const text of texts) model.spans(text);
  const seconds = (performance.now() - t1) / 1000;
  const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
  return { loadMs, articlesPerSecond: Math.round(texts.length / seconds), wordsPerArticle: Math.round(words / Math.max(1, texts.length)) };
}

/** Seconds since `start` (a `performance.now()` value), one decimal. */
function since(start: number): number {
  return Math.round((performance.now() - start) / 100) / 10;
}

/**
 * Runs the whole training: loads PTC and SemEval-2023, cross-validates each model (grouped by
 * article, nested where a threshold is tuned), trains the final models on all data, and writes
 * `techniques.json.gz` and `techniques.md` to `outDir`. Deterministic for a seed.
 *
 * @example
 * trainTechniques({ dataDir: datasetsDir(), outDir: 'models', folds: 5, seed: 1, log: console.log });
 */
export function trainTechniques(options: TrainTechniquesOptions): TrainingReport {
  const { folds: k, seed, log } = options;
  const siParams: SiParams = { ...SI_DEFAULTS, ...options.si, seed };
  const tcParams: TcParams = { ...TC_DEFAULTS, ...options.tc };
  const paragraphParams: ParagraphParams = { ...PARAGRAPH_DEFAULTS, ...options.paragraph };
  const t0 = performance.now();

  log(`Loading PTC and SemEval-2023 from ${options.dataDir}`);
  const articles = loadPtc(requireDataset('ptc-semeval2020-task11', options.dataDir));
  const paragraphs = loadSemeval2023Paragraphs(requireDataset('semeval2023-task3-en', options.dataDir));
  const lexicons = options.lexicons ?? loadLexicons();
  const detectors = createDefaultDetectors(lexicons);
  const corpus = prepareCorpus(articles, detectors, k, seed);
  const spanCount = articles.reduce((n, a) => n + a.spans.length, 0);
  const prepare = since(t0);
  log(`  ${articles.length} articles, ${spanCount} spans, ${paragraphs.length} paragraphs; parsed in ${prepare} s`);

  let t = performance.now();
  log(`Span identification: ${k}-fold nested cross-validation`);
  const siData = buildSiData(corpus, siParams);
  log(`  ${siData.X.rows} tokens, ${siData.X.cols} candidate features`);
  const siCv = crossValidateSi(corpus, siData, siParams, k, log);
  log(`  SI (CV): P ${siCv.score.precision.toFixed(3)} R ${siCv.score.recall.toFixed(3)} F1 ${siCv.score.f1.toFixed(3)}`);
  const { decode, score: heldOutOnFull } = tuneDecode(corpus, siCv.heldOut, siParams);
  const all = Int32Array.from(corpus, (_, i) => i);
  const siModel = exportSiModel(siData, all, siParams);
  const siSeconds = since(t);

  t = performance.now();
  log(`Technique classification: ${k}-fold cross-validation`);
  const tcData = buildTcData(corpus);
  const tcCv = crossValidateTc(corpus, tcData, tcParams, k, log);
  log(`  TC (CV): micro-F1 ${tcCv.score.micro.f1.toFixed(3)}, macro-F1 ${tcCv.score.macro.f1.toFixed(3)}`);
  const tcModel = exportTcModel(tcData, tcParams);
  const tcSeconds = since(t);

  t = performance.now();
  log(`Paragraph techniques (SemEval-2023): ${k}-fold nested cross-validation`);
  const paragraphData = buildParagraphData(paragraphs, detectors, foldsById(corpus));
  const paragraphCv = crossValidateParagraphs(paragraphData, paragraphParams, k, log);
  log(`  paragraphs (CV): micro-F1 ${paragraphCv.score.micro.f1.toFixed(3)}, macro-F1 ${paragraphCv.score.macro.f1.toFixed(3)}`);
  const paragraphModel = exportParagraphModel(paragraphData, paragraphParams, paragraphCv.heldOut);
  const paragraphSeconds = since(t);

  const body = {
    lexicons: sha256(stableStringify(ruleLexicons(lexicons)), 12),
    si: { model: siModel, decode },
    tc: { model: tcModel },
    paragraph: paragraphModel,
    // Every word the training texts hold: the `pol` features of training saw exactly these valences.
    valence: valenceTable(corpus.flatMap((a) => a.ctx.doc.tokens.filter((t) => t.type === 'word').map((t) => t.lower))),
  };
  const weights: TechniqueWeightsJson = { format: WEIGHTS_FORMAT, id: `learned-${sha256(stableStringify(body), 12)}`, ...body };
  mkdirSync(options.outDir, { recursive: true });
  const file = join(options.outDir, 'techniques.json.gz');
  const text = `${JSON.stringify(weights)}\n`;
  // gzip keeps the committed file small (JSON of named features compresses about 4×); the header carries no time stamp, so the bytes depend only on the weights.
  const packed = gzipSync(text, { level: 9 });
  writeFileSync(file, packed);

  const runtime = measureRuntime(file, detectors, articles.map((a) => a.text));
  const report: TrainingReport = {
    folds: k,
    seed,
    articles: articles.length,
    spans: spanCount,
    paragraphs: paragraphData.X.rows,
    tokens: siData.X.rows,
    si: { params: siParams, score: siCv.score, folds: siCv.folds.map((f) => f.score), decode, heldOutOnFull, features: siModel.features.length },
    tc: { params: tcParams, score: tcCv.score, folds: tcCv.folds, features: tcModel.features.length },
    paragraph: {
      params: paragraphParams,
      score: paragraphCv.score,
      folds: paragraphCv.folds,
      threshold: paragraphModel.threshold,
      labels: paragraphData.labels,
      features: paragraphModel.model.features.length,
    },
    weights: { file: 'models/techniques.json.gz', bytes: packed.length, jsonBytes: Buffer.byteLength(text), id: weights.id },
    seconds: { prepare, si: siSeconds, tc: tcSeconds, paragraph: paragraphSeconds, total: since(t0) },
    runtime,
  };
  writeFileSync(join(options.outDir, 'techniques.md'), renderModelCard(report));
  log(`Wrote ${file} (${(report.weights.bytes / 1e6).toFixed(2)} MB, ${weights.id}) and techniques.md in ${report.seconds.total} s`);
  return report;
}
