/** BABE (Spinde et al. 2021), SG2: news sentences labelled Biased / Non-biased by experts, with the article each comes from. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { SlantError } from '../../core/errors.js';
import { requireDataset } from './paths.js';

/** The two labels kept, as written in the data ("No agreement" rows are dropped). */
export const BABE_LABELS = ['Biased', 'Non-biased'] as const;
export type BabeLabel = (typeof BABE_LABELS)[number];

export interface BabeSentence {
  /** 1-based record number in the file. */
  id: string;
  text: string;
  /** The article's URL: sentences of one article share it, so folds group by it (empty for 27 sentences). */
  newsLink: string;
  outlet: string;
  label: BabeLabel;
  /** `label_opinion` as written: "Expresses writer’s opinion", "Somewhat factual but also opinionated", "Entirely factual" or "No agreement". */
  opinion: string;
}

/**
 * Loads `babe-sg2-train.csv` (`;`-separated, RFC 4180 quoting): every sentence labelled Biased or
 * Non-biased, in file order. Rows with "No agreement" are left out.
 *
 * @example
 * const sentences = loadBabe(); sentences.filter((s) => s.label === 'Biased').length;
 */
export function loadBabe(dir = requireDataset('babe')): BabeSentence[] {
  const file = join(dir, 'babe-sg2-train.csv');
  const records = parse(readFileSync(file, 'utf8'), { delimiter: ';', columns: true, bom: true, relax_column_count: false }) as Array<Record<string, string>>;
  const out: BabeSentence[] = [];
  records.forEach((r, i) => {
    const label = r.label_bias;
    if (label === 'No agreement') return;
    if (label !== 'Biased' && label !== 'Non-biased') throw new SlantError('SLANT_INPUT_MALFORMED', `unexpected label_bias "${String(label)}"`, { source: file, row: i + 2 });
    const text = (r.text ?? '').trim();
    if (text === '') return;
    out.push({ id: String(i + 1), text, newsLink: r.news_link ?? '', outlet: r.outlet ?? '', label, opinion: r.label_opinion ?? '' });
  });
  return out;
}
