/**
 * Reading slant's YAML data files (lexicons, terminology packs, the technique taxonomy): one way
 * to parse them, check them against their schema and say what is wrong, file by file, so every
 * compiler reports problems in the same words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';

/** One problem in a data file: the file, the entry when there is one, and what is wrong. */
export interface DataFileError {
  file: string;
  /** The entry the problem is in, as each compiler names entries; undefined for the header. */
  entry?: string | undefined;
  message: string;
}

/**
 * One zod issue as a sentence: unknown keys named, the path spelled out.
 *
 * @example
 * describeIssue(issue); // 'entries.3.weight: Too big: expected number to be <=1'
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length === 0 ? '' : `${issue.path.map(String).join('.')}: `;
  if (issue.code === 'unrecognized_keys') return `${where}unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${where}missing required field`;
  return `${where}${issue.message}`;
}

/**
 * Parses one data file's YAML (duplicate keys refused) and checks it against `schema`. Returns the
 * checked data, or undefined after pushing each problem onto `errors`.
 *
 * @example
 * const errors: DataFileError[] = [];
 * const data = readDataFile('hedges.yml', source, LexiconFileSchema, errors);
 */
export function readDataFile<S extends z.ZodType>(file: string, source: string, schema: S, errors: DataFileError[]): z.output<S> | undefined {
  let raw: unknown;
  try {
    raw = parseYaml(source, { uniqueKeys: true });
  } catch (error) {
    errors.push({ file, message: `not valid YAML: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}` });
    return undefined;
  }
  const checked = schema.safeParse(raw, { reportInput: true });
  if (!checked.success) {
    for (const issue of checked.error.issues) errors.push({ file, message: describeIssue(issue) });
    return undefined;
  }
  return checked.data;
}

/**
 * Compiles every `.yml`/`.yaml` file of `dir` (in name order) with `compileOne`, refuses a second
 * file with an id already taken, and keeps only what compiled without a problem, sorted by id.
 *
 * @example
 * const { items, errors } = compileDataDir('data/packs', 'pack', (name, source, errs) => compilePackFile(name, source, errs));
 */
export function compileDataDir<T extends { id: string }>(
  dir: string,
  kind: string,
  compileOne: (file: string, source: string, errors: DataFileError[]) => T | undefined,
): { items: T[]; errors: DataFileError[] } {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.yml') || name.endsWith('.yaml'))
    .sort();
  const errors: DataFileError[] = [];
  const items: T[] = [];
  const seen = new Map<string, string>();
  for (const name of files) {
    const fileErrors: DataFileError[] = [];
    const item = compileOne(name, readFileSync(join(dir, name), 'utf8'), fileErrors);
    if (item !== undefined) {
      const other = seen.get(item.id);
      if (other !== undefined) fileErrors.push({ file: name, message: `${kind} id "${item.id}" is already used by ${other}` });
      seen.set(item.id, name);
    }
    errors.push(...fileErrors);
    if (item !== undefined && fileErrors.length === 0) items.push(item);
  }
  items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { items, errors };
}
