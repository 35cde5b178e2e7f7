/** URL list files: one URL per line, with blank lines and `#` comments. */

import { SlantError } from '../core/errors.js';
import { decodeBytes } from './decode.js';
import { DEFAULT_MAX_BYTES, readFileCapped } from './read-bytes.js';
import { isUrlInput } from './expand.js';

/**
 * Reads a list of URLs: one per line, surrounding space trimmed, blank lines and lines starting
 * with `#` skipped, and a trailing ` # comment` (after whitespace) cut off. Every remaining line
 * must be an absolute URL (`scheme://…`); non-http(s) schemes are kept here and refused per item by
 * ingest. Throws SlantError `SLANT_INPUT_UNREADABLE` when the file cannot be read and
 * `SLANT_INPUT_MALFORMED` naming the first lines that are not URLs.
 *
 * @example
 * await readUrlList('urls.txt'); // ['https://a.example/1', 'https://b.example/2']
 */
export async function readUrlList(path: string): Promise<string[]> {
  const text = decodeBytes(await readFileCapped(path, DEFAULT_MAX_BYTES), path);
  const urls: string[] = [];
  const bad: string[] = [];
  text.split(/\r\n?|\n/).forEach((raw, index) => {
    const line = raw.replace(/^\uFEFF/, '').replace(/\s+#.*$/, '').trim();
    if (line === '' || line.startsWith('#')) return;
    if (isUrlInput(line)) urls.push(line);
    else bad.push(`line ${index + 1}: '${line.length > 60 ? `${line.slice(0, 60)}…` : line}'`);
  });
  if (bad.length > 0) {
    throw new SlantError(
      'SLANT_INPUT_MALFORMED',
      `${bad.length} line(s) are not URLs (${bad.slice(0, 3).join('; ')}${bad.length > 3 ? '; …' : ''}); each line must be an http(s) URL, blank, or a # comment`,
      { source: path },
    );
  }
  return urls;
}
