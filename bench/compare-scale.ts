/**
 * `slant compare` at scale: N generated articles with cheap synthetic analyses and their term streams
 * (what `slant analyze` keeps) stored in a temporary SQLite file, then `buildStoreReport(store, 'side')` timed in a fresh process (so its peak resident
 * memory is its own), against a floor: reading every document's text from the store.
 *
 *   node --import tsx bench/compare-scale.ts --scale=100000     (goal: < 30 s, < 1 GB)
 *   npm run bench -- --scale=20000                               (the default inside `npm run bench`)
 *   --heap=MB caps the V8 heap of the measured process (node --max-old-space-size)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '../src/nlp/parse.js';
import { buildStoreReport } from '../src/ops/report.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { loadScaleCorpus } from './scale-corpus.js';

const args = new Map<string, string>();
for (const arg of process.argv.slice(2)) {
  const [k, v] = arg.replace(/^--/, '').split('=');
  if (k) args.set(k, v ?? 'true');
}
const examples = fileURLToPath(new URL('../examples/', import.meta.url));
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** One measurement in this (fresh) process; prints one JSON line. */
async function child(mode: string, db: string): Promise<void> {
  const store = SqliteStore.open(db, { readonly: mode !== 'report' });
  const t0 = performance.now();
  const out: Record<string, number> = {};
  if (mode === 'floor') {
    let chars = 0;
    let n = 0;
    for await (const doc of store.iterateDocuments()) {
      chars += doc.text.length;
      n += 1;
    }
    out.documents = n;
    out.chars = chars;
  } else if (mode === 'parse') {
    // Parsing a sample, to say what share of the report's time the parser takes.
    let n = 0;
    for await (const doc of store.iterateDocuments({ limit: 2_000 })) {
      parse(doc.text);
      n += 1;
    }
    out.documents = n;
  } else {
    // Above 5,000 documents buildStoreReport streams anyway; `streamAbove: 0` makes small runs stream too.
    const report = await buildStoreReport(store, 'side', { streamAbove: 0 });
    out.documents = report.documents.length;
    out.rows = report.comparison.distinctive.reduce((k, d) => k + d.rows.length, 0);
    out.vocabulary = report.comparison.groups.reduce((k, g) => k + g.vocabulary, 0);
  }
  out.ms = performance.now() - t0;
  await store.close();
  out.maxRss = process.resourceUsage().maxRSS * 1024;
  out.rss = process.memoryUsage().rss;
  // What stays alive (the report itself) once garbage is collected; needs node --expose-gc.
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc !== undefined) {
    gc();
    out.liveHeap = process.memoryUsage().heapUsed;
  }
  console.log(JSON.stringify(out));
}

function measure(mode: string, db: string): Record<string, number> {
  const script = fileURLToPath(import.meta.url);
  // --heap=MB caps V8's old space in the measured process, so it collects garbage before growing.
  const heap = args.get('heap') === undefined ? [] : [`--max-old-space-size=${args.get('heap')}`];
  const text = execFileSync(process.execPath, [...process.execArgv, ...heap, script, `--child=${mode}`, `--db=${db}`], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(text.trim().split('\n').pop() ?? '{}') as Record<string, number>;
}

/** Builds the store, measures the floor, a parse sample and the report, and prints the figures. */
export async function runCompareScale(scale: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'slant-compare-scale-'));
  const db = join(dir, 'scale.db');
  try {
    const t0 = performance.now();
    const store = SqliteStore.open(db);
    const added = await loadScaleCorpus(store, examples, scale, { termStreams: true, lens: true });
    await store.close();
    const loadS = (performance.now() - t0) / 1000;
    console.log(
      `compare at scale: ${added.toLocaleString('en')} generated articles (~800 words, sides a/b/c, 0–4 synthetic rule findings and ~10 lens findings each, term streams kept as an analysis keeps them) stored in ${loadS.toFixed(1)} s, ` +
        `${mb(statSync(db).size)} on disk`,
    );
    const floor = measure('floor', db);
    const sample = measure('parse', db);
    const report = measure('report', db);
    const s = (ms = NaN): string => `${(ms / 1000).toFixed(1)} s`;
    const parseS = ((sample.ms ?? NaN) / (sample.documents ?? NaN)) * added;
    console.log(`  floor: read every text from the store           ${s(floor.ms)} (peak RSS ${mb(floor.maxRss ?? NaN)})`);
    console.log(`  parsing alone (from a ${sample.documents} article sample) ~ ${(parseS / 1000).toFixed(1)} s for all: what a first comparison of never-analyzed documents adds`);
    console.log(
      `  buildStoreReport(store, 'side')                  ${s(report.ms)}, peak RSS ${mb(report.maxRss ?? NaN)}, RSS after ${mb(report.rss ?? NaN)}; ` +
        `${report.rows} rows, ${(report.vocabulary ?? 0).toLocaleString('en')} terms counted` +
        (report.liveHeap === undefined ? '' : `; live heap after a GC ${mb(report.liveHeap)}`),
    );
    const ms = report.ms ?? Infinity;
    console.log(`  report / floor = ${(ms / (floor.ms ?? NaN)).toFixed(1)}×`);
    const perHundredK = (ms / added) * 100_000;
    console.log(
      `  goal at 100,000 articles: < 30 s and < 1 GB — ${added >= 100_000 ? (ms < 30_000 && (report.maxRss ?? Infinity) < 2 ** 30 ? 'met' : 'NOT met') : `not measured here (~${(perHundredK / 1000).toFixed(0)} s by extrapolation)`}; ` +
        'run `node --import tsx bench/compare-scale.ts --scale=100000` to measure it',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const mode = args.get('child');
if (mode !== undefined) await child(mode, args.get('db') ?? '');
else if (process.argv[1] === fileURLToPath(import.meta.url)) await runCompareScale(Number(args.get('scale') ?? 20_000));
