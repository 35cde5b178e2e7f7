/** Test helpers for detector specification tables: one line per finding, and the lexicons from data/. */
import { fileURLToPath } from 'node:url';
import { compileLexicons, formatLexiconError } from '../lexicon/compile.js';
import type { Lexicon } from '../lexicon/schema.js';
import { requireLexicon } from '../lexicon/load.js';
import { parse } from '../nlp/parse.js';
import type { Detector, DetectorOptions } from './detector.js';

/** `data/lexicons/` of this checkout. */
export const LEXICON_DIR = fileURLToPath(new URL('../../data/lexicons/', import.meta.url));

let compiled: readonly Lexicon[] | undefined;

/**
 * The lexicons compiled straight from `data/lexicons/` (cached), so tests do not depend on a
 * previous `npm run build:data`. Throws with every compile error when the data is bad.
 *
 * @example
 * const detector = createLoadedLanguageDetector({ lexicon: testLexicon('loaded-language') });
 */
export function testLexicons(): readonly Lexicon[] {
  if (compiled === undefined) {
    const { lexicons, errors } = compileLexicons(LEXICON_DIR);
    if (errors.length > 0) throw new Error(`data/lexicons does not compile:\n${errors.map(formatLexiconError).join('\n')}`);
    compiled = lexicons;
  }
  return compiled;
}

/** One compiled lexicon from `data/lexicons/` by id. */
export function testLexicon(id: string): Lexicon {
  return requireLexicon(testLexicons(), id);
}

/**
 * Runs `detector` on `input` (parsed with POS tags when the detector asks for them) and returns one
 * `'start-end rule: text'` line per finding, in order, so a test reads like a specification table.
 *
 * @example
 * expect(check(detector, 'A barbaric act.')).toEqual(['2-10 loaded-language/barbaric: barbaric']);
 */
export function check(detector: Detector, input: string, options: DetectorOptions & { pos?: boolean } = {}): string[] {
  const pos = options.pos ?? detector.requires?.includes('pos') ?? false;
  return detector.detect(parse(input, { pos }), options).map((f) => `${f.start}-${f.end} ${f.rule}: ${f.text}`);
}
