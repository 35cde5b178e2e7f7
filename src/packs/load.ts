/** Loading packs: the compiled `generated/packs.json` beside the code, and users' own pack files. */
import { readFileSync } from 'node:fs';
import { loadCompiled } from '../core/compiled.js';
import { SlantError } from '../core/errors.js';
import { compilePackFile, formatPackError, type PackError } from './compile.js';
import { CompiledPacksSchema, type Pack } from './schema.js';

/** Where the build writes the compiled packs: `src/generated/` under tsx, `dist/generated/` once built. */
export const COMPILED_PACKS_URL = new URL('../generated/packs.json', import.meta.url);

/**
 * Loads the compiled packs (cached per path). Throws `SLANT_DATA_INVALID` when the file is missing
 * or does not have the compiled shape, saying how to rebuild it.
 *
 * @example
 * const detector = createTerminologyDetector(loadPacks());
 */
export function loadPacks(url: URL = COMPILED_PACKS_URL): readonly Pack[] {
  return loadCompiled(url, CompiledPacksSchema, 'compiled packs', 'data/packs').packs;
}

/**
 * Every problem of a user's pack file, one `PackError` each (empty when the file is a valid
 * pack), naming the file as `name` (default: the path). An unreadable file is one problem, not a throw.
 *
 * @example
 * validatePackFile('my-pack.yml').map(formatPackError); // ['my-pack.yml: concept x variant "y": unknown side "z"; …']
 */
export function validatePackFile(path: string, name: string = path): { pack: Pack | undefined; errors: PackError[] } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message : String(error);
    return { pack: undefined, errors: [{ file: name, message: `cannot read the pack: ${reason}` }] };
  }
  const errors: PackError[] = [];
  const pack = compilePackFile(name, text, errors);
  return { pack: errors.length === 0 ? pack : undefined, errors };
}

/**
 * A user's pack file, compiled and validated. Throws `SLANT_DATA_INVALID` whose message lists
 * every problem as `file: entry: reason`, one per line.
 *
 * @example
 * const pack = loadPackFile('packs/my-conflict.yml');
 */
export function loadPackFile(path: string): Pack {
  const { pack, errors } = validatePackFile(path);
  if (pack === undefined || errors.length > 0) {
    const lines = errors.map(formatPackError);
    throw new SlantError('SLANT_DATA_INVALID', `invalid pack (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n  ${lines.join('\n  ')}`, { source: path });
  }
  return pack;
}

/**
 * The shipped packs plus the users' pack files, in that order. A user pack with the id of a
 * shipped pack replaces it (so a newsroom can adjust a pack without forking slant); two user files
 * with the same id are an error. With no files, the shipped packs themselves (the same array).
 *
 * @example
 * const packs = loadPacksWithUser(['my-pack.yml']);
 * const detectors = createLensDetectors({ packs });
 */
export function loadPacksWithUser(files: readonly string[], compiled: readonly Pack[] = loadPacks()): readonly Pack[] {
  if (files.length === 0) return compiled;
  const user: Pack[] = [];
  const from = new Map<string, string>();
  for (const file of files) {
    const pack = loadPackFile(file);
    const other = from.get(pack.id);
    if (other !== undefined) throw new SlantError('SLANT_DATA_INVALID', `pack id "${pack.id}" is also the id of ${other}; give each pack its own id`, { source: file });
    from.set(pack.id, file);
    user.push(pack);
  }
  return [...compiled.filter((p) => !from.has(p.id)), ...user];
}
