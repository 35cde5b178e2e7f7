/** The pack step of `npm run build:data`: compile data/packs/, then (only when everything is valid) write the JSON and the docs. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compilePacks, formatPackError } from './compile.js';
import { packCounts, renderPackDocs } from './docs.js';
import type { CompiledPacks } from './schema.js';

export interface PackBuild {
  /** One line per problem, `data/packs/<file>: <entry>: <reason>`; non-empty means nothing may be written. */
  problems: string[];
  /** Writes `src/generated/packs.json` and `docs/packs.md`; returns the summary line for the build log. */
  write(): string;
}

/**
 * Compiles the packs under `root` (the repository) and says what is wrong, before anything is
 * written, so the build script can refuse to write any data when a pack is bad.
 *
 * @example
 * const packs = preparePackBuild(new URL('../', import.meta.url));
 * if (packs.problems.length === 0) process.stdout.write(packs.write());
 */
export function preparePackBuild(root: URL): PackBuild {
  const { packs, errors } = compilePacks(fileURLToPath(new URL('data/packs/', root)));
  return {
    problems: errors.map((e) => `data/packs/${formatPackError(e)}`),
    write() {
      const compiled: CompiledPacks = { format: 1, packs };
      const generated = new URL('src/generated/', root);
      const docs = new URL('docs/', root);
      mkdirSync(generated, { recursive: true });
      mkdirSync(docs, { recursive: true });
      writeFileSync(new URL('packs.json', generated), `${JSON.stringify(compiled)}\n`);
      writeFileSync(new URL('packs.md', docs), renderPackDocs(packs));
      const variants = packs.reduce((n, p) => n + packCounts(p).variants, 0);
      return `build-data: ${packs.length} packs, ${variants} variants → src/generated/packs.json, docs/packs.md\n`;
    },
  };
}
