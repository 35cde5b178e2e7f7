/**
 * Measures the terminology detector and the side reading: time per article (parsing excluded, since
 * the pipeline parses once for every detector) on the example corpus, the seeds and the SemEval-2025
 * Task 10 Ukraine-war articles, and, on those articles, how the russia-ukraine pack reads documents
 * annotated with pro-Kremlin narratives against documents annotated with none.
 *
 * Run: npm run build:data && node --import tsx scripts/measure-packs.ts [--rounds 20]
 * The seeds (../shared/seeds) and SemEval-2025 (../shared/datasets or SLANT_DATASETS) are optional.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNameCallingDetector } from '../src/detectors/name-calling/index.js';
import { loadLexicons, requireLexicon } from '../src/lexicon/load.js';
import { parse } from '../src/nlp/parse.js';
import { createSideAssessor, createTerminologyDetector, loadPacks, packScanner } from '../src/packs/index.js';
import { datasetsDir } from '../src/train/datasets/paths.js';

const args = process.argv.slice(2);
const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 20;

const root = new URL('../', import.meta.url);
const examplesDir = fileURLToPath(new URL('examples/', root));
const seedsDir = fileURLToPath(new URL('../shared/seeds/', root));
const semevalDir = join(datasetsDir(), 'semeval2025-task10-en');

const stripFrontMatter = (text: string): string => text.replace(/^---\n[\s\S]*?\n---\n/, '');
const corpus: Array<{ name: string; text: string }> = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .sort()
  .map((f) => ({ name: `examples/${f}`, text: stripFrontMatter(readFileSync(join(examplesDir, f), 'utf8')) }));
if (existsSync(seedsDir)) {
  for (const f of readdirSync(seedsDir).filter((x) => x.endsWith('.txt')).sort()) corpus.push({ name: `seeds/${f}`, text: readFileSync(join(seedsDir, f), 'utf8') });
}

const packs = loadPacks();
const t0 = performance.now();
const detector = createTerminologyDetector(packs);
const assessor = createSideAssessor(packs);
packScanner(packs).read(parse('warm up'));
const setupMs = performance.now() - t0;
const nameCalling = createNameCallingDetector({ lexicon: requireLexicon(loadLexicons(), 'name-calling') });

/** Mean ms per document for the detector and the assessor over `docs`, fresh parses each round (the scan is remembered per parse). */
function timePerDoc(texts: readonly string[]): { ms: number; words: number } {
  let total = 0;
  let words = 0;
  for (let round = 0; round < rounds + 2; round += 1) {
    const docs = texts.map((t) => parse(t));
    const calling = docs.map((d) => nameCalling.detect(d));
    const start = performance.now();
    docs.forEach((doc, i) => {
      const findings = detector.detect(doc);
      assessor.assess(doc, [...findings, ...(calling[i] ?? [])]);
    });
    const elapsed = performance.now() - start;
    if (round >= 2) total += elapsed; // two warm-up rounds
    if (round === 0) words = docs.reduce((n, d) => n + d.wordCount, 0);
  }
  return { ms: total / rounds / texts.length, words: words / texts.length };
}

process.stdout.write(`packs: ${packs.length}; building the detector and the scan (first document included): ${setupMs.toFixed(0)} ms\n`);
const own = timePerDoc(corpus.map((c) => c.text));
process.stdout.write(`examples + seeds (${corpus.length} articles, ${own.words.toFixed(0)} words each on average): ${own.ms.toFixed(2)} ms per article, terminology detector + side assessor\n`);

for (const { name, text } of corpus) {
  const doc = parse(text);
  const findings = detector.detect(doc);
  const signals = [assessor.assess(doc, [...findings, ...nameCalling.detect(doc)]) ?? []].flat();
  const marked = findings.filter((f) => f.label === 'Side-marking term').length;
  process.stdout.write(`  ${name}: ${marked} side-marking and ${findings.length - marked} neutral findings; ${signals.map((s) => `${s.id} ${s.labels[0]?.label} ${s.labels[0]?.score}`).join(', ') || 'no side reading'}\n`);
}

if (existsSync(join(semevalDir, 'subtask-2-annotations.txt'))) {
  // Narratives of the SemEval-2025 Task 10 taxonomy that argue the Kremlin's case (the others are fears, outcomes, or praise of the West).
  const PRO_KREMLIN = ['URW: Discrediting Ukraine', 'URW: Russia is the Victim', 'URW: Praise of Russia', 'URW: Blaming the war on others rather than the invader'];
  const groups = new Map<string, string[]>([['pro-Kremlin narrative', []], ['no narrative (Other)', []]]);
  for (const line of readFileSync(join(semevalDir, 'subtask-2-annotations.txt'), 'utf8').split('\n')) {
    const [file, narratives] = line.split('\t');
    if (file === undefined || narratives === undefined || !file.startsWith('EN_UA')) continue;
    const labels = new Set(narratives.split(';'));
    const group = labels.size === 1 && labels.has('Other') ? 'no narrative (Other)' : PRO_KREMLIN.some((n) => labels.has(n)) ? 'pro-Kremlin narrative' : undefined;
    if (group !== undefined) groups.get(group)?.push(readFileSync(join(semevalDir, 'raw-documents', file), 'utf8'));
  }
  const all = [...groups.values()].flat();
  const urw = timePerDoc(all.slice(0, 60));
  process.stdout.write(`SemEval-2025 Ukraine-war articles (60, ${urw.words.toFixed(0)} words each on average): ${urw.ms.toFixed(2)} ms per article\n`);
  for (const [group, texts] of groups) {
    const tally = new Map<string, number>();
    let relevant = 0;
    for (const text of texts) {
      const doc = parse(text);
      const signals = [assessor.assess(doc, [...detector.detect(doc), ...nameCalling.detect(doc)]) ?? []].flat();
      const side = signals.find((s) => s.id === 'side:russia-ukraine');
      if (side !== undefined) relevant += 1;
      const label = side?.labels[0]?.label ?? 'pack not relevant';
      tally.set(label, (tally.get(label) ?? 0) + 1);
    }
    const parts = [...tally.entries()].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l} ${n}`);
    process.stdout.write(`  ${group}: ${texts.length} articles, russia-ukraine relevant in ${relevant}; ${parts.join(', ')}\n`);
  }
}
