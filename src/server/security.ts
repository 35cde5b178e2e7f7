/** Security middleware: response headers, the optional bearer token, and body-size limits checked while the body streams in. */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { SlantError } from '../core/errors.js';
import { formatBytes } from '../ingest/read-bytes.js';
import { errorResponse, ForbiddenError, UnauthorizedError } from './errors.js';

/**
 * The Content-Security-Policy of HTML the API renders itself (reports, the fallback page): no
 * script, no network, inline styles and data: images only (the reports draw charts as inline SVG).
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The policy of the web UI served from web/dist: its own scripts and styles, API calls to this origin only. */
export const UI_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** The policy of every other response (JSON, Markdown): nothing may load or run if a browser renders it. */
const DATA_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * Sets the security headers on every response: no MIME sniffing, no framing, no referrer, a
 * Content-Security-Policy (REPORT_CSP for HTML unless the route set its own), and `no-store` for
 * API responses, which may hold sensitive material. No CORS header is ever sent, so browsers keep
 * other origins' pages from reading responses.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('X-Frame-Options', 'DENY');
    h.set('Referrer-Policy', 'no-referrer');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    h.set('Cross-Origin-Resource-Policy', 'same-origin');
    if (!h.has('Content-Security-Policy')) h.set('Content-Security-Policy', /^text\/html/i.test(h.get('Content-Type') ?? '') ? REPORT_CSP : DATA_CSP);
    if (c.req.path.startsWith('/api/') && !h.has('Cache-Control')) h.set('Cache-Control', 'no-store');
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/**
 * Requires `Authorization: Bearer TOKEN` (401 `SLANT_UNAUTHORIZED` otherwise). Both tokens are
 * hashed before a constant-time comparison, so neither the content nor the length of the secret
 * leaks through timing.
 *
 * @example
 * app.use('/api/*', bearerToken('s3cret'));
 */
export function bearerToken(token: string): MiddlewareHandler {
  if (token === '') throw new SlantError('SLANT_USAGE', 'the API token is empty; give a non-empty --token or SLANT_TOKEN, or none');
  const expected = digest(token);
  return async (c, next) => {
    const header = c.req.header('Authorization') ?? '';
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
    if (match === null || !timingSafeEqual(digest(match[1] ?? ''), expected)) {
      return errorResponse(
        c,
        new UnauthorizedError(header === '' ? 'this server requires a token: send Authorization: Bearer TOKEN' : 'the bearer token is wrong or malformed; send Authorization: Bearer TOKEN'),
      );
    }
    await next();
  };
}

/** The host part of a Host header (`[::1]:8484` → `::1`, `Localhost:80` → `localhost`). */
function hostName(header: string): string {
  const bracketed = /^\[([^\]]+)\]/.exec(header);
  if (bracketed !== null) return (bracketed[1] ?? '').toLowerCase();
  // One colon separates a port; more than one is a bare IPv6 address (as in the allowed list).
  return (header.split(':').length === 2 ? header.replace(/:\d*$/, '') : header).toLowerCase();
}

/**
 * Guards a server that browsers can reach from two attacks by other sites' pages:
 * - DNS rebinding: when `allowedHosts` is given (a loopback server's names), a request whose Host
 *   header names another host is refused, so a page whose domain was re-pointed at 127.0.0.1
 *   cannot talk to the API as its own origin;
 * - cross-site requests that change data: a POST or DELETE sent by a page of another origin
 *   (`Origin` not this host, or `Sec-Fetch-Site: cross-site`) is refused. A form can post
 *   multipart/form-data anywhere without asking, so the missing CORS headers alone would not stop it.
 * Requests without these headers (curl, scripts) pass; both refusals are 403 `SLANT_FORBIDDEN`.
 */
export function originGuard(allowedHosts: readonly string[] | undefined): MiddlewareHandler {
  const allowed = allowedHosts === undefined ? undefined : new Set(allowedHosts.map((h) => hostName(h)));
  return async (c, next) => {
    const host = c.req.header('Host');
    if (allowed !== undefined && host !== undefined && !allowed.has(hostName(host))) {
      return errorResponse(c, new ForbiddenError(`this server answers only to ${[...allowed].join(', ')}, not to the host ${host}`));
    }
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const origin = c.req.header('Origin');
      let foreign = c.req.header('Sec-Fetch-Site') === 'cross-site';
      if (origin !== undefined && host !== undefined) {
        try {
          foreign ||= new URL(origin).host.toLowerCase() !== host.toLowerCase();
        } catch {
          foreign = true; // `null` (sandboxed pages, file:) or garbage
        }
      }
      if (foreign) return errorResponse(c, new ForbiddenError(`a page from another origin (${origin ?? 'cross-site'}) may not change data here; send the request from this origin or from a script`));
    }
    await next();
  };
}

export interface BodyLimits {
  /** JSON and text bodies. */
  json: number;
  /** multipart/form-data uploads. */
  upload: number;
}

/**
 * Refuses bodies over the limit for their media type with 413 `SLANT_INPUT_TOO_LARGE`: at once
 * when Content-Length says so, else as soon as the streamed body passes the limit (hono's
 * bodyLimit), so an oversized body is never buffered whole.
 */
export function bodyLimits(limits: BodyLimits): MiddlewareHandler {
  const limiter = (maxSize: number, what: string): MiddlewareHandler =>
    bodyLimit({
      maxSize,
      onError: (c) =>
        errorResponse(
          c,
          new SlantError('SLANT_INPUT_TOO_LARGE', `the ${what} is over the ${formatBytes(maxSize)} limit; send less, or start the server with a higher ${what === 'upload' ? '--max-upload' : '--max-body'}`),
        ),
    });
  const json = limiter(limits.json, 'request body');
  const upload = limiter(limits.upload, 'upload');
  return (c, next) => (/^multipart\//i.test(c.req.header('Content-Type') ?? '') ? upload(c, next) : json(c, next));
}
