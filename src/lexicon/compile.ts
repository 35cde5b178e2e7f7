/** The lexicon compiler: reads `data/lexicons/*.yml`, validates every entry, and reports each problem. */
import { basename } from 'node:path';
import { hedges } from 'hedges';
import { weasels } from 'weasels';
import { compileDataDir, describeIssue, readDataFile, type DataFileError } from '../core/data-file.js';
import { EntrySchema, LexiconFileSchema, type Lexicon, type LexiconEntry } from './schema.js';

/**
 * Word-list packages a lexicon may `include`. They are imported here, at build time, so the
 * compiled JSON is self-contained and the runtime never resolves packages by name.
 */
export const INCLUDABLE_PACKAGES: Readonly<Record<string, readonly string[]>> = { hedges, weasels };

/** One problem found while compiling: which file, which entry (when one), and what is wrong. */
/** A problem in a lexicon file; `entry` is the entry's term, or `#n` when it has none, or `include <package>`. */
export type LexiconError = DataFileError;

export interface CompileResult {
  /** Lexicons that compiled without errors, sorted by id. */
  lexicons: Lexicon[];
  /** Every problem found, in file order. Non-empty means the build must fail. */
  errors: LexiconError[];
}

/** `file: entry "term": message`, the one line the build prints per problem. */
export function formatLexiconError(error: LexiconError): string {
  return error.entry === undefined ? `${error.file}: ${error.message}` : `${error.file}: entry ${error.entry}: ${error.message}`;
}

/**
 * The key two terms collide on: lower case, curly apostrophes folded, hyphens and dashes as spaces.
 * "So-called", "so called" and "so–called" are one term, because the matcher treats them alike.
 *
 * @example
 * normalizeTerm('So-Called'); // 'so called'
 */
export function normalizeTerm(term: string): string {
  return term
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[-‐‑‒–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The rule slug of a term: lower-case ASCII letters and digits joined by `-`.
 *
 * @example
 * ruleSlug("Can't stop"); // 'cant-stop'
 */
export function ruleSlug(term: string): string {
  return term
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Compiles every `*.yml` lexicon in `dir`. Never throws on bad data: each problem becomes a
 * `LexiconError` naming the file, the entry and the reason, and a lexicon with any error is left
 * out of `lexicons`.
 *
 * Checked: YAML syntax; unknown keys; empty terms; weights outside [0, 1]; sources that the header
 * does not declare; duplicate terms or forms within a lexicon (after `normalizeTerm`), included
 * words among them; unknown include packages and exclusions the package does not list; a file
 * name that differs from its `id`; the same id in two files.
 *
 * @example
 * const { lexicons, errors } = compileLexicons('data/lexicons');
 * if (errors.length > 0) console.error(errors.map(formatLexiconError).join('\n'));
 */
export function compileLexicons(dir: string): CompileResult {
  const { items, errors } = compileDataDir(dir, 'lexicon', compileFile);
  return { lexicons: items, errors };
}

/** Compiles one file's text; pushes problems onto `errors` and returns what could be built. */
export function compileFile(file: string, source: string, errors: LexiconError[]): Lexicon | undefined {
  const data = readDataFile(file, source, LexiconFileSchema, errors);
  if (data === undefined) return undefined;
  const stem = basename(file).replace(/\.ya?ml$/, '');
  if (data.id !== stem) errors.push({ file, message: `id "${data.id}" must equal the file name "${stem}"` });

  const sourceIds = new Set<string>();
  for (const s of data.sources) {
    if (sourceIds.has(s.id)) errors.push({ file, message: `source id "${s.id}" is declared twice` });
    sourceIds.add(s.id);
  }

  const entries: LexiconEntry[] = [];
  const owner = new Map<string, string>();
  const rules = new Map<string, string>();
  const claim = (label: string, surface: string, entryLabel: string, owned: string): void => {
    const key = normalizeTerm(surface);
    const previous = owner.get(key);
    if (previous === undefined) owner.set(key, owned);
    else errors.push({ file, entry: entryLabel, message: `${label} "${surface}" duplicates ${previous}` });
  };

  (data.entries ?? []).forEach((rawEntry, index) => {
    const term = typeof rawEntry === 'object' && rawEntry !== null && 'term' in rawEntry ? String(rawEntry.term) : undefined;
    const label = term === undefined || term.trim() === '' ? `#${index + 1}` : `"${term}"`;
    const parsed = EntrySchema.safeParse(rawEntry, { reportInput: true });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ file, entry: label, message: describeIssue(issue) });
      return;
    }
    const e = parsed.data;
    if (!sourceIds.has(e.source)) {
      errors.push({ file, entry: label, message: `unknown source "${e.source}"; declared sources: ${[...sourceIds].join(', ')}` });
    }
    const rule = ruleSlug(e.term);
    if (rule === '') {
      errors.push({ file, entry: label, message: 'term has no letters or digits to build a rule id from' });
      return;
    }
    const ruleOwner = rules.get(rule);
    if (ruleOwner !== undefined) errors.push({ file, entry: label, message: `rule id "${rule}" collides with entry ${ruleOwner}` });
    rules.set(rule, label);
    claim('term', e.term, label, `entry ${label}`);
    for (const form of e.forms ?? []) claim('form', form, label, `entry ${label}`);
    entries.push({
      term: e.term,
      rule,
      forms: e.forms ?? [],
      match: e.match ?? 'lemma',
      weight: e.weight,
      ...(e.category === undefined ? {} : { category: e.category }),
      ...(e.polarity === undefined ? {} : { polarity: e.polarity }),
      ...(e.note === undefined ? {} : { note: e.note }),
      source: e.source,
    });
  });

  for (const include of data.include ?? []) {
    const label = `include ${include.package}`;
    const words = INCLUDABLE_PACKAGES[include.package];
    if (words === undefined) {
      errors.push({ file, entry: label, message: `unknown package "${include.package}"; includable packages: ${Object.keys(INCLUDABLE_PACKAGES).join(', ')}` });
      continue;
    }
    if (!sourceIds.has(include.source)) {
      errors.push({ file, entry: label, message: `unknown source "${include.source}"; declared sources: ${[...sourceIds].join(', ')}` });
    }
    const excluded = new Set<string>();
    for (const word of include.exclude ?? []) {
      if (!words.includes(word)) errors.push({ file, entry: label, message: `excludes "${word}", which package ${include.package} does not list` });
      if (excluded.has(word)) errors.push({ file, entry: label, message: `excludes "${word}" twice` });
      excluded.add(word);
    }
    for (const word of words) {
      if (excluded.has(word)) continue;
      const rule = ruleSlug(word);
      const key = normalizeTerm(word);
      const previous = owner.get(key);
      if (previous !== undefined) {
        errors.push({ file, entry: label, message: `package word "${word}" duplicates ${previous}; exclude it from the include or drop the entry` });
        continue;
      }
      // Package lists hold near-duplicates ("appear", "appears"): the first one keeps the rule id.
      if (rules.has(rule)) continue;
      owner.set(key, label);
      rules.set(rule, label);
      entries.push({
        term: word,
        rule,
        forms: [],
        match: include.match ?? 'lemma',
        weight: include.weight,
        ...(include.category === undefined ? {} : { category: include.category }),
        source: include.source,
        from: include.package,
      });
    }
  }

  return {
    id: data.id,
    title: data.title,
    description: data.description,
    version: data.version,
    sources: data.sources,
    include: data.include ?? [],
    entries,
  };
}

