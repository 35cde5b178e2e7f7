/** CheckThat! 2025 Task 1 (English): sentences labelled SUBJ or OBJ; the train and dev files together. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SlantError } from '../../core/errors.js';
import { requireDataset } from './paths.js';

export const SUBJECTIVITY_LABELS = ['SUBJ', 'OBJ'] as const;
export type SubjectivityLabel = (typeof SUBJECTIVITY_LABELS)[number];

export interface SubjectivitySentence {
  id: string;
  text: string;
  label: SubjectivityLabel;
  /** Which file it came from. */
  split: 'train' | 'dev';
}

/**
 * Loads `train_en.tsv` and `dev_en.tsv` (`sentence_id sentence label [solved_conflict]`, a header
 * row, no quoting), train first, in file order.
 *
 * @example
 * const sentences = loadCheckThatSubjectivity(); sentences.length; // 1,292
 */
export function loadCheckThatSubjectivity(dir = requireDataset('checkthat2025-subjectivity-en')): SubjectivitySentence[] {
  const out: SubjectivitySentence[] = [];
  for (const split of ['train', 'dev'] as const) {
    const file = join(dir, `${split}_en.tsv`);
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (i === 0 || line.trim() === '') return;
      const [id, text, label] = line.replace(/\r$/, '').split('\t');
      if (id === undefined || text === undefined || (label !== 'SUBJ' && label !== 'OBJ')) {
        throw new SlantError('SLANT_INPUT_MALFORMED', `expected "id<TAB>sentence<TAB>SUBJ|OBJ", got "${line.slice(0, 80)}"`, { source: file, row: i + 1 });
      }
      out.push({ id, text: text.trim(), label, split });
    });
  }
  return out;
}
