/** SemEval-2023 Task 3 (English): genre (ST1), frames (ST2), and persuasion techniques per paragraph (ST3). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireDataset } from './paths.js';

/** The 23 technique labels of SemEval-2023 Task 3 subtask 3, as written in the label files. */
export const SEMEVAL2023_TECHNIQUES = [
  'Appeal_to_Authority',
  'Appeal_to_Popularity',
  'Appeal_to_Values',
  'Appeal_to_Fear-Prejudice',
  'Flag_Waving',
  'Causal_Oversimplification',
  'False_Dilemma-No_Choice',
  'Consequential_Oversimplification',
  'Straw_Man',
  'Red_Herring',
  'Whataboutism',
  'Slogans',
  'Appeal_to_Time',
  'Conversation_Killer',
  'Loaded_Language',
  'Repetition',
  'Exaggeration-Minimisation',
  'Obfuscation-Vagueness-Confusion',
  'Name_Calling-Labeling',
  'Doubt',
  'Guilt_by_Association',
  'Appeal_to_Hypocrisy',
  'Questioning_the_Reputation',
] as const;

export interface Paragraph2023 {
  /** `${articleId}_${line}`, unique across the set. */
  id: string;
  articleId: string;
  /** 1-based line number of the paragraph in its article file. */
  line: number;
  text: string;
  labels: string[];
}

export interface Article2023 {
  id: string;
  /** The raw article text of the subtask's folder. */
  text: string;
}

function readArticles(folder: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(folder)) return out;
  for (const name of readdirSync(folder).sort()) {
    const m = /^article(\d+)\.txt$/.exec(name);
    if (m?.[1]) out.set(m[1], readFileSync(join(folder, name), 'utf8'));
  }
  return out;
}

/**
 * Subtask 3 at paragraph level: every labelled line of every article (lines without a technique
 * have `labels: []`), in article then line order.
 *
 * @example
 * const paragraphs = loadSemeval2023Paragraphs(); paragraphs.filter((p) => p.labels.includes('Doubt'));
 */
export function loadSemeval2023Paragraphs(dir = requireDataset('semeval2023-task3-en')): Paragraph2023[] {
  const articles = readArticles(join(dir, 'train-articles-subtask-3'));
  const lines = new Map<string, string[]>();
  const out: Paragraph2023[] = [];
  for (const row of readFileSync(join(dir, 'train-labels-subtask-3.txt'), 'utf8').split('\n')) {
    if (row.trim() === '') continue;
    const [articleId, lineText, labelText] = row.split('\t');
    if (articleId === undefined || lineText === undefined) continue;
    const text = articles.get(articleId);
    if (text === undefined) continue;
    let split = lines.get(articleId);
    if (split === undefined) lines.set(articleId, (split = text.split('\n')));
    const line = Number(lineText);
    const paragraph = split[line - 1];
    if (paragraph === undefined || paragraph.trim() === '') continue;
    const labels = (labelText ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    out.push({ id: `${articleId}_${line}`, articleId, line, text: paragraph, labels });
  }
  return out;
}

/** Subtask 1: article genre (`opinion`, `reporting`, `satire`). */
export function loadSemeval2023Genre(dir = requireDataset('semeval2023-task3-en')): Array<Article2023 & { label: string }> {
  const articles = readArticles(join(dir, 'train-articles-subtask-1'));
  return readLabelled(join(dir, 'train-labels-subtask-1.txt'), articles).map(({ id, text, labels }) => ({ id, text, label: labels[0] ?? '' }));
}

/** Subtask 2: the frames of each article (14 frames, several per article). */
export function loadSemeval2023Frames(dir = requireDataset('semeval2023-task3-en')): Array<Article2023 & { labels: string[] }> {
  return readLabelled(join(dir, 'train-labels-subtask-2.txt'), readArticles(join(dir, 'train-articles-subtask-2')));
}

function readLabelled(file: string, articles: Map<string, string>): Array<Article2023 & { labels: string[] }> {
  const out: Array<Article2023 & { labels: string[] }> = [];
  for (const row of readFileSync(file, 'utf8').split('\n')) {
    const [id, labelText] = row.split('\t');
    if (!id || labelText === undefined) continue;
    const text = articles.get(id);
    if (text === undefined) continue;
    out.push({ id, text, labels: labelText.split(',').map((s) => s.trim()).filter(Boolean) });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
