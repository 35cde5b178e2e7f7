/**
 * Measures the technique-cues detector on the PTC training articles (SemEval-2020 Task 11): per technique,
 * how many findings overlap a gold span of the mapped PTC label, of the same SemEval-2023 technique (the
 * SemEval-2023 Task 3 span labels of the same articles), and of any technique.
 *
 * Run: node --import tsx scripts/measure-technique-cues.ts [--cues] [--misses <technique>]
 *   --cues               also one row per rule (lexicon entry or pattern)
 *   --misses <technique> print the findings of that technique that overlap no gold span of any label
 * Needs ../shared/datasets (or SLANT_DATASETS) with ptc-semeval2020-task11 and, for the SemEval-2023
 * column, semeval2023-task3-en.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTechniqueCuesDetector } from '../src/detectors/technique-cues/index.js';
import { loadLexicons, requireLexicon } from '../src/lexicon/load.js';
import { parse } from '../src/nlp/parse.js';
import { findingTechnique } from '../src/techniques/rule-model.js';
import { codePointToUtf16 } from '../src/train/datasets/offsets.js';
import { datasetsDir } from '../src/train/datasets/paths.js';
import { loadPtc, type LabelledSpan } from '../src/train/datasets/ptc.js';

interface Tally {
  matches: number;
  mapped: number;
  semeval2023: number;
  any: number;
}

const args = process.argv.slice(2);
const perCue = args.includes('--cues');
const missesOf = args.includes('--misses') ? args[args.indexOf('--misses') + 1] : undefined;

/** SemEval-2023 Task 3 span labels for article `id`, on the same text as PTC (same length; only line breaks differ). */
function semeval2023Spans(id: string, text: string): LabelledSpan[] | undefined {
  const file = join(datasetsDir(), 'semeval2023-task3-en', 'train-labels-subtask-3-spans', `article${id}-labels-subtask-3.txt`);
  if (!existsSync(file)) return undefined;
  const convert = codePointToUtf16(text);
  const spans: LabelledSpan[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [, technique, start, end] = line.split('\t');
    if (technique === undefined || start === undefined || end === undefined) continue;
    spans.push({ technique, start: convert(Number(start)), end: convert(Number(end)) });
  }
  return spans;
}

const overlaps = (spans: readonly LabelledSpan[], start: number, end: number, label?: string): boolean =>
  spans.some((s) => s.start < end && start < s.end && (label === undefined || s.technique === label));

const detector = createTechniqueCuesDetector({ lexicon: requireLexicon(loadLexicons(), 'technique-cues') });
const articles = loadPtc();
const byTechnique = new Map<string, Tally>();
const byRule = new Map<string, Tally>();
const ptcLabel = new Map<string, string>();
/** The techniques the SemEval-2023 span labels use at all: the others have no column to fill. */
const annotated2023 = new Set<string>();
let words = 0;
const started = performance.now();
for (const article of articles) {
  const doc = parse(article.text, { pos: true });
  words += doc.wordCount;
  const spans2023 = semeval2023Spans(article.id, article.text);
  for (const s of spans2023 ?? []) annotated2023.add(s.technique);
  for (const f of detector.detect(doc)) {
    const mapping = findingTechnique(f);
    const technique = mapping?.semeval2023 ?? String(f.data?.technique);
    ptcLabel.set(technique, mapping?.ptc ?? '(none)');
    const hit = {
      mapped: mapping?.ptc !== undefined && overlaps(article.spans, f.start, f.end, mapping.ptc),
      semeval2023: spans2023 !== undefined && overlaps(spans2023, f.start, f.end, technique),
      any: overlaps(article.spans, f.start, f.end),
    };
    for (const [map, key] of [[byTechnique, technique], [byRule, f.rule]] as const) {
      const tally = map.get(key) ?? { matches: 0, mapped: 0, semeval2023: 0, any: 0 };
      tally.matches += 1;
      if (hit.mapped) tally.mapped += 1;
      if (hit.semeval2023) tally.semeval2023 += 1;
      if (hit.any) tally.any += 1;
      map.set(key, tally);
    }
    if (missesOf === technique && !hit.any) process.stdout.write(`miss ${article.id} ${f.rule}: ${f.text.replace(/\s+/g, ' ')}\n`);
  }
}
const elapsed = performance.now() - started;

const pct = (n: number, d: number): string => (d === 0 ? '–' : `${Math.round((100 * n) / d)}%`);
const row = (name: string, t: Tally, ptc: string, technique: string | undefined): string => {
  const in2023 = technique === undefined ? annotated2023.size > 0 : annotated2023.has(technique);
  const mapped = ptc === '(none)' ? 'no PTC label' : `${t.mapped} (${pct(t.mapped, t.matches)})`;
  return `| ${name} | ${ptc} | ${t.matches} | ${mapped} | ${in2023 ? `${t.semeval2023} (${pct(t.semeval2023, t.matches)})` : 'not in the span labels'} | ${t.any} (${pct(t.any, t.matches)}) |`;
};
const header = '| Technique | PTC label | Matches | Overlap mapped PTC label | Overlap same SemEval-2023 technique | Overlap any technique |\n|---|---|---|---|---|---|';

process.stdout.write(`PTC training set: ${articles.length} articles, ${words} words; detection (with parsing) ${(elapsed / 1000).toFixed(1)} s\n\n${header}\n`);
const total: Tally = { matches: 0, mapped: 0, semeval2023: 0, any: 0 };
for (const [technique, t] of [...byTechnique].sort((a, b) => b[1].matches - a[1].matches || (a[0] < b[0] ? -1 : 1))) {
  process.stdout.write(`${row(technique, t, ptcLabel.get(technique) ?? '', technique)}\n`);
  for (const k of ['matches', 'mapped', 'semeval2023', 'any'] as const) total[k] += t[k];
}
process.stdout.write(`${row('**all**', total, '', undefined)}\n`);
if (perCue) {
  process.stdout.write(`\n${header.replace('Technique | PTC label', 'Rule | PTC label')}\n`);
  for (const [rule, t] of [...byRule].sort((a, b) => b[1].matches - a[1].matches || (a[0] < b[0] ? -1 : 1))) {
    const technique = rule.split('/')[1] ?? '';
    process.stdout.write(`${row(rule, t, ptcLabel.get(technique) ?? '', technique)}\n`);
  }
}
