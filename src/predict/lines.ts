/** Line-by-line reading of JSONL input from a path, a byte stream or an iterable of lines, without holding the whole input. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { SlantError } from '../core/errors.js';

/** Where lines come from: a file path, a byte stream (stdin), or lines already split. */
export type LineSource = string | NodeJS.ReadableStream | AsyncIterable<string> | Iterable<string>;

/**
 * Yields the lines of `source` one at a time (without line terminators, `\r` dropped), so a file of
 * any length streams through. A path that does not exist is a `SLANT_NOT_FOUND` error.
 *
 * @example
 * for await (const line of readLines('in.jsonl')) console.log(line.length);
 */
export async function* readLines(source: LineSource): AsyncGenerator<string> {
  let first = true;
  for await (const line of rawLines(source)) {
    // A byte-order mark would make the first line invalid JSON; it is not part of the data.
    yield first ? line.replace(/^\uFEFF/, '') : line;
    first = false;
  }
}

/**
 * Throws `SLANT_NOT_FOUND` unless `path` is a readable file: checked before any output is opened.
 *
 * @example
 * assertInputFile('in.jsonl');
 */
export function assertInputFile(path: string): void {
  if (!existsSync(path) || !statSync(path).isFile()) throw new SlantError('SLANT_NOT_FOUND', `no input file at ${path}`, { source: path });
}

async function* rawLines(source: LineSource): AsyncGenerator<string> {
  if (typeof source === 'string') {
    assertInputFile(source);
    yield* splitStream(createReadStream(source));
    return;
  }
  if (isByteStream(source)) {
    yield* splitStream(source);
    return;
  }
  for await (const line of source) yield line.replace(/\r$/, '');
}

function isByteStream(source: unknown): source is NodeJS.ReadableStream {
  return typeof (source as { pipe?: unknown }).pipe === 'function' && typeof (source as { on?: unknown }).on === 'function';
}

async function* splitStream(stream: NodeJS.ReadableStream): AsyncGenerator<string> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const line of lines) yield line;
  } finally {
    lines.close();
  }
}
