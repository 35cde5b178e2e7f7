/** Test helper: a small synthetic PTC and SemEval-2023 dataset on disk, in the original file formats, with known answers. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '../learn/random.js';

/** Cue words of each synthetic technique: the only words that mark it. */
export const SYNTHETIC_CUES = {
  Loaded_Language: ['barbaric', 'monstrous', 'savage'],
  'Name_Calling,Labeling': ['thugs', 'crooks', 'clowns'],
  Doubt: ['allegedly', 'supposedly', 'purportedly'],
} as const;

const PARAGRAPH_LABEL: Record<string, string> = {
  Loaded_Language: 'Loaded_Language',
  'Name_Calling,Labeling': 'Name_Calling-Labeling',
  Doubt: 'Doubt',
};

const FILLER = ['the', 'council', 'met', 'on', 'tuesday', 'and', 'discussed', 'a', 'new', 'road', 'budget', 'with', 'local', 'residents', 'near', 'river'];

/**
 * Writes `articles` synthetic articles (title, blank line, one sentence per line) to a fresh temp
 * folder laid out like `../shared/datasets`: `ptc-semeval2020-task11/` with `train-articles/` and
 * `train-task-flc-tc.labels`, and `semeval2023-task3-en/` with `train-articles-subtask-3/` and
 * `train-labels-subtask-3.txt`. About half the sentences carry one cue word, which is the gold span.
 * Returns the folder.
 *
 * @example
 * const dir = writeSyntheticDatasets(24, 1); loadPtc(join(dir, 'ptc-semeval2020-task11'));
 */
export function writeSyntheticDatasets(articles: number, seed: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'slant-train-'));
  const ptc = join(dir, 'ptc-semeval2020-task11');
  const sem = join(dir, 'semeval2023-task3-en');
  mkdirSync(join(ptc, 'train-articles'), { recursive: true });
  mkdirSync(join(sem, 'train-articles-subtask-3'), { recursive: true });
  const next = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const techniques = Object.keys(SYNTHETIC_CUES) as Array<keyof typeof SYNTHETIC_CUES>;
  const spanLines: string[] = [];
  const paragraphLines: string[] = [];
  for (let a = 0; a < articles; a += 1) {
    const id = String(700000000 + a);
    const lines = ['Council news', ''];
    const labels: string[][] = [[], []];
    let offset = lines.join('\n').length + 1;
    for (let s = 0; s < 12; s += 1) {
      const words = Array.from({ length: 8 + Math.floor(next() * 6) }, () => pick(FILLER));
      let technique: (typeof techniques)[number] | undefined;
      if (next() < 0.5) {
        technique = pick(techniques);
        words.splice(1 + Math.floor(next() * (words.length - 2)), 0, pick(SYNTHETIC_CUES[technique]));
      }
      const sentence = `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
      if (technique !== undefined) {
        const cue = SYNTHETIC_CUES[technique].find((c) => words.includes(c)) as string;
        const start = offset + sentence.indexOf(` ${cue}`) + 1;
        spanLines.push(`${id}\t${technique}\t${start}\t${start + cue.length}`);
      }
      labels.push(technique === undefined ? [] : [PARAGRAPH_LABEL[technique] as string]);
      lines.push(sentence);
      offset += sentence.length + 1;
    }
    const text = `${lines.join('\n')}\n`;
    writeFileSync(join(ptc, 'train-articles', `article${id}.txt`), text);
    writeFileSync(join(sem, 'train-articles-subtask-3', `article${id}.txt`), text);
    labels.forEach((l, i) => {
      if (i >= 2) paragraphLines.push(`${id}\t${i + 1}\t${l.join(',')}`);
    });
  }
  writeFileSync(join(ptc, 'train-task-flc-tc.labels'), `${spanLines.join('\n')}\n`);
  writeFileSync(join(sem, 'train-labels-subtask-3.txt'), `${paragraphLines.join('\n')}\n`);
  return dir;
}
