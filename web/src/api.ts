/** The one client of slant's HTTP API (same origin only): typed calls, errors as ApiError with the server's SLANT_* code. */
import type { GroupField } from './route.js';
import type { AnalyzeResponse, Article, CorpusReport, DocumentList, StoredAnalysis, StoredDocument } from './types.js';

/** An error answer of the API: `{error: {code, message}}` and the status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const TOKEN_KEY = 'slant-token';

/** The bearer token for a server started with --token, kept for this tab only. */
export function getToken(): string | undefined {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function setToken(token: string | undefined): void {
  try {
    if (token === undefined || token === '') sessionStorage.removeItem(TOKEN_KEY);
    else sessionStorage.setItem(TOKEN_KEY, token);
  } catch {
    // Storage refused (private mode): the token then lasts until the page reloads.
  }
}

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  const token = getToken();
  if (token !== undefined) headers.set('Authorization', `Bearer ${token}`);
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers, credentials: 'same-origin' });
  } catch (error) {
    throw new ApiError(0, 'SLANT_NETWORK', `the slant server did not answer (${error instanceof Error ? error.message : String(error)}); is \`slant serve\` running?`);
  }
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    const e = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
    throw new ApiError(res.status, e?.code ?? `HTTP_${res.status}`, e?.message ?? `the server answered ${res.status} ${res.statusText}`);
  }
  return body as T;
}

const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

function fromAnalyze(r: AnalyzeResponse): Article {
  const d = r.document;
  return { id: d.id, stored: r.stored !== undefined, title: d.title, outlet: d.outlet, side: d.side, publishedAt: d.publishedAt, text: d.text, findings: r.findings, signals: r.signals, words: r.summary.words };
}

/** Analyzes a pasted text (not stored). */
export async function analyzeText(text: string, title?: string): Promise<Article> {
  return fromAnalyze(await call<AnalyzeResponse>('/api/analyze', json(title === undefined || title.trim() === '' ? { text } : { text, title: title.trim() })));
}

/** Analyzes an uploaded .txt, .md or .html file (HTML goes through the server's article extractor). */
export async function analyzeFile(file: File): Promise<Article> {
  const form = new FormData();
  form.append('file', file, file.name);
  return fromAnalyze(await call<AnalyzeResponse>('/api/analyze', { method: 'POST', body: form }));
}

/** A page of stored documents (metadata only). */
export function listDocuments(limit = 500): Promise<DocumentList> {
  return call<DocumentList>(`/api/documents?limit=${limit}`);
}

/** A stored document with its text and analysis (analyzed now when no analysis is cached). */
export async function loadStored(id: string): Promise<Article> {
  const safe = encodeURIComponent(id);
  const [doc, analysis] = await Promise.all([call<StoredDocument>(`/api/documents/${safe}`), call<StoredAnalysis>(`/api/documents/${safe}/analysis`)]);
  const words = typeof analysis.summary.words === 'number' ? analysis.summary.words : 0;
  return { id: doc.id, stored: true, title: doc.title, outlet: doc.outlet, side: doc.side, publishedAt: doc.publishedAt, text: doc.text, findings: analysis.findings, signals: analysis.signals, words };
}

/** Two or more stored documents compared, each its own group (A, B, … in order). */
export function compareDocuments(ids: readonly string[], top = 25): Promise<CorpusReport> {
  return call<CorpusReport>('/api/compare', json({ documents: ids, top }));
}

/** Two or more texts compared without storing them. */
export function compareTexts(texts: ReadonlyArray<{ text: string; title?: string | undefined }>, top = 25): Promise<CorpusReport> {
  return call<CorpusReport>('/api/compare', json({ texts: texts.map((t) => (t.title === undefined ? { text: t.text } : { text: t.text, title: t.title })), top }));
}

/** Stored documents compared by side, outlet or tag. */
export function compareBy(by: GroupField, top = 25): Promise<CorpusReport> {
  return call<CorpusReport>('/api/compare', json({ by, top }));
}

/** The URL of the rendered report (`html` or `md`) of a comparison by a field. */
export function exportUrl(format: 'html' | 'md', by: GroupField, top: number): string {
  return `/api/compare.${format}?by=${encodeURIComponent(by)}&top=${top}`;
}

/** The rendered report fetched with the token (a plain link cannot send one). */
export async function fetchExport(url: string): Promise<Blob> {
  const headers = new Headers();
  const token = getToken();
  if (token !== undefined) headers.set('Authorization', `Bearer ${token}`);
  const res = await fetch(url, { headers });
  if (!res.ok) throw new ApiError(res.status, `HTTP_${res.status}`, `the export failed: ${res.status} ${res.statusText}`);
  return res.blob();
}
