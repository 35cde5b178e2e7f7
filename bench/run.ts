/**
 * `npm run bench`: throughput and memory of the rule pass and of technique detection, as ratios to a
 * tokenize-only floor measured in the same run.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '../src/core/pipeline.js';
import { RULE_DETECTOR_IDS } from '../src/detectors/index.js';
import { parse } from '../src/nlp/parse.js';
import { generateCorpus } from './corpus.js';
import { runHttpBench } from './http.js';
import { runCompareScale } from './compare-scale.js';

const args = new Map<string, string>();
for (const arg of process.argv.slice(2)) {
  const [k, v] = arg.replace(/^--/, '').split('=');
  if (k) args.set(k, v ?? 'true');
}
const DOCS = Number(args.get('docs') ?? 300);
const ROUNDS = Number(args.get('rounds') ?? 7);
/** Technique detection is ~50× slower than the rule pass: fewer articles and rounds keep the run short. */
const MODEL_DOCS = Number(args.get('model-docs') ?? 100);
const MODEL_ROUNDS = Number(args.get('model-rounds') ?? 3);
const examples = fileURLToPath(new URL('../examples/', import.meta.url));

interface Timing {
  name: string;
  ms: number;
  docsPerSecond: number;
  mbPerSecond: number;
}

/**
 * Times several workloads in interleaved rounds (A B A B …) and keeps each one's best round, so a
 * burst of load from other processes on this shared machine hits all of them alike instead of
 * skewing the ratio between them.
 */
function timeInterleaved(corpus: string[], workloads: Array<{ name: string; fn: (text: string) => unknown }>, rounds = ROUNDS): Timing[] {
  const bytes = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0);
  for (const w of workloads) for (const t of corpus.slice(0, 20)) w.fn(t);
  const best = workloads.map(() => Infinity);
  for (let r = 0; r < rounds; r += 1) {
    workloads.forEach((w, i) => {
      const t0 = performance.now();
      for (const t of corpus) w.fn(t);
      best[i] = Math.min(best[i] ?? Infinity, performance.now() - t0);
    });
  }
  return workloads.map((w, i) => {
    const ms = best[i] ?? Infinity;
    return { name: w.name, ms, docsPerSecond: (corpus.length / ms) * 1000, mbPerSecond: bytes / 1e6 / (ms / 1000) };
  });
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

const corpus = generateCorpus(examples, DOCS);
const bytes = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0);
const words = corpus.reduce((n, t) => n + t.split(/\s+/).length, 0);
console.log(`corpus: ${DOCS} generated articles, ${words.toLocaleString('en')} words, ${(bytes / 1e6).toFixed(2)} MB; best of ${ROUNDS} rounds\n`);

const tokenizer = winkNLP(model, []);
const tokenize = (t: string): unknown => tokenizer.readDoc(t).tokens().out();
const rulePass = createAnalyzer({ fast: true });
const analyzer = createAnalyzer();
const techniquesOnly = createAnalyzer({ detectors: [...RULE_DETECTOR_IDS, 'techniques'] });
const print = (r: Timing, floor: Timing): void => {
  console.log(`${r.name.padEnd(44)} ${r.docsPerSecond.toFixed(1).padStart(8)} articles/s ${r.mbPerSecond.toFixed(2).padStart(7)} MB/s   ratio to floor ${(floor.ms / r.ms).toFixed(3)}`);
};

console.log(`fast pass (\`slant analyze --fast\`): parse + ${rulePass.info.stages.slice(1).join(', ')}`);
const [floor, rules] = timeInterleaved(corpus, [
  { name: 'tokenize only (wink-nlp, floor)', fn: tokenize },
  { name: 'fast pass', fn: (t) => rulePass.analyze(t) },
]) as [Timing, Timing];
print(floor, floor);
print(rules, floor);

const modelCorpus = corpus.slice(0, MODEL_DOCS);
console.log(`\nthe default analysis (POS tags, rule detectors, technique model, lens), ${modelCorpus.length} articles, best of ${MODEL_ROUNDS}; one core`);
const [modelFloor, techniques, full] = timeInterleaved(
  modelCorpus,
  [
    { name: 'tokenize only (wink-nlp, floor)', fn: tokenize },
    { name: 'technique detection (rules + model)', fn: (t) => techniquesOnly.analyze(t) },
    { name: 'default analysis', fn: (t) => analyzer.analyze(t) },
  ],
  MODEL_ROUNDS,
) as [Timing, Timing, Timing];
print(modelFloor, modelFloor);
print(techniques, modelFloor);
print(full, modelFloor);

