/** Typed errors with stable codes; each adapter (CLI, HTTP) translates them in one place. */

/** Every code slant can raise. Codes are stable: scripts and the HTTP API depend on them. */
export const ERROR_CODES = [
  'SLANT_USAGE',
  'SLANT_NOT_FOUND',
  'SLANT_INPUT_UNREADABLE',
  'SLANT_INPUT_EMPTY',
  'SLANT_INPUT_BINARY',
  'SLANT_INPUT_ENCODING',
  'SLANT_INPUT_TOO_LARGE',
  'SLANT_INPUT_MALFORMED',
  'SLANT_INPUT_UNSUPPORTED',
  'SLANT_FETCH_FAILED',
  'SLANT_FETCH_REFUSED',
  'SLANT_DATA_INVALID',
  'SLANT_STORE',
  'SLANT_INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface SlantErrorOptions {
  /** The file, URL or other source the error is about. */
  source?: string | undefined;
  /** 1-based row/record number inside the source (CSV row, JSONL line, feed item). */
  row?: number | undefined;
  cause?: unknown;
}

/**
 * An error slant expects and can explain: a stable `code`, a message saying what was expected,
 * what was found and what to do, and where (`source`, `row`).
 *
 * @example
 * throw new SlantError('SLANT_INPUT_EMPTY', 'no text left after normalization', { source: 'a.txt' });
 */
export class SlantError extends Error {
  readonly code: ErrorCode;
  readonly source: string | undefined;
  readonly row: number | undefined;

  constructor(code: ErrorCode, message: string, options: SlantErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SlantError';
    this.code = code;
    this.source = options.source;
    this.row = options.row;
  }

  /** `source[:row N]: message` — the one line a user sees. */
  describe(): string {
    const where = this.source === undefined ? '' : this.row === undefined ? `${this.source}: ` : `${this.source} (row ${this.row}): `;
    return `${where}${this.message}`;
  }
}

/** Wraps anything thrown into a SlantError, keeping a SlantError as it is. */
export function toSlantError(error: unknown, source?: string): SlantError {
  if (error instanceof SlantError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new SlantError('SLANT_INTERNAL', message, { source, cause: error });
}
