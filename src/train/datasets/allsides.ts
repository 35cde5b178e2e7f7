/** AllSides article bias (Baly et al. 2020): left, center and right articles on the same story, grouped in triplets. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SlantError } from '../../core/errors.js';
import { requireDataset } from './paths.js';

export const ALLSIDES_LABELS = ['left', 'center', 'right'] as const;
export type AllSidesLabel = (typeof ALLSIDES_LABELS)[number];

export interface AllSidesArticle {
  id: string;
  /** The story triplet (one left, one center, one right article on the same story and day). */
  triplet: string;
  topic: string;
  title: string;
  text: string;
  source: string;
  label: AllSidesLabel;
}

/**
 * Loads the articles listed in `story_triplets.tsv` from `jsons/<ID>.json` (`title`,
 * `content_original`, `source`, `bias_text`), in triplet order.
 *
 * @example
 * const articles = loadAllSides(); new Set(articles.map((a) => a.triplet)).size; // 337
 */
export function loadAllSides(dir = requireDataset('allsides-article-bias')): AllSidesArticle[] {
  const file = join(dir, 'story_triplets.tsv');
  const lines = readFileSync(file, 'utf8').split('\n');
  const header = (lines[0] ?? '').replace(/\r$/, '').split('\t');
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i === -1) throw new SlantError('SLANT_INPUT_MALFORMED', `no column ${name} in the header`, { source: file, row: 1 });
    return i;
  };
  const [cTriplet, cTopic, cId] = [col('triplet_no'), col('topic'), col('ID')];
  const out: AllSidesArticle[] = [];
  lines.forEach((line, i) => {
    if (i === 0 || line.trim() === '') return;
    const cells = line.replace(/\r$/, '').split('\t');
    const id = cells[cId] ?? '';
    const json = JSON.parse(readFileSync(join(dir, 'jsons', `${id}.json`), 'utf8')) as Record<string, unknown>;
    const label = json.bias_text;
    if (label !== 'left' && label !== 'center' && label !== 'right') throw new SlantError('SLANT_INPUT_MALFORMED', `article ${id}: bias_text "${String(label)}"`, { source: file, row: i + 1 });
    out.push({
      id,
      triplet: cells[cTriplet] ?? '',
      topic: cells[cTopic] ?? '',
      title: String(json.title ?? '').trim(),
      text: String(json.content_original ?? '').trim(),
      source: String(json.source ?? ''),
      label,
    });
  });
  return out;
}
