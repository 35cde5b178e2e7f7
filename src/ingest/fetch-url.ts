/** Fetching a user-given URL safely: http(s) only, no private addresses, checked redirects, a timeout and a byte cap. */

import { lookup as dnsLookup } from 'node:dns/promises';
import { SlantError } from '../core/errors.js';
import { isPrivateAddress } from './address.js';
import { tooLarge } from './read-bytes.js';

/** Redirects followed before giving up (browsers allow ~20; articles need one or two). */
export const MAX_REDIRECTS = 5;
/** Default deadline for one URL, redirects and body included. */
export const DEFAULT_FETCH_TIMEOUT_MS = 15_000;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,application/json;q=0.9,text/plain;q=0.8,*/*;q=0.5';

export interface FetchOptions {
  maxBytes: number;
  timeoutMs?: number | undefined;
  /** Allow hosts that resolve to loopback/private/link-local addresses (default false). */
  allowPrivate?: boolean | undefined;
  /** Resolves a host name to its addresses; `dns.promises.lookup` by default (tests inject one). */
  lookup?: ((host: string) => Promise<string[]>) | undefined;
  /** Decides whether an address may be reached; overrides `allowPrivate` (tests inject one). */
  isAllowedAddress?: ((address: string) => boolean) | undefined;
}

export interface FetchedBody {
  bytes: Uint8Array;
  /** The response's `Content-Type` header, if any. */
  contentType: string | undefined;
  /** The URL the body came from, after redirects. */
  url: string;
}

/**
 * Fetches a URL with the global `fetch`, defending against server-side request forgery: only
 * `http:`/`https:` URLs without embedded credentials; the host is resolved with `dns.lookup` and
 * refused (SLANT_FETCH_REFUSED) when any of its addresses is loopback, private, link-local or
 * otherwise internal (see isPrivateAddress) unless `allowPrivate`; redirects are followed by hand,
 * at most {@link MAX_REDIRECTS}, and every hop is checked again. The whole exchange has one deadline
 * (`timeoutMs`, default 15 s). The body is streamed and the download aborted as soon as it passes
 * `maxBytes` (a `Content-Length` over the limit is refused before reading): SLANT_INPUT_TOO_LARGE.
 * A non-2xx status, an unresolvable host, a refused connection or the deadline: SLANT_FETCH_FAILED.
 *
 * Residual risk: the address check and the connection resolve the name separately, so a DNS server
 * that answers differently within milliseconds (DNS rebinding) could slip past it.
 *
 * @example
 * const { bytes, contentType } = await fetchUrl('https://example.org/article', { maxBytes: 20 * 1024 * 1024 });
 */
export async function fetchUrl(url: string, options: FetchOptions): Promise<FetchedBody> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    let current = httpUrl(url, url);
    for (let hop = 0; ; hop += 1) {
      // The resolver takes no signal, so the deadline has to race it.
      await abortable(assertReachable(current, url, options), controller.signal);
      const response = await fetch(current, { redirect: 'manual', signal: controller.signal, headers: { accept: ACCEPT, 'user-agent': 'slant (offline text analyzer)' } });
      if (REDIRECT_STATUSES.has(response.status)) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) throw new SlantError('SLANT_FETCH_FAILED', `HTTP ${response.status} redirect without a Location header from ${current.href}`, { source: url });
        if (hop >= MAX_REDIRECTS) {
          throw new SlantError('SLANT_FETCH_FAILED', `more than ${MAX_REDIRECTS} redirects (last to ${location}); the site may be redirecting in a loop — open the final URL in a browser and pass that`, { source: url });
        }
        current = httpUrl(new URL(location, current).href, url);
        continue;
      }
      if (response.status < 200 || response.status > 299) {
        await response.body?.cancel();
        throw new SlantError(
          'SLANT_FETCH_FAILED',
          `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} from ${current.href}; check the URL, or save the page from a browser and add the file`,
          { source: url },
        );
      }
      const declared = Number(response.headers.get('content-length') ?? Number.NaN);
      if (Number.isFinite(declared) && declared > options.maxBytes) {
        await response.body?.cancel();
        throw tooLarge(declared, options.maxBytes, url, 'response');
      }
      const bytes = await readBody(response, options.maxBytes, url, controller);
      return { bytes, contentType: response.headers.get('content-type') ?? undefined, url: current.href };
    }
  } catch (error) {
    if (timedOut) {
      throw new SlantError(
        'SLANT_FETCH_FAILED',
        `no complete response within ${formatSeconds(timeoutMs)}; the server is slow or unreachable — try again, or raise the limit with --timeout`,
        { source: url, cause: error },
      );
    }
    if (error instanceof SlantError) throw error;
    throw new SlantError('SLANT_FETCH_FAILED', `could not fetch (${networkReason(error)}); check the URL and your connection`, { source: url, cause: error });
  } finally {
    clearTimeout(timer);
  }
}

/** A URL slant may fetch, or SLANT_FETCH_REFUSED saying why not. */
function httpUrl(href: string, source: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(href);
  } catch {
    throw new SlantError('SLANT_FETCH_REFUSED', `'${href}' is not a valid URL`, { source });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new SlantError('SLANT_FETCH_REFUSED', `refusing the ${parsed.protocol.replace(/:$/, '')}: scheme in ${href}; slant fetches only http and https URLs`, { source });
  }
  if (parsed.username !== '' || parsed.password !== '') {
    throw new SlantError('SLANT_FETCH_REFUSED', 'refusing a URL with a user name or password in it; download the page yourself and add the file', { source });
  }
  return parsed;
}

async function assertReachable(url: URL, source: string, options: FetchOptions): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const allowed = options.isAllowedAddress ?? (options.allowPrivate ? () => true : (address: string) => !isPrivateAddress(address));
  let addresses: string[];
  try {
    addresses = options.lookup ? await options.lookup(host) : (await dnsLookup(host, { all: true, verbatim: true })).map((entry) => entry.address);
  } catch (error) {
    throw new SlantError('SLANT_FETCH_FAILED', `cannot resolve host '${host}' (${networkReason(error)}); check the URL`, { source, cause: error });
  }
  if (addresses.length === 0) throw new SlantError('SLANT_FETCH_FAILED', `host '${host}' has no addresses; check the URL`, { source });
  const blocked = addresses.find((address) => !allowed(address));
  if (blocked !== undefined) {
    throw new SlantError(
      'SLANT_FETCH_REFUSED',
      `refusing ${url.href}: host '${host}' resolves to ${blocked}, a loopback, private or link-local address that could expose services on your network; pass --allow-private if you mean to fetch it`,
      { source },
    );
  }
}

/** Settles like `promise`, or rejects as soon as `signal` aborts. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

async function readBody(response: Response, maxBytes: number, source: string, controller: AbortController): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      controller.abort();
      throw tooLarge(total, maxBytes, source, 'response', true);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

function networkReason(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  const code = cause?.code ?? (error as { code?: string } | undefined)?.code;
  if (code) return code;
  return cause?.message ?? (error instanceof Error ? error.message : String(error));
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
