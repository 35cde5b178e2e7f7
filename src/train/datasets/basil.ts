/** BASIL (Fan et al. 2019): articles of Fox News, HuffPost and NYT on the same events, with lexical and informational bias spans per sentence. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireDataset } from './paths.js';

export interface BasilSentence {
  text: string;
  /** At least one span annotated as lexical bias (`bias: lex`) lies in this sentence. */
  lexical: boolean;
  /** At least one span annotated as informational bias (`bias: inf`). */
  informational: boolean;
}

export interface BasilArticle {
  /** The article's uuid. */
  id: string;
  /** The event triplet it belongs to. */
  triplet: string;
  /** `fox`, `hpo` or `nyt`. */
  source: string;
  sentences: BasilSentence[];
}

interface ArticleJson {
  uuid?: string;
  source?: string;
  'triplet-uuid'?: string;
  'body-paragraphs'?: string[][];
}

interface AnnotationJson {
  'phrase-level-annotations'?: Array<{ bias?: string; start?: number; end?: number; txt?: string }>;
}

/**
 * Loads every annotated article with its sentences, marking those that hold a lexical or an
 * informational bias span. Span offsets are relative to their sentence, which the files do not
 * name: the sentence is the first whose slice at those offsets is the span's text (3 of 1,463 spans
 * match no sentence and are dropped).
 *
 * @example
 * const sentences = loadBasil().flatMap((a) => a.sentences); sentences.filter((s) => s.lexical).length;
 */
export function loadBasil(dir = requireDataset('basil')): BasilArticle[] {
  const out: BasilArticle[] = [];
  for (const year of readdirSync(join(dir, 'annotations')).sort()) {
    for (const name of readdirSync(join(dir, 'annotations', year)).sort()) {
      if (!name.endsWith('_ann.json')) continue;
      const annotation = JSON.parse(readFileSync(join(dir, 'annotations', year, name), 'utf8')) as AnnotationJson;
      const article = JSON.parse(readFileSync(join(dir, 'articles', year, name.replace(/_ann\.json$/, '.json')), 'utf8')) as ArticleJson;
      const sentences: BasilSentence[] = (article['body-paragraphs'] ?? []).flat().map((text) => ({ text, lexical: false, informational: false }));
      for (const span of annotation['phrase-level-annotations'] ?? []) {
        const { start, end, txt } = span;
        if (start === undefined || end === undefined || txt === undefined) continue;
        const sentence = sentences.find((s) => s.text.slice(start, end) === txt);
        if (sentence === undefined) continue;
        if (span.bias === 'lex') sentence.lexical = true;
        else if (span.bias === 'inf') sentence.informational = true;
      }
      out.push({ id: article.uuid ?? name, triplet: article['triplet-uuid'] ?? '', source: article.source ?? '', sentences });
    }
  }
  return out;
}
