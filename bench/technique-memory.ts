/**
 * Run by `bench/run.ts` in a child process, so that its figures are those of a fresh process:
 * `--baseline` reports the resident memory of the runtime alone (Node and the TypeScript loader);
 * otherwise it times importing the code, loading the technique model's weights, the first analysis, analyzes `--docs` generated articles with the full
 * pipeline, and reports the load time and the resident memory after a garbage collection. Prints one
 * JSON line.
 */
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './corpus.js';

const docs = Number(process.argv.find((a) => a.startsWith('--docs='))?.slice(7) ?? 100);
/** `--techniques`: the rule detectors and the technique model only; else the default analysis. */
const techniquesOnly = process.argv.includes('--techniques');
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
const rss = (): number => process.memoryUsage().rss;

if (process.argv.includes('--baseline')) {
  gc();
  console.log(JSON.stringify({ rss: rss() }));
} else {
  const t0 = performance.now();
  const { loadLearnedTechniqueModel } = await import('../src/techniques/learned/index.js');
  const t1 = performance.now();
  const model = loadLearnedTechniqueModel();
  const loadMs = performance.now() - t1;
  const importMs = t1 - t0;
  if (model === undefined) throw new Error('no technique model in models/: run `npm run train`');
  const { createAnalyzer } = await import('../src/core/pipeline.js');
  const { RULE_DETECTOR_IDS } = await import('../src/detectors/index.js');
  const analyzer = createAnalyzer(techniquesOnly ? { detectors: [...RULE_DETECTOR_IDS, 'techniques'] } : {});
  const t2 = performance.now();
  analyzer.analyze('The so-called experts are barbaric liars!');
  const firstMs = performance.now() - t2;
  for (const text of generateCorpus(fileURLToPath(new URL('../examples/', import.meta.url)), docs)) analyzer.analyze(text);
  gc();
  console.log(JSON.stringify({ importMs, loadMs, firstMs, rss: rss(), maxRss: process.resourceUsage().maxRSS * 1024 }));
}
