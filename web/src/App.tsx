/** The app shell: navigation between the three views (hash routes, so reloads and links work under any server path), the stored-document list, and the token prompt. */
import { useEffect, useState, type ReactNode } from 'react';
import { ApiError, listDocuments, setToken } from './api.js';
import { ArticleView } from './ArticleView.js';
import { CorpusView } from './CorpusView.js';
import { parseRoute, type Route } from './route.js';
import { TwoArticleView } from './TwoArticleView.js';
import type { DocumentSummary } from './types.js';

const TABS: Array<{ view: Route['view']; href: string; label: string }> = [
  { view: 'article', href: '#/article', label: 'Article' },
  { view: 'compare', href: '#/compare', label: 'Two articles' },
  { view: 'corpus', href: '#/corpus', label: 'Corpus' },
];

export function App(): ReactNode {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  const [docs, setDocs] = useState<DocumentSummary[] | undefined>(undefined);
  const [needsToken, setNeedsToken] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [tokenInput, setTokenInput] = useState('');

  useEffect(() => {
    const onHash = (): void => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const loadDocs = async (): Promise<void> => {
    try {
      const list = await listDocuments();
      setDocs(list.documents);
      setNeedsToken(false);
      setProblem(null);
    } catch (e) {
      setDocs([]);
      if (e instanceof ApiError && e.status === 401) setNeedsToken(true);
      else setProblem(e instanceof Error ? e.message : String(e));
    }
  };

  useEffect(() => {
    void loadDocs();
  }, []);

  useEffect(() => {
    const name = TABS.find((t) => t.view === route.view)?.label ?? '';
    document.title = `${name} · slant`;
  }, [route.view]);

  return (
    <>
      <a
        className="skip"
        href="#main"
        onClick={(e) => {
          // A plain #main would be read as a route: move the focus instead.
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      <header className="top">
        <h1>slant</h1>
        <nav aria-label="Views">
          {TABS.map((t) => (
            <a key={t.view} href={t.href} aria-current={route.view === t.view ? 'page' : undefined}>
              {t.label}
            </a>
          ))}
        </nav>
        <a className="api-link" href="/openapi.json">
          API
        </a>
      </header>
      {needsToken && (
        <form
          className="banner"
          onSubmit={(e) => {
            e.preventDefault();
            setToken(tokenInput.trim());
            void loadDocs();
          }}
        >
          <label>
            This server needs its API token <input type="password" autoComplete="off" value={tokenInput} onChange={(e) => setTokenInput(e.target.value)} />
          </label>
          <button type="submit">Use token</button>
        </form>
      )}
      {problem !== null && (
        <p className="banner error" role="alert">
          {problem}
        </p>
      )}
      <main id="main" tabIndex={-1}>
        {route.view === 'article' && <ArticleView docs={docs} initialId={route.id} initialAt={route.at} />}
        {route.view === 'compare' && <TwoArticleView docs={docs} />}
        {route.view === 'corpus' && <CorpusView initialBy={route.by} />}
      </main>
    </>
  );
}
