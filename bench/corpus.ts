/** A generated benchmark corpus: articles assembled from the example corpus's sentences, seeded. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../src/learn/random.js';

/** Sentences of the bundled examples (front matter removed). */
export function exampleSentences(dir: string): string[] {
  const sentences: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.md') || name === 'README.md') continue;
    const body = readFileSync(join(dir, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const paragraph of body.split(/\n\s*\n/)) {
      for (const s of paragraph.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=[A-Z“"‘])/)) if (s.trim().length > 20) sentences.push(s.trim());
    }
  }
  return sentences;
}

/**
 * `count` articles of about `words` words each: paragraphs of 2–5 sentences drawn at random
 * (seeded) from the examples, so the text has real persuasion cues at a realistic density.
 */
export function generateCorpus(dir: string, count: number, words = 800, seed = 42): string[] {
  const sentences = exampleSentences(dir);
  const random = seededRandom(seed);
  const docs: string[] = [];
  for (let d = 0; d < count; d += 1) {
    const paragraphs: string[] = [];
    let n = 0;
    while (n < words) {
      const size = 2 + Math.floor(random() * 4);
      const paragraph: string[] = [];
      for (let i = 0; i < size; i += 1) {
        const s = sentences[Math.floor(random() * sentences.length)] ?? '';
        paragraph.push(s);
        n += s.split(/\s+/).length;
      }
      paragraphs.push(paragraph.join(' '));
    }
    docs.push(paragraphs.join('\n\n'));
  }
  return docs;
}
