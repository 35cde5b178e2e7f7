/** The lexicon loader: reads the compiled `generated/lexicons.json` beside the code, once. */
import { loadCompiled } from '../core/compiled.js';
import { SlantError } from '../core/errors.js';
import { CompiledFileSchema, type Lexicon } from './schema.js';

/** Where the build writes the compiled lexicons: `src/generated/` under tsx, `dist/generated/` once built. */
export const COMPILED_LEXICONS_URL = new URL('../generated/lexicons.json', import.meta.url);

/**
 * Loads the compiled lexicons (cached per path). Throws `SLANT_DATA_INVALID` when the file is
 * missing or does not have the compiled shape, saying how to rebuild it.
 *
 * @example
 * const lexicons = loadLexicons();
 * const detectors = createDefaultDetectors(lexicons);
 */
export function loadLexicons(url: URL = COMPILED_LEXICONS_URL): readonly Lexicon[] {
  return loadCompiled(url, CompiledFileSchema, 'compiled lexicons', 'data/lexicons').lexicons;
}

/**
 * The lexicon with `id`, or a `SLANT_DATA_INVALID` error naming the ones there are.
 *
 * @example
 * const loaded = requireLexicon(loadLexicons(), 'loaded-language');
 */
export function requireLexicon(lexicons: readonly Lexicon[], id: string): Lexicon {
  const found = lexicons.find((l) => l.id === id);
  if (found === undefined) {
    throw new SlantError('SLANT_DATA_INVALID', `lexicon "${id}" is missing (have: ${lexicons.map((l) => l.id).join(', ') || 'none'}); run \`npm run build:data\``);
  }
  return found;
}
