/** Builds the data: compiles data/lexicons/*.yml and data/techniques.yml into src/generated/ and docs/. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileLexicons, formatLexiconError } from '../src/lexicon/compile.js';
import { renderLexiconDocs } from '../src/lexicon/docs.js';
import type { CompiledFile } from '../src/lexicon/schema.js';
import { preparePackBuild } from '../src/packs/build.js';
import { compileTaxonomy, formatTaxonomyError } from '../src/techniques/compile.js';
import { renderTaxonomyDocs } from '../src/techniques/docs.js';

const root = new URL('../', import.meta.url);
const lexiconDir = fileURLToPath(new URL('data/lexicons/', root));
const taxonomyFile = new URL('data/techniques.yml', root);
const generatedDir = new URL('src/generated/', root);
const docsDir = new URL('docs/', root);

const { lexicons, errors } = compileLexicons(lexiconDir);
const { taxonomy, errors: taxonomyErrors } = compileTaxonomy(readFileSync(taxonomyFile, 'utf8'), 'data/techniques.yml');
// Terminology packs (data/packs/*.yml): checked with the rest, written only when everything is valid.
const packBuild = preparePackBuild(root);
const problems = [...errors.map((e) => `data/lexicons/${formatLexiconError(e)}`), ...taxonomyErrors.map(formatTaxonomyError), ...packBuild.problems];
if (problems.length > 0 || taxonomy === undefined) {
  process.stderr.write(`build-data: ${problems.length} problem${problems.length === 1 ? '' : 's'} in data/:\n`);
  for (const problem of problems) process.stderr.write(`  ${problem}\n`);
  process.stderr.write('Nothing was written. Fix the entries above and run `npm run build:data` again.\n');
  process.exit(1);
}

const compiled: CompiledFile = { format: 1, lexicons };
mkdirSync(generatedDir, { recursive: true });
writeFileSync(new URL('lexicons.json', generatedDir), `${JSON.stringify(compiled)}\n`);
writeFileSync(new URL('techniques.json', generatedDir), `${JSON.stringify(taxonomy)}\n`);
mkdirSync(docsDir, { recursive: true });
writeFileSync(new URL('lexicons.md', docsDir), renderLexiconDocs(lexicons));
writeFileSync(new URL('techniques.md', docsDir), renderTaxonomyDocs(taxonomy));
const entries = lexicons.reduce((n, l) => n + l.entries.length, 0);
process.stdout.write(`build-data: ${lexicons.length} lexicons, ${entries} entries → src/generated/lexicons.json, docs/lexicons.md\n`);
process.stdout.write(
  `build-data: ${taxonomy.techniques.length} techniques in ${taxonomy.categories.length} categories, ${taxonomy.ptcLabels.length} PTC labels, ${taxonomy.ptcTechniques.length} PTC techniques → src/generated/techniques.json, docs/techniques.md\n`,
);
process.stdout.write(packBuild.write());
