/** The Propaganda Techniques Corpus (SemEval-2020 Task 11): articles with technique spans, UTF-16 offsets. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SlantError } from '../../core/errors.js';
import { codePointToUtf16 } from './offsets.js';
import { requireDataset } from './paths.js';

/** The 14 technique labels of SemEval-2020 Task 11 (TC), as written in the label files. */
export const PTC_TECHNIQUES = [
  'Appeal_to_Authority',
  'Appeal_to_fear-prejudice',
  'Bandwagon,Reductio_ad_hitlerum',
  'Black-and-White_Fallacy',
  'Causal_Oversimplification',
  'Doubt',
  'Exaggeration,Minimisation',
  'Flag-Waving',
  'Loaded_Language',
  'Name_Calling,Labeling',
  'Repetition',
  'Slogans',
  'Thought-terminating_Cliches',
  'Whataboutism,Straw_Men,Red_Herring',
] as const;

export type PtcTechnique = (typeof PTC_TECHNIQUES)[number];

export interface LabelledSpan {
  /** UTF-16 offsets into the article text, half-open. */
  start: number;
  end: number;
  technique: string;
}

export interface PtcArticle {
  /** The article id, e.g. `111111111`. */
  id: string;
  /** The raw file text, exactly (title, blank line, one sentence per line). */
  text: string;
  spans: LabelledSpan[];
}

/**
 * Loads PTC's training articles with their technique spans (train-task-flc-tc.labels), converting the
 * files' code-point offsets to UTF-16. Articles are sorted by id; spans by start, end, technique.
 *
 * @example
 * const articles = loadPtc(); articles[0].text.slice(articles[0].spans[0].start, articles[0].spans[0].end);
 */
export function loadPtc(dir = requireDataset('ptc-semeval2020-task11')): PtcArticle[] {
  const articlesDir = join(dir, 'train-articles');
  const byId = new Map<string, PtcArticle>();
  for (const name of readdirSync(articlesDir).sort()) {
    const match = /^article(\d+)\.txt$/.exec(name);
    if (!match?.[1]) continue;
    byId.set(match[1], { id: match[1], text: readFileSync(join(articlesDir, name), 'utf8'), spans: [] });
  }
  const converters = new Map<string, (offset: number) => number>();
  const labels = readFileSync(join(dir, 'train-task-flc-tc.labels'), 'utf8').split('\n');
  labels.forEach((line, i) => {
    if (line.trim() === '') return;
    const [id, technique, start, end] = line.split('\t');
    const article = id === undefined ? undefined : byId.get(id);
    if (article === undefined || technique === undefined || start === undefined || end === undefined) {
      throw new SlantError('SLANT_INPUT_MALFORMED', `unexpected line "${line}"`, { source: join(dir, 'train-task-flc-tc.labels'), row: i + 1 });
    }
    let convert = converters.get(article.id);
    if (convert === undefined) converters.set(article.id, (convert = codePointToUtf16(article.text)));
    article.spans.push({ start: convert(Number(start)), end: convert(Number(end)), technique });
  });
  const articles = [...byId.values()];
  for (const a of articles) a.spans.sort((x, y) => x.start - y.start || x.end - y.end || (x.technique < y.technique ? -1 : 1));
  return articles;
}
