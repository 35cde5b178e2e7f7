import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlantError } from '../core/errors.js';
import { type FetchOptions, MAX_REDIRECTS, fetchUrl } from './fetch-url.js';

let server: Server;
let base = '';
let port = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const chain = /^\/chain\/(\d+)$/.exec(url.pathname);
    if (chain) {
      const left = Number(chain[1]);
      if (left === 0) response.writeHead(200, { 'content-type': 'text/plain' }).end('end of chain');
      else response.writeHead(302, { location: `/chain/${left - 1}` }).end();
      return;
    }
    switch (url.pathname) {
      case '/page':
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>Hello</p>');
        return;
      case '/missing':
        response.writeHead(404, 'Not Found').end('nope');
        return;
      case '/loop':
        response.writeHead(302, { location: '/loop' }).end();
        return;
      case '/relative':
        response.writeHead(301, { location: 'page' }).end();
        return;
      case '/no-location':
        response.writeHead(302).end();
        return;
      case '/to-file':
        response.writeHead(302, { location: 'file:///etc/passwd' }).end();
        return;
      case '/to-other-host':
        response.writeHead(307, { location: `http://127.0.0.2:${port}/page` }).end();
        return;
      case '/declared-big':
        response.writeHead(200, { 'content-type': 'text/plain', 'content-length': '5000' }).end('x'.repeat(5000));
        return;
      case '/streamed-big': {
        response.writeHead(200, { 'content-type': 'text/plain' });
        let sent = 0;
        const timer = setInterval(() => {
          if (response.destroyed || sent >= 50) {
            clearInterval(timer);
            response.end();
            return;
          }
          sent += 1;
          response.write('y'.repeat(500));
        }, 2);
        return;
      }
      case '/slow':
        // Never answers: the client's deadline must end it.
        return;
      default:
        response.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const local: FetchOptions = { maxBytes: 1000, allowPrivate: true, timeoutMs: 5000 };

async function failure(url: string, options: FetchOptions = local): Promise<SlantError> {
  try {
    await fetchUrl(url, options);
  } catch (error) {
    return error as SlantError;
  }
  throw new Error(`expected ${url} to fail`);
}

describe('fetchUrl', () => {
  it('refuses a loopback server unless private addresses are allowed', async () => {
    const error = await failure(`${base}/page`, { maxBytes: 1000 });
    expect(error.code).toBe('SLANT_FETCH_REFUSED');
    expect(error.source).toBe(`${base}/page`);
    expect(error.message).toMatch(/resolves to 127\.0\.0\.1, a loopback, private or link-local address.*--allow-private/);
  });

  it('refuses localhost by name, resolving it first', async () => {
    expect((await failure(`http://localhost:${port}/page`, { maxBytes: 1000 })).code).toBe('SLANT_FETCH_REFUSED');
  });

  it('refuses a name that resolves to a private address, without connecting', async () => {
    const error = await failure('http://intranet.test/', { maxBytes: 1000, lookup: async () => ['93.184.216.34', '10.0.0.5'] });
    expect(error.code).toBe('SLANT_FETCH_REFUSED');
    expect(error.message).toMatch(/resolves to 10\.0\.0\.5/);
  });

  it('fetches a page with its content type and final URL', async () => {
    const fetched = await fetchUrl(`${base}/page`, local);
    expect(Buffer.from(fetched.bytes).toString()).toBe('<p>Hello</p>');
    expect(fetched.contentType).toBe('text/html; charset=utf-8');
    expect(fetched.url).toBe(`${base}/page`);
  });

  it('follows a relative redirect and reports where the body came from', async () => {
    expect((await fetchUrl(`${base}/relative`, local)).url).toBe(`${base}/page`);
  });

  it(`follows up to ${MAX_REDIRECTS} redirects and no more`, async () => {
    expect(Buffer.from((await fetchUrl(`${base}/chain/${MAX_REDIRECTS}`, local)).bytes).toString()).toBe('end of chain');
    const error = await failure(`${base}/chain/${MAX_REDIRECTS + 1}`);
    expect(error.code).toBe('SLANT_FETCH_FAILED');
    expect(error.message).toMatch(/more than 5 redirects/);
  });

  it('stops a redirect loop', async () => {
    const error = await failure(`${base}/loop`);
    expect(error.code).toBe('SLANT_FETCH_FAILED');
    expect(error.message).toMatch(/more than 5 redirects \(last to \/loop\); .*loop/);
  });

  it('checks every redirect hop against the address policy', async () => {
    const error = await failure(`${base}/to-other-host`, { maxBytes: 1000, isAllowedAddress: (address) => address === '127.0.0.1' });
    expect(error.code).toBe('SLANT_FETCH_REFUSED');
    expect(error.message).toMatch(/127\.0\.0\.2/);
  });

  it.each([
    ['a redirect to a file: URL', '/to-file', 'SLANT_FETCH_REFUSED', /refusing the file: scheme/],
    ['a redirect without a Location', '/no-location', 'SLANT_FETCH_FAILED', /without a Location header/],
    ['a 404', '/missing', 'SLANT_FETCH_FAILED', /^HTTP 404 Not Found from http:\/\/127\.0\.0\.1:\d+\/missing; check the URL/],
    ['a declared body over the limit', '/declared-big', 'SLANT_INPUT_TOO_LARGE', /^response is 4\.9 KB, over the 1000 bytes limit; raise it with --max-bytes/],
    ['a streamed body over the limit', '/streamed-big', 'SLANT_INPUT_TOO_LARGE', /^response is more than 1000 bytes, over the 1000 bytes limit/],
  ])('fails on %s', async (_name, path, code, message) => {
    const error = await failure(`${base}${path}`);
    expect(error.code).toBe(code);
    expect(error.source).toBe(`${base}${path}`);
    expect(error.message).toMatch(message);
  });

  it('gives up on a slow server at the deadline', async () => {
    const started = Date.now();
    const error = await failure(`${base}/slow`, { ...local, timeoutMs: 200 });
    expect(error.code).toBe('SLANT_FETCH_FAILED');
    expect(error.message).toMatch(/^no complete response within 0\.2 s; .*--timeout/);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('applies the deadline to a host name that never resolves', async () => {
    const error = await failure('http://hanging-dns.test/', { maxBytes: 1000, timeoutMs: 100, lookup: () => new Promise<string[]>(() => undefined) });
    expect(error.code).toBe('SLANT_FETCH_FAILED');
    expect(error.message).toMatch(/^no complete response within 0\.1 s/);
  });

  it.each([
    ['file:///etc/passwd', /refusing the file: scheme/],
    ['ftp://a.example/x', /refusing the ftp: scheme/],
    ['javascript:alert(1)', /refusing the javascript: scheme/],
    ['http://user:secret@a.example/', /user name or password/],
    ['http://', /not a valid URL/],
  ])('refuses %s before any network access', async (url, message) => {
    const error = await failure(url, { maxBytes: 1000, lookup: async () => { throw new Error('must not resolve'); } });
    expect(error.code).toBe('SLANT_FETCH_REFUSED');
    expect(error.message).toMatch(message);
  });

  it('reports a host that cannot be resolved', async () => {
    const error = await failure('http://no-such-host.test/', {
      maxBytes: 1000,
      lookup: async () => {
        throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
      },
    });
    expect(error.code).toBe('SLANT_FETCH_FAILED');
    expect(error.message).toBe("cannot resolve host 'no-such-host.test' (ENOTFOUND); check the URL");
  });

  it('reports a refused connection', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await failure(`http://127.0.0.1:${closedPort}/`);
    expect(error.code).toBe('SLANT_FETCH_FAILED');
    expect(error.message).toMatch(/could not fetch \(ECONNREFUSED\)/);
  });
});
