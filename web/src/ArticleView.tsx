/** The article view: choose an article, read it with its findings highlighted, filter them, and see actors, claims, terms and readings beside it. */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { categoryKey, CATEGORIES, countBy, defaultFilters, NEUTRAL, visible, type Filters } from './highlight.js';
import { HighlightedText, type Located } from './HighlightedText.js';
import type { Span } from './lens.js';
import { SidePanel } from './SidePanel.js';
import { emptySource, loadSource, ready, SourcePicker, SubmitRow, type Source } from './SourcePicker.js';
import type { Article, DocumentSummary } from './types.js';

function toggled<T>(set: ReadonlySet<T>, item: T): Set<T> {
  const next = new Set(set);
  if (next.has(item)) next.delete(item);
  else next.add(item);
  return next;
}

function FilterBar({ article, filters, onChange }: { article: Article; filters: Filters; onChange: (f: Filters) => void }): ReactNode {
  const byCategory = countBy(article.findings, categoryKey);
  const byDetector = countBy(article.findings, (f) => f.detector);
  const shown = article.findings.filter((f) => visible(f, filters)).length;
  return (
    <div className="filters" role="group" aria-label="Filter the highlights">
      <div className="legend">
        {[...CATEGORIES, NEUTRAL].map((c) => (
          <label key={c.id} className="legend-item">
            <input type="checkbox" checked={!filters.hiddenCategories.has(c.id)} onChange={() => onChange({ ...filters, hiddenCategories: toggled(filters.hiddenCategories, c.id) })} />
            <span className="swatch" style={{ background: c.tint, borderColor: c.color }} aria-hidden="true" />
            {c.name} <span className="muted">{byCategory.get(c.id) ?? 0}</span>
          </label>
        ))}
      </div>
      <div className="filter-row">
        <label className="slider">
          Confidence at least <output>{filters.minConfidence.toFixed(2)}</output>
          <input type="range" min={0} max={1} step={0.05} value={filters.minConfidence} onChange={(e) => onChange({ ...filters, minConfidence: Number(e.target.value) })} />
        </label>
        <details className="detectors">
          <summary>Detectors ({byDetector.size})</summary>
          <div className="detector-list">
            {[...byDetector.entries()]
              .sort((a, b) => a[0].localeCompare(b[0]))
              .map(([id, n]) => (
                <label key={id}>
                  <input type="checkbox" checked={!filters.hiddenDetectors.has(id)} onChange={() => onChange({ ...filters, hiddenDetectors: toggled(filters.hiddenDetectors, id) })} />
                  {id} <span className="muted">{n}</span>
                </label>
              ))}
          </div>
        </details>
        <span className="muted" aria-live="polite">
          {shown} of {article.findings.length} findings highlighted
        </span>
      </div>
    </div>
  );
}

interface Props {
  docs: readonly DocumentSummary[] | undefined;
  /** A stored document to open at once, and a span of it to show. */
  initialId?: string | undefined;
  initialAt?: Span | undefined;
}

export function ArticleView({ docs, initialId, initialAt }: Props): ReactNode {
  const [source, setSource] = useState<Source>(initialId === undefined ? emptySource('paste') : { kind: 'stored', id: initialId });
  const [article, setArticle] = useState<Article | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [filters, setFilters] = useState<Filters>(defaultFilters);
  const [located, setLocated] = useState<Located | undefined>(undefined);

  const open = async (s: Source, at?: Span): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const a = await loadSource(s);
      setArticle(a);
      setLocated(at === undefined ? undefined : { ...at, token: Date.now() });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  // Open the document the route names, at the span it names; again whenever either changes.
  useEffect(() => {
    if (initialId !== undefined) {
      const s: Source = { kind: 'stored', id: initialId };
      setSource(s);
      void open(s, initialAt);
    }
  }, [initialId, initialAt?.start, initialAt?.end]);

  const shown = useMemo(() => (article === null ? [] : article.findings.filter((f) => visible(f, filters))), [article, filters]);
  const locate = (span: Span): void => setLocated({ start: span.start, end: span.end, token: Date.now() });

  return (
    <div className="view">
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          void open(source);
        }}
      >
        <SourcePicker value={source} onChange={setSource} docs={docs} idPrefix="art" legend="Article" />
        <SubmitRow label="Analyze" busyLabel="Analyzing…" busy={busy} disabled={!ready(source)} error={error} />
      </form>

      {article !== null && (
        <div className="article-layout">
          <div className="article-main">
            <header className="article-head">
              <h2>{article.title ?? 'Untitled text'}</h2>
              <p className="muted">
                {[article.outlet, article.side === undefined ? undefined : `side: ${article.side}`, article.publishedAt?.slice(0, 10), `${article.words} words`, article.stored ? `id ${article.id.slice(0, 8)}` : 'not stored']
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </header>
            <FilterBar article={article} filters={filters} onChange={setFilters} />
            <p className="hint muted">Tab into the text, then ← → move between highlights; hover or focus one to see why it was flagged; Esc closes.</p>
            <HighlightedText text={article.text} findings={shown} located={located} idPrefix="art" label="Article text with findings highlighted" />
          </div>
          <SidePanel article={article} onLocate={locate} />
        </div>
      )}
    </div>
  );
}
