/** Builds the data: compiles data/lexicons/*.yml into src/generated/lexicons.json and docs/lexicons.md. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileLexicons, formatLexiconError } from '../src/lexicon/compile.js';
import { renderLexiconDocs } from '../src/lexicon/docs.js';
import type { CompiledFile } from '../src/lexicon/schema.js';

const root = new URL('../', import.meta.url);
const lexiconDir = fileURLToPath(new URL('data/lexicons/', root));
const generatedDir = new URL('src/generated/', root);
const docsDir = new URL('docs/', root);

const { lexicons, errors } = compileLexicons(lexiconDir);
if (errors.length > 0) {
  process.stderr.write(`build-data: ${errors.length} problem${errors.length === 1 ? '' : 's'} in data/lexicons:\n`);
  for (const error of errors) process.stderr.write(`  ${formatLexiconError(error)}\n`);
  process.stderr.write('Nothing was written. Fix the entries above and run `npm run build:data` again.\n');
  process.exit(1);
}

const compiled: CompiledFile = { format: 1, lexicons };
mkdirSync(generatedDir, { recursive: true });
writeFileSync(new URL('lexicons.json', generatedDir), `${JSON.stringify(compiled)}\n`);
mkdirSync(docsDir, { recursive: true });
writeFileSync(new URL('lexicons.md', docsDir), renderLexiconDocs(lexicons));
const entries = lexicons.reduce((n, l) => n + l.entries.length, 0);
process.stdout.write(`build-data: ${lexicons.length} lexicons, ${entries} entries → src/generated/lexicons.json, docs/lexicons.md\n`);
