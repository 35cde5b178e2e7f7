/** Input expansion: paths, directories and globs to a sorted, de-duplicated stream of files. */

import { opendir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { SlantError } from '../core/errors.js';
import { fileError } from './read-bytes.js';
import { KNOWN_EXTENSIONS, extensionOf } from './format.js';

/** A failed input: the error and the input it is about. */
export interface ExpandError {
  error: SlantError;
  source: string;
}

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * Files that describe a folder rather than belong to it (a dataset's README and LICENSE): a
 * directory walk leaves them out, so they never count as articles; named directly they are read.
 */
const FOLDER_DOCS = /^(?:readme|licen[cs]e|copying|notice|authors|changelog|changes|contributing|code_of_conduct|security)(?:\.[^.]*)?$/i;

/**
 * Whether an input names a URL (any `scheme://`) rather than a path; non-http(s) schemes are
 * refused later, when fetched.
 *
 * @example
 * isUrlInput('https://example.org/a'); // true
 * isUrlInput('corpus/a.txt'); // false
 */
export function isUrlInput(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input);
}

/**
 * Expands inputs in order: `-` (stdin) and URLs pass through unchanged; a file is yielded as given
 * (hidden or not, any extension: the user named it); a directory is walked recursively, entries
 * sorted by name (code-unit order, the same on every machine), skipping hidden entries and
 * `node_modules`, not following symbolic links to directories (no cycles), leaving out a folder's
 * README, LICENSE and similar, and keeping files with an extension slant reads (.txt, .md, .html,
 * .json, .jsonl, .csv, .tsv, .rss, .atom, .xml…) or none; a
 * glob (tinyglobby; `*`, `**`, `?`, `[…]`, `{a,b}`) yields its sorted matches, skipping hidden
 * files, `node_modules` and symbolic links. A file reached twice (by the same path) is yielded once.
 * A missing path, a directory with no readable files, or a glob that matches nothing yields an
 * error item, and expansion goes on. Directories are read one at a time, so a folder of 10,000
 * files streams.
 *
 * @example
 * for await (const item of expandInputs(['corpus/', 'extra/*.md', '-'])) {
 *   if (typeof item === 'string') console.log(item); else console.error(item.error.describe());
 * }
 */
export async function* expandInputs(inputs: string[]): AsyncGenerator<string | ExpandError> {
  const seen = new Set<string>();
  const once = (path: string): boolean => {
    const key = resolve(path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  for (const input of inputs) {
    if (input === '-' || isUrlInput(input)) {
      yield input;
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      if (GLOB_CHARS.test(input)) yield* expandGlob(input, once);
      else yield { error: fileError(error, input), source: input };
      continue;
    }
    if (!info.isDirectory()) {
      if (once(input)) yield input;
      continue;
    }
    let files = 0;
    let skipped = 0;
    for await (const item of walk(input)) {
      if (typeof item === 'string') {
        if (!once(item)) continue;
        files += 1;
        yield item;
      } else if ('skipped' in item) {
        skipped += 1;
      } else {
        yield item;
      }
    }
    if (files === 0) {
      const why = skipped > 0 ? `only ${skipped} file(s) of kinds slant does not read` : 'no files';
      yield {
        error: new SlantError('SLANT_INPUT_EMPTY', `directory has ${why} (hidden files and node_modules are skipped); name files directly to read them anyway`, { source: input }),
        source: input,
      };
    }
  }
}

/** Depth-first walk of one directory tree, each directory's entries sorted before they are visited. */
async function* walk(directory: string): AsyncGenerator<string | ExpandError | { skipped: string }> {
  const entries: Array<{ name: string; kind: 'file' | 'dir' | 'link' | 'other' }> = [];
  try {
    for await (const entry of await opendir(directory)) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const kind = entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : entry.isSymbolicLink() ? 'link' : 'other';
      entries.push({ name: entry.name, kind });
    }
  } catch (error) {
    yield { error: fileError(error, directory), source: directory };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(directory, entry.name);
    let kind = entry.kind;
    if (kind === 'link') {
      // Follow links to files only: a link to a directory could loop.
      const target = await stat(path).catch(() => undefined);
      kind = target?.isFile() ? 'file' : 'other';
    }
    if (kind === 'dir') yield* walk(path);
    else if (kind === 'file' && readable(entry.name)) yield path;
    else yield { skipped: path };
  }
}

async function* expandGlob(pattern: string, once: (path: string) => boolean): AsyncGenerator<string | ExpandError> {
  // Glob from the pattern's static prefix, so the ignore rules apply below it and paths come back under it.
  const segments = pattern.split('/');
  const firstDynamic = segments.findIndex((segment) => GLOB_CHARS.test(segment));
  const base = segments.slice(0, firstDynamic).join('/') || (pattern.startsWith('/') ? '/' : '.');
  const rest = segments.slice(firstDynamic).join('/');
  let matches: string[];
  try {
    const found = await glob([rest], { cwd: base, onlyFiles: true, dot: false, followSymbolicLinks: false, ignore: ['**/node_modules/**'], expandDirectories: false });
    matches = found.map((match) => join(base, match));
  } catch (error) {
    yield { error: new SlantError('SLANT_USAGE', `invalid glob pattern (${error instanceof Error ? error.message : String(error)})`, { source: pattern }), source: pattern };
    return;
  }
  matches.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const match of matches) if (once(match)) yield match;
  if (matches.length === 0) {
    yield {
      error: new SlantError('SLANT_INPUT_UNREADABLE', 'no file matches this pattern (hidden files and node_modules are skipped); check the pattern, and quote it so the shell does not expand it first', {
        source: pattern,
      }),
      source: pattern,
    };
  }
}

function readable(name: string): boolean {
  if (FOLDER_DOCS.test(name)) return false;
  const extension = extensionOf(name);
  return extension === '' || KNOWN_EXTENSIONS.has(extension);
}
