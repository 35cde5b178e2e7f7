/** The one place where error codes become process exit codes. */
import type { ErrorCode } from '../core/errors.js';

/** Exit codes, after sysexits.h where one fits. */
export const EXIT = {
  ok: 0,
  /** Some inputs failed; the rest were processed. */
  partial: 1,
  usage: 2,
  notFound: 3,
  input: 65, // EX_DATAERR
  unavailable: 69, // EX_UNAVAILABLE (network)
  internal: 70, // EX_SOFTWARE
  store: 74, // EX_IOERR
} as const;

const BY_CODE: Record<ErrorCode, number> = {
  SLANT_USAGE: EXIT.usage,
  SLANT_NOT_FOUND: EXIT.notFound,
  SLANT_INPUT_UNREADABLE: EXIT.input,
  SLANT_INPUT_EMPTY: EXIT.input,
  SLANT_INPUT_BINARY: EXIT.input,
  SLANT_INPUT_ENCODING: EXIT.input,
  SLANT_INPUT_TOO_LARGE: EXIT.input,
  SLANT_INPUT_MALFORMED: EXIT.input,
  SLANT_INPUT_UNSUPPORTED: EXIT.input,
  SLANT_FETCH_FAILED: EXIT.unavailable,
  SLANT_FETCH_REFUSED: EXIT.unavailable,
  // Data that does not validate: a user's pack or model file, or shipped data a build left broken.
  SLANT_DATA_INVALID: EXIT.input,
  SLANT_STORE: EXIT.store,
  SLANT_INTERNAL: EXIT.internal,
};

/** The exit code for an error that stops a whole command. */
export function exitCodeFor(code: ErrorCode): number {
  return BY_CODE[code];
}
