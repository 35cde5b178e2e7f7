/** The lexicon loader: reads the compiled `generated/lexicons.json` beside the code, once. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SlantError } from '../core/errors.js';
import { CompiledFileSchema, type Lexicon } from './schema.js';

/** Where the build writes the compiled lexicons: `src/generated/` under tsx, `dist/generated/` once built. */
export const COMPILED_LEXICONS_URL = new URL('../generated/lexicons.json', import.meta.url);

const cache = new Map<string, readonly Lexicon[]>();

/**
 * Loads the compiled lexicons (cached per path). Throws `SLANT_DATA_INVALID` when the file is
 * missing or does not have the compiled shape, saying how to rebuild it.
 *
 * @example
 * const lexicons = loadLexicons();
 * const detectors = createDefaultDetectors(lexicons);
 */
export function loadLexicons(url: URL = COMPILED_LEXICONS_URL): readonly Lexicon[] {
  const path = fileURLToPath(url);
  const cached = cache.get(path);
  if (cached !== undefined) return cached;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new SlantError('SLANT_DATA_INVALID', 'compiled lexicons not found; run `npm run build:data` to build them from data/lexicons', {
      source: path,
      cause: error,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SlantError('SLANT_DATA_INVALID', 'compiled lexicons are not valid JSON; run `npm run build:data` again', { source: path, cause: error });
  }
  const parsed = CompiledFileSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first === undefined ? '' : ` at ${first.path.map(String).join('.')}: ${first.message}`;
    throw new SlantError('SLANT_DATA_INVALID', `compiled lexicons have an unexpected shape${where}; run \`npm run build:data\` again`, { source: path });
  }
  const lexicons: readonly Lexicon[] = parsed.data.lexicons;
  cache.set(path, lexicons);
  return lexicons;
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
