/** Two articles side by side: their distinctive terms and the lens rows of their comparison (naming by concept, figures, what only one mentions), all from /api/compare, each linked to its places in the texts. */
import { useMemo, useState, type ReactNode } from 'react';
import { compareDocuments, compareTexts } from './api.js';
import { figurePairs, namingPairs, omissionsBySide, sideOfGroup, termUseLabel, type Omission, type Side, type Variant } from './contrast.js';
import { defaultFilters, visible } from './highlight.js';
import { HighlightedText, type Located } from './HighlightedText.js';
import { conceptLabel, type Span } from './lens.js';
import { emptySource, loadSource, ready, SourcePicker, SubmitRow, type Source } from './SourcePicker.js';
import type { Article, ClaimRow, CorpusReport, DistinctiveRow, DocumentSummary, Evidence, LensRows } from './types.js';

interface Loaded {
  a: Article;
  b: Article;
  report: CorpusReport;
}

const FILTERS = defaultFilters();

const NO_LENS: LensRows = { naming: [], omissions: [], storyStart: [], claims: [], portrayal: [], frames: [], timeline: [] };

function VariantCell({ variants, side, onLocate }: { variants: Variant[]; side: Side; onLocate: (side: Side, span: Span) => void }): ReactNode {
  if (variants.length === 0) return <span className="muted">—</span>;
  return (
    <>
      {variants.map(({ row, uses }) => (
        <div key={row.variant}>
          <button type="button" className="linkish" disabled={row.evidence.length === 0} onClick={() => row.evidence[0] !== undefined && onLocate(side, row.evidence[0])}>
            “{row.variant}”
          </button>
          {row.count > 1 && <span className="muted"> ×{row.count}</span>}
          {row.side !== undefined && <span className="side-tag">{row.side}</span>}
          {uses.some((u) => u !== 'used') && <span className="muted small"> {uses.filter((u) => u !== 'used').map(termUseLabel).join('; ')}</span>}
        </div>
      ))}
    </>
  );
}

function FigureCell({ row, side, onLocate }: { row: ClaimRow | undefined; side: Side; onLocate: (side: Side, span: Span) => void }): ReactNode {
  if (row === undefined) return <span className="muted">—</span>;
  // The same figure written the same way twice is one entry, located at its first place.
  const written = new Map<string, Evidence[]>();
  for (const e of row.evidence) written.set(e.text, [...(written.get(e.text) ?? []), e]);
  return (
    <>
      {[...written].map(([text, places]) => (
        <div key={text}>
          <button type="button" className="linkish" onClick={() => onLocate(side, places[0]!)}>
            {text}
          </button>
          {places.length > 1 && <span className="muted"> ×{places.length}</span>}
        </div>
      ))}
    </>
  );
}

function TermList({ rows, side, onLocate }: { rows: DistinctiveRow[]; side: Side; onLocate: (side: Side, span: Span) => void }): ReactNode {
  if (rows.length === 0) return <p className="muted">No distinctive terms.</p>;
  return (
    <ol className="terms">
      {rows.map((r) => (
        <li key={r.term}>
          <button type="button" className="linkish" disabled={r.evidence.length === 0} onClick={() => r.evidence[0] !== undefined && onLocate(side, r.evidence[0])}>
            {r.display}
          </button>{' '}
          <span className="muted small">
            {r.countTarget}× here, {r.countReference}× there · z {r.z.toFixed(1)}
          </span>
        </li>
      ))}
    </ol>
  );
}

function OmissionList({ items, side, onLocate, other }: { items: Omission[]; side: Side; onLocate: (side: Side, span: Span) => void; other: string }): ReactNode {
  if (items.length === 0) return <p className="muted">Nothing here that {other} leaves out.</p>;
  return (
    <ul className="plain">
      {items.map((o, i) => (
        <li key={i}>
          <span className="kind-tag">{o.row.kind}</span>{' '}
          <button type="button" className="linkish" onClick={() => onLocate(side, o.spans[0]!)}>
            {o.label}
          </button>
          <div className="muted small">{o.note}</div>
        </li>
      ))}
    </ul>
  );
}

