/** The one place where errors become HTTP responses: SlantError codes to statuses, JSON error bodies. */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { SlantError, type ErrorCode } from '../core/errors.js';

/**
 * Codes an HTTP response can carry: every SlantError code, plus two only the HTTP API raises (so
 * they have no exit code): `SLANT_UNAUTHORIZED` (a missing or wrong bearer token) and
 * `SLANT_FORBIDDEN` (a request from another site's page, or for a host name this server does not answer to).
 */
export type HttpErrorCode = ErrorCode | 'SLANT_UNAUTHORIZED' | 'SLANT_FORBIDDEN';

/** A missing or wrong bearer token (401): raised by the HTTP adapter only. */
export class UnauthorizedError extends Error {
  readonly code = 'SLANT_UNAUTHORIZED' as const;
  constructor(message: string) {
    super(message);
    this.name = 'UnauthorizedError';
  }
}

/** A request refused for where it comes from (403): raised by the HTTP adapter only. */
export class ForbiddenError extends Error {
  readonly code = 'SLANT_FORBIDDEN' as const;
  constructor(message: string) {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/** The body of every error response. */
export interface ErrorBody {
  error: { code: HttpErrorCode; message: string };
}

const STATUS: Record<HttpErrorCode, ContentfulStatusCode> = {
  SLANT_USAGE: 400,
  SLANT_NOT_FOUND: 404,
  SLANT_INPUT_UNREADABLE: 400,
  SLANT_INPUT_EMPTY: 400,
  SLANT_INPUT_BINARY: 400,
  SLANT_INPUT_ENCODING: 400,
  SLANT_INPUT_TOO_LARGE: 413,
  SLANT_INPUT_MALFORMED: 400,
  SLANT_INPUT_UNSUPPORTED: 415,
  // The API never fetches URLs itself; a fetch error can only come from a dependency upstream.
  SLANT_FETCH_FAILED: 502,
  SLANT_FETCH_REFUSED: 502,
  SLANT_DATA_INVALID: 500,
  SLANT_STORE: 500,
  SLANT_INTERNAL: 500,
  SLANT_UNAUTHORIZED: 401,
  SLANT_FORBIDDEN: 403,
};

/**
 * The HTTP status for an error code.
 *
 * @example
 * httpStatusFor('SLANT_INPUT_TOO_LARGE'); // 413
 */
export function httpStatusFor(code: HttpErrorCode): ContentfulStatusCode {
  return STATUS[code];
}

/** What hono's own exceptions (malformed JSON, unsupported media type, …) mean as slant codes. */
function codeForStatus(status: number): HttpErrorCode {
  if (status === 401) return 'SLANT_UNAUTHORIZED';
  if (status === 403) return 'SLANT_FORBIDDEN';
  if (status === 404) return 'SLANT_NOT_FOUND';
  if (status === 413) return 'SLANT_INPUT_TOO_LARGE';
  if (status === 415) return 'SLANT_INPUT_UNSUPPORTED';
  if (status >= 400 && status < 500) return 'SLANT_USAGE';
  return 'SLANT_INTERNAL';
}

/** Messages for hono's exceptions, saying what was expected and what to do. */
function messageForHttpException(error: HTTPException): string {
  if (error.status === 415) return 'unsupported Content-Type; send application/json (or multipart/form-data where the route takes file uploads), see /openapi.json';
  if (/malformed json/i.test(error.message)) return 'the request body is not valid JSON; check quoting and commas, and send Content-Type: application/json';
  if (/malformed formdata/i.test(error.message)) return `the multipart/form-data body could not be read (${error.message}); let the client build it (curl -F, FormData)`;
  return error.message === '' ? 'bad request' : error.message;
}

/**
 * A JSON error response. Internal errors never carry a stack, and their message is generic unless
 * the error is a SlantError, whose messages are written for users.
 *
 * @example
 * return errorResponse(c, new SlantError('SLANT_NOT_FOUND', 'no stored document with id abcd'));
 */
export function errorResponse(c: Context, error: unknown): Response {
  const { code, message } = describeError(error);
  const headers: Record<string, string> = code === 'SLANT_UNAUTHORIZED' ? { 'WWW-Authenticate': 'Bearer realm="slant"' } : {};
  return c.json({ error: { code, message } } satisfies ErrorBody, httpStatusFor(code), headers);
}

/** The code and user-facing message of anything thrown while handling a request. */
export function describeError(error: unknown): { code: HttpErrorCode; message: string } {
  if (error instanceof SlantError) {
    if (error.code === 'SLANT_INTERNAL' && !(error.cause instanceof SlantError) && error.cause !== undefined) {
      return { code: 'SLANT_INTERNAL', message: 'internal error; the server log has the details' };
    }
    // A server-side failure names the server's own files at most: no use to a client, so left out.
    return { code: error.code, message: STATUS[error.code] >= 500 ? error.message : error.describe() };
  }
  if (error instanceof UnauthorizedError || error instanceof ForbiddenError) return { code: error.code, message: error.message };
  if (error instanceof HTTPException) return { code: codeForStatus(error.status), message: messageForHttpException(error) };
  return { code: 'SLANT_INTERNAL', message: 'internal error; the server log has the details' };
}

/**
 * Turns zod issues into one message: `field: problem; field: problem`.
 *
 * @example
 * issuesMessage([{ path: ['text'], message: 'Required' }]); // 'text: Required'
 */
export function issuesMessage(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): string {
  return issues.map((issue) => `${issue.path.map(String).join('.') || 'body'}: ${issue.message}`).join('; ');
}