/**
 * Where the time goes: each document parsed, then each detector run on it and timed alone, as in
 * `analyze` (so caches are as warm as there); best of `ROUNDS` for each stage.
 */
function stages(): Map<string, number> {
  const pos = analyzer.info.stages.includes('pos');
  const best = new Map<string, number>();
  for (let r = 0; r < ROUNDS; r += 1) {
    const round = new Map<string, number>();
    const add = (name: string, ms: number): void => {
      round.set(name, (round.get(name) ?? 0) + ms);
    };
    for (const t of corpus) {
      let before = performance.now();
      const doc = parse(t, { pos });
      let after = performance.now();
      add('parse', after - before);
      for (const detector of analyzer.detectors) {
        before = after;
        detector.detect(doc);
        after = performance.now();
        add(detector.id, after - before);
      }
    }
    for (const [name, ms] of round) best.set(name, Math.min(best.get(name) ?? Infinity, ms));
  }
  return best;
}

console.log('\nstages of the default analysis on all articles (each document parsed, then each detector on it), time and time / floor:');
const stageTimes = stages();
let detectorsMs = 0;
for (const [name, ms] of stageTimes) {
  if (name !== 'parse') detectorsMs += ms;
  console.log(`  ${name.padEnd(38)} ${ms.toFixed(1).padStart(7)} ms   ${(ms / floor.ms).toFixed(2)} × floor`);
}
console.log(`  ${'all detectors'.padEnd(38)} ${detectorsMs.toFixed(1).padStart(7)} ms   ${(detectorsMs / floor.ms).toFixed(2)} × floor`);
console.log('  (the first lexicon detector also pays for numbering the words and the one lexicon scan the others share)');

/** Runs bench/technique-memory.ts in a fresh process (same Node flags, so the same TypeScript loader). */
function child(...args: string[]): Record<string, number> {
  const script = fileURLToPath(new URL('./technique-memory.ts', import.meta.url));
  const out = execFileSync(process.execPath, [...process.execArgv, script, ...args], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Record<string, number>;
}
const baseline = child('--baseline');
const fresh = child(`--docs=${MODEL_DOCS}`, '--techniques');
const whole = child(`--docs=${MODEL_DOCS}`);
console.log(
  `\ntechnique model, in a fresh process: weights load ${(fresh.loadMs ?? NaN).toFixed(0)} ms (goal < 1,000 ms); ` +
    `before that, importing the code (wink-nlp, lexicons, detectors) ${(fresh.importMs ?? NaN).toFixed(0)} ms; first analysis ${(fresh.firstMs ?? NaN).toFixed(0)} ms`,
);
console.log(
  `resident memory after ${MODEL_DOCS} technique detections and a GC ${mb(fresh.rss ?? NaN)} (peak ${mb(fresh.maxRss ?? NaN)}); the runtime alone (Node + tsx) ${mb(baseline.rss ?? NaN)}; ` +
    `goal < 300 MB: ${(fresh.rss ?? Infinity) < 300 * 1024 * 1024 ? 'met' : 'NOT met'}`,
);
console.log(`the default analysis (all models of the lens loaded too): ${mb(whole.rss ?? NaN)} after ${MODEL_DOCS} analyses and a GC (peak ${mb(whole.maxRss ?? NaN)})`);

const usage = process.resourceUsage();
console.log(`this bench process: peak resident memory ${mb(usage.maxRSS * 1024)} (it holds the corpus and both analyzers); heap used now ${mb(process.memoryUsage().heapUsed)}`);
const ratio = floor.ms / rules.ms;
console.log(`\nfast pass / tokenize floor = ${ratio.toFixed(2)} (goal ≥ 0.50: ${ratio >= 0.5 ? 'met' : 'NOT met'})`);
console.log(`technique detection = ${techniques.docsPerSecond.toFixed(1)} articles/s on one core, ${(modelFloor.ms / techniques.ms).toFixed(3)} × floor (goal ≥ 50 articles/s per core: ${techniques.docsPerSecond >= 50 ? 'met' : 'NOT met'})`);
console.log(`default analysis (techniques and the lens) = ${full.docsPerSecond.toFixed(1)} articles/s on one core, ${(modelFloor.ms / full.ms).toFixed(3)} × floor`);

console.log('');
await runHttpBench({ duration: Number(args.get('http-duration') ?? 10) });

// `slant compare` over a stored corpus; --scale=0 skips it, --scale=100000 is the goal's size (several minutes).
const SCALE = Number(args.get('scale') ?? 20_000);
if (SCALE > 0) {
  console.log('');
  await runCompareScale(SCALE);
}
