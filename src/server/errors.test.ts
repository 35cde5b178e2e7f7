/** Errors to HTTP: one status per code, user messages kept, internals never shown. */
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, SlantError, toSlantError } from '../core/errors.js';
import { describeError, httpStatusFor, issuesMessage, UnauthorizedError } from './errors.js';

describe('httpStatusFor', () => {
  it.each([
    ['SLANT_USAGE', 400],
    ['SLANT_INPUT_MALFORMED', 400],
    ['SLANT_INPUT_EMPTY', 400],
    ['SLANT_UNAUTHORIZED', 401],
    ['SLANT_FORBIDDEN', 403],
    ['SLANT_NOT_FOUND', 404],
    ['SLANT_INPUT_TOO_LARGE', 413],
    ['SLANT_INPUT_UNSUPPORTED', 415],
    ['SLANT_STORE', 500],
    ['SLANT_INTERNAL', 500],
  ] as const)('%s → %i', (code, status) => {
    expect(httpStatusFor(code)).toBe(status);
  });

  it('has a status for every SlantError code', () => {
    for (const code of ERROR_CODES) expect(httpStatusFor(code)).toBeGreaterThanOrEqual(400);
  });
});

describe('describeError', () => {
  it('keeps a user error with its source', () => {
    expect(describeError(new SlantError('SLANT_INPUT_BINARY', 'file is a PDF', { source: 'a.pdf' }))).toEqual({ code: 'SLANT_INPUT_BINARY', message: 'a.pdf: file is a PDF' });
  });

  it('hides what went wrong inside: no stack, no server paths, no foreign messages', () => {
    const wrapped = toSlantError(new TypeError("Cannot read properties of undefined (reading 'x') at /srv/app.js:1"));
    expect(describeError(wrapped)).toEqual({ code: 'SLANT_INTERNAL', message: 'internal error; the server log has the details' });
    expect(describeError(new Error('boom at /srv/app.js'))).toEqual({ code: 'SLANT_INTERNAL', message: 'internal error; the server log has the details' });
    expect(describeError(new SlantError('SLANT_STORE', 'database is locked', { source: '/home/me/slant.db' }))).toEqual({ code: 'SLANT_STORE', message: 'database is locked' });
  });

  it('translates hono exceptions and the token error', () => {
    expect(describeError(new HTTPException(400, { message: 'Malformed JSON in request body' })).message).toMatch(/not valid JSON/);
    expect(describeError(new HTTPException(415, { message: 'Unsupported Media Type' })).code).toBe('SLANT_INPUT_UNSUPPORTED');
    expect(describeError(new UnauthorizedError('no token'))).toEqual({ code: 'SLANT_UNAUTHORIZED', message: 'no token' });
  });
});

describe('issuesMessage', () => {
  it('joins each problem with its field path', () => {
    expect(issuesMessage([{ path: ['texts', 0, 'text'], message: 'Required' }, { path: [], message: 'give exactly one of by, documents or texts' }])).toBe(
      'texts.0.text: Required; body: give exactly one of by, documents or texts',
    );
  });
});
