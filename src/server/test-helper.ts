/** Shared helpers of the server tests: one rule-pass analyzer, an app over an in-memory store, request builders. */
import { createAnalyzer, type Analyzer } from '../core/pipeline.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/store.js';
import { createApp, type AppOptions } from './app.js';

let shared: Analyzer | undefined;

/** The rule pass (no technique model): fast to build, deterministic findings to assert on. */
export function ruleAnalyzer(): Analyzer {
  return (shared ??= createAnalyzer({ skip: ['techniques'] }));
}

/** A fresh app over a fresh in-memory store. */
export async function testApp(options: Partial<AppOptions> = {}): Promise<{ app: ReturnType<typeof createApp>; store: Store }> {
  const store = options.store ?? (await openStore(':memory:'));
  const app = createApp({ analyzer: ruleAnalyzer(), webDir: false, ...options, store });
  return { app, store };
}

/** A JSON request. */
export function json(body: unknown, method = 'POST', headers: Record<string, string> = {}): RequestInit {
  return { method, headers: { 'Content-Type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) };
}

/** A multipart request with files (name, content, type) and fields. */
export function upload(files: Array<{ name: string; content: string | Uint8Array; type?: string }>, fields: Record<string, string> = {}): RequestInit {
  const form = new FormData();
  for (const f of files) form.append('file', new File([f.content], f.name, { type: f.type ?? '' }));
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return { method: 'POST', body: form };
}

/** The `{error: {code, message}}` of a response, with its status. */
export async function errorOf(res: Response): Promise<{ status: number; code: string; message: string }> {
  const body = (await res.json()) as { error: { code: string; message: string } };
  return { status: res.status, code: body.error.code, message: body.error.message };
}
