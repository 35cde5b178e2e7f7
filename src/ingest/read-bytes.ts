/** Reading a file or a stream into memory once, refusing anything over the byte limit before or while reading. */

import { type FileHandle, open } from 'node:fs/promises';
import { SlantError } from '../core/errors.js';

/** Default per-source limit: 20 MiB, far above any article, low enough to refuse a mistaken dump. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Reads a file's bytes. A regular file is checked with `stat` first, so an oversized file is
 * refused without being read; a pipe or device (`/dev/stdin`, `<(cmd)`) is read as a stream and cut
 * off at the limit. Throws SlantError `SLANT_INPUT_TOO_LARGE` or `SLANT_INPUT_UNREADABLE`.
 *
 * @example
 * const bytes = await readFileCapped('article.txt', DEFAULT_MAX_BYTES);
 */
export async function readFileCapped(path: string, maxBytes: number): Promise<Uint8Array> {
  // One open and fstat instead of stat + readFile: a path resolution less per file in large folders.
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    const info = await handle.stat();
    if (info.isDirectory()) {
      throw new SlantError('SLANT_INPUT_UNREADABLE', 'is a directory, not a file; pass it as an input and slant reads the files inside', { source: path });
    }
    if (!info.isFile()) return await readStreamCapped(handle.createReadStream({ autoClose: false }), maxBytes, path);
    if (info.size > maxBytes) throw tooLarge(info.size, maxBytes, path, 'file');
    const bytes = await handle.readFile();
    // The file may have grown between fstat and read.
    if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes, path, 'file');
    return bytes;
  } catch (error) {
    throw fileError(error, path);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Reads a stream to its end, counting bytes and stopping as soon as the limit is passed (the
 * stream is not consumed further). Throws SlantError `SLANT_INPUT_TOO_LARGE`.
 *
 * @example
 * const bytes = await readStreamCapped(process.stdin, DEFAULT_MAX_BYTES, '-');
 */
export async function readStreamCapped(stream: AsyncIterable<unknown>, maxBytes: number, source: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk instanceof Uint8Array ? chunk : Buffer.from(String(chunk));
    total += bytes.length;
    if (total > maxBytes) throw tooLarge(total, maxBytes, source, 'input', true);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}

/**
 * The SLANT_INPUT_TOO_LARGE error: what (`file`, `response`, `input`) is how big (or "more than" the
 * limit when reading stopped early), and how to raise the limit.
 *
 * @example
 * tooLarge(26_528_972, DEFAULT_MAX_BYTES, 'a.txt', 'file').message;
 * // 'file is 25.3 MB, over the 20 MB limit; raise it with --max-bytes, or split the input'
 */
export function tooLarge(size: number, maxBytes: number, source: string, what: string, stoppedEarly = false): SlantError {
  const found = stoppedEarly ? `more than ${formatBytes(maxBytes)}` : formatBytes(size);
  return new SlantError('SLANT_INPUT_TOO_LARGE', `${what} is ${found}, over the ${formatBytes(maxBytes)} limit; raise it with --max-bytes, or split the input`, { source });
}

/**
 * A byte count for people: `512 bytes`, `12.5 KB`, `25.3 MB` (binary multiples, one decimal).
 *
 * @example
 * formatBytes(20 * 1024 * 1024); // '20 MB'
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${Number(value.toFixed(1))} ${units[unit]}`;
}

/**
 * A file-system error as SLANT_INPUT_UNREADABLE, in words: what went wrong and what to do (a
 * SlantError passes through unchanged).
 *
 * @example
 * fileError(Object.assign(new Error('x'), { code: 'ENOENT' }), 'a.txt').message; // 'no such file or directory; check the path'
 */
export function fileError(error: unknown, path: string): SlantError {
  if (error instanceof SlantError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reasons: Record<string, string> = {
    ENOENT: 'no such file or directory; check the path',
    EACCES: 'permission denied; check the file permissions',
    EPERM: 'operation not permitted; check the file permissions',
    EISDIR: 'is a directory, not a file',
    ELOOP: 'too many levels of symbolic links; check the link',
    ENAMETOOLONG: 'the path is too long',
    EMFILE: 'too many open files; try fewer inputs at once',
  };
  const reason = (code && reasons[code]) ?? `could not be read (${error instanceof Error ? error.message : String(error)})`;
  return new SlantError('SLANT_INPUT_UNREADABLE', reason, { source: path, cause: error });
}