export function TwoArticleView({ docs }: { docs: readonly DocumentSummary[] | undefined }): ReactNode {
  const [sources, setSources] = useState<Record<Side, Source>>({ a: emptySource('stored'), b: emptySource('stored') });
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [located, setLocated] = useState<Record<Side, Located | undefined>>({ a: undefined, b: undefined });

  const run = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const [a, b] = await Promise.all([loadSource(sources.a), loadSource(sources.b)]);
      const report =
        a.stored && b.stored && sources.a.kind === 'stored' && sources.b.kind === 'stored'
          ? await compareDocuments([a.id, b.id])
          : await compareTexts([
              { text: a.text, title: a.title },
              { text: b.text, title: b.title },
            ]);
      setLoaded({ a, b, report });
      setLocated({ a: undefined, b: undefined });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const locate = (side: Side, span: Span): void => setLocated((l) => ({ ...l, [side]: { start: span.start, end: span.end, token: Date.now() } }));

  const derived = useMemo(() => {
    if (loaded === null) return null;
    const { a, b, report } = loaded;
    const lens = report.lens ?? NO_LENS;
    const rowsOf = (side: Side): DistinctiveRow[] => report.comparison.distinctive.find((d) => sideOfGroup(d.group) === side)?.rows ?? [];
    return {
      naming: namingPairs(lens.naming, { a: a.findings, b: b.findings }),
      figures: figurePairs(lens.claims),
      missing: omissionsBySide(lens),
      termsA: rowsOf('a'),
      termsB: rowsOf('b'),
      shownA: a.findings.filter((f) => visible(f, FILTERS)),
      shownB: b.findings.filter((f) => visible(f, FILTERS)),
    };
  }, [loaded]);

  const titleOf = (x: Article, letter: string): string => `${letter}: ${x.title ?? 'untitled'}`;

  return (
    <div className="view">
      <form
        className="card two-pickers"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <SourcePicker value={sources.a} onChange={(s) => setSources((v) => ({ ...v, a: s }))} docs={docs} idPrefix="two-a" legend="Article A" />
        <SourcePicker value={sources.b} onChange={(s) => setSources((v) => ({ ...v, b: s }))} docs={docs} idPrefix="two-b" legend="Article B" />
        <SubmitRow label="Compare" busyLabel="Comparing…" busy={busy} disabled={!ready(sources.a) || !ready(sources.b)} error={error} />
      </form>

      {loaded !== null && derived !== null && (
        <>
          <section className="card" aria-labelledby="naming-h">
            <h3 id="naming-h">Naming differences</h3>
            {derived.naming.length === 0 ? (
              <p className="muted">Neither article uses side-marking terms of a conflict pack.</p>
            ) : (
              <div className="table-wrap">
                <table className="naming">
                  <thead>
                    <tr>
                      <th scope="col">Concept</th>
                      <th scope="col">{titleOf(loaded.a, 'A')}</th>
                      <th scope="col">{titleOf(loaded.b, 'B')}</th>
                      <th scope="col">Neutral</th>
                    </tr>
                  </thead>
                  <tbody>
                    {derived.naming.map((r) => (
                      <tr key={r.key} className={r.differs ? 'differs' : undefined}>
                        <th scope="row">{conceptLabel(r.concept)}</th>
                        <td>
                          <VariantCell variants={r.a} side="a" onLocate={locate} />
                        </td>
                        <td>
                          <VariantCell variants={r.b} side="b" onLocate={locate} />
                        </td>
                        <td className="muted">{r.neutral ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>

          {derived.figures.length > 0 && (
            <section className="card" aria-labelledby="figures-h">
              <h3 id="figures-h">Figures both give</h3>
              <div className="table-wrap">
                <table className="figures">
                  <thead>
                    <tr>
                      <th scope="col">About</th>
                      <th scope="col">{titleOf(loaded.a, 'A')}</th>
                      <th scope="col">{titleOf(loaded.b, 'B')}</th>
                      <th scope="col">Figures</th>
                    </tr>
                  </thead>
                  <tbody>
                    {derived.figures.map((f) => (
                      <tr key={f.key} className={f.alignment === 'diverge' ? 'differs' : undefined}>
                        <th scope="row">{f.unit === undefined || f.unit === f.topic ? f.topic : `${f.topic} (${f.unit})`}</th>
                        <td>
                          <FigureCell row={f.a} side="a" onLocate={locate} />
                        </td>
                        <td>
                          <FigureCell row={f.b} side="b" onLocate={locate} />
                        </td>
                        <td className="muted">{f.alignment === 'diverge' ? 'differ' : 'agree (within 10%)'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          )}

          <div className="pair">
            <section className="card" aria-label="Article A: distinctive terms and omissions">
              <h3>Distinctive terms of A</h3>
              <TermList rows={derived.termsA} side="a" onLocate={locate} />
              <h3>Only A mentions</h3>
              <OmissionList items={derived.missing.a} side="a" onLocate={locate} other="B" />
            </section>
            <section className="card" aria-label="Article B: distinctive terms and omissions">
              <h3>Distinctive terms of B</h3>
              <TermList rows={derived.termsB} side="b" onLocate={locate} />
              <h3>Only B mentions</h3>
              <OmissionList items={derived.missing.b} side="b" onLocate={locate} other="A" />
            </section>
          </div>

          <div className="pair texts">
            <section aria-label="Text of article A">
              <h3 className="pane-title">{titleOf(loaded.a, 'A')}</h3>
              <div className="pane">
                <HighlightedText text={loaded.a.text} findings={derived.shownA} located={located.a} idPrefix="two-a" label="Article A" />
              </div>
            </section>
            <section aria-label="Text of article B">
              <h3 className="pane-title">{titleOf(loaded.b, 'B')}</h3>
              <div className="pane">
                <HighlightedText text={loaded.b.text} findings={derived.shownB} located={located.b} idPrefix="two-b" label="Article B" />
              </div>
            </section>
          </div>
        </>
      )}
    </div>
  );
}
