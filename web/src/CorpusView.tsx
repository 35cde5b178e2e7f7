/** The corpus view: stored documents compared by side, outlet or tag, with distinctive terms in context, technique profiles, a term plot, the lens panels (portrayal, frames, timeline, naming, omissions) and exports. */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { compareBy, exportUrl, fetchExport, getToken } from './api.js';
import { groupColor, ProfileChart, TermPlot, type PlotPoint } from './charts.js';
import { profileCsv, termsCsv } from './csv.js';
import { GroupLegend, LensPanels } from './LensPanels.js';
import { spanHref } from './lens-view.js';
import type { GroupField } from './route.js';
import type { CorpusReport, DistinctiveRow } from './types.js';

type ProfileKind = 'techniques' | 'categories' | 'profile';

const PROFILES: Array<{ kind: ProfileKind; label: string; unit: string }> = [
  { kind: 'techniques', label: 'Techniques (model)', unit: 'technique' },
  { kind: 'categories', label: 'Technique categories', unit: 'category' },
  { kind: 'profile', label: 'Rule detectors', unit: 'detector' },
];

/** Offers `content` as a file download (a blob URL, revoked once the download has started). */
export function download(name: string, type: string, content: BlobPart): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function plotPoints(report: CorpusReport, focus: number): { points: PlotPoint[]; xLabel: string; yLabel: string } {
  const names = report.groups.map((g) => g.name);
  const rowsOf = (i: number): DistinctiveRow[] => report.comparison.distinctive.find((d) => d.group === names[i])?.rows ?? [];
  const point = (r: DistinctiveRow, group: number, x: number, y: number): PlotPoint => ({ term: r.term, display: r.display, x, y, group, z: r.z, row: r });
  if (names.length === 2) {
    // Two groups: each is the other's reference, so both lists share the same axes.
    return {
      points: [...rowsOf(0).map((r) => point(r, 0, r.rateTarget, r.rateReference)), ...rowsOf(1).map((r) => point(r, 1, r.rateReference, r.rateTarget))],
      xLabel: names[0]!,
      yLabel: names[1]!,
    };
  }
  return { points: rowsOf(focus).map((r) => point(r, focus, r.rateTarget, r.rateReference)), xLabel: names[focus] ?? '', yLabel: 'all other groups' };
}

export function CorpusView({ initialBy }: { initialBy?: GroupField | undefined }): ReactNode {
  const [by, setBy] = useState<GroupField>(initialBy ?? 'side');
  const [top, setTop] = useState(25);
  const [report, setReport] = useState<CorpusReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [profile, setProfile] = useState<ProfileKind>('techniques');
  const [focus, setFocus] = useState(0);
  const [picked, setPicked] = useState<{ group: string; row: DistinctiveRow } | null>(null);

  const run = async (field: GroupField, n: number): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      setReport(await compareBy(field, n));
      setPicked(null);
      setFocus(0);
    } catch (e) {
      setReport(null);
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    void run(initialBy ?? 'side', 25);
  }, [initialBy]);

  const names = report?.groups.map((g) => g.name) ?? [];
  const plot = useMemo(() => (report === null ? null : plotPoints(report, focus)), [report, focus]);
  const titleOf = (id: string): string => report?.documents.find((d) => d.id === id)?.title ?? id.slice(0, 8);
  const profileInfo = PROFILES.find((p) => p.kind === profile)!;
  const stamp = by;

  const exportHtml = async (format: 'html' | 'md'): Promise<void> => {
    try {
      const blob = await fetchExport(exportUrl(format, by, top));
      download(`slant-compare-${stamp}.${format}`, blob.type, blob);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div className="view">
      <form
        className="card controls"
        onSubmit={(e) => {
          e.preventDefault();
          void run(by, top);
        }}
      >
        <label>
          Group stored documents by{' '}
          <select value={by} onChange={(e) => setBy(e.target.value as GroupField)}>
            <option value="side">side</option>
            <option value="outlet">outlet</option>
            <option value="tag">tag</option>
          </select>
        </label>
        <label>
          Terms per group <input type="number" min={1} max={200} value={top} onChange={(e) => setTop(Math.max(1, Math.min(200, Number(e.target.value) || 25)))} />
        </label>
        <button type="submit" disabled={busy}>
          {busy ? 'Comparing…' : 'Compare'}
        </button>
        {error !== null && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </form>

      {report !== null && (
        <>
          <section className="card" aria-labelledby="export-h">
            <h3 id="export-h">{report.title}</h3>
            <div className="groups">
              {report.groups.map((g, i) => (
                <div key={g.name} className="group-card" style={{ borderColor: groupColor(i) }}>
                  <strong>{g.name}</strong>
                  <div className="small muted">
                    {g.documents} documents · {g.words.toLocaleString('en')} words · {g.per1000Words} technique findings per 1,000 words
                  </div>
                </div>
              ))}
            </div>
            <div className="exports" role="group" aria-label="Export">
              <button type="button" className="secondary" onClick={() => download(`slant-terms-${stamp}.csv`, 'text/csv;charset=utf-8', termsCsv(report))}>
                Terms CSV
              </button>
              <button type="button" className="secondary" onClick={() => download(`slant-${profile}-${stamp}.csv`, 'text/csv;charset=utf-8', profileCsv(report[profile], profileInfo.unit))}>
                Profile CSV
              </button>
              <button type="button" className="secondary" onClick={() => download(`slant-compare-${stamp}.json`, 'application/json', JSON.stringify(report, null, 2))}>
                JSON
              </button>
              {getToken() === undefined ? (
                <>
                  <a className="button secondary" href={exportUrl('html', by, top)} target="_blank" rel="noopener noreferrer">
                    HTML report
                  </a>
                  <a className="button secondary" href={exportUrl('md', by, top)} download={`slant-compare-${stamp}.md`}>
                    Markdown
                  </a>
                </>
              ) : (
                <>
                  <button type="button" className="secondary" onClick={() => void exportHtml('html')}>
                    HTML report
                  </button>
                  <button type="button" className="secondary" onClick={() => void exportHtml('md')}>
                    Markdown
                  </button>
                </>
              )}
            </div>
            {report.ungrouped > 0 && <p className="muted small">{report.ungrouped} documents have no {by} and are left out.</p>}
          </section>

          <section className="card" aria-labelledby="terms-h">
            <h3 id="terms-h">Distinctive terms</h3>
            <p className="muted small">Each group against the others (log-odds with an informative Dirichlet prior, z-scores). Choose a term to read it in context.</p>
            <div className="term-columns">
              {report.comparison.distinctive.map((d) => {
                const gi = names.indexOf(d.group);
                return (
                  <div key={d.group} className="term-column">
                    <h4 style={{ color: groupColor(gi) }}>{d.group}</h4>
                    {d.rows.length === 0 ? (
                      <p className="muted">None.</p>
                    ) : (
                      <ol className="terms">
                        {d.rows.map((r) => (
                          <li key={r.term}>
                            <button type="button" className={picked?.row === r ? 'linkish picked' : 'linkish'} aria-pressed={picked?.row === r} onClick={() => setPicked({ group: d.group, row: r })}>
                              {r.display}
                            </button>{' '}
                            <span className="muted small" title={`${r.countTarget} uses in ${d.group}, ${r.countReference} in the other groups; z-score ${r.z.toFixed(2)}`}>
                              {r.countTarget} vs {r.countReference} · z {r.z.toFixed(1)}
                            </span>
                          </li>
                        ))}
                      </ol>
                    )}
                  </div>
                );
              })}
            </div>
            {picked !== null && (
              <div className="context" aria-live="polite">
                <h4>
                  “{picked.row.display}” in {picked.group}: {picked.row.countTarget} uses ({picked.row.rateTarget.toFixed(2)} per 1,000 terms) against {picked.row.countReference} elsewhere ({picked.row.rateReference.toFixed(2)}); z {picked.row.z.toFixed(2)}
                </h4>
                <ul className="kwic">
                  {picked.row.evidence.map((k, i) => (
                    <li key={i}>
                      <a href={spanHref(k)} title="Open this passage in the article view">
                        <span className="kwic-doc">{titleOf(k.docId)}</span>
                        <span className="kwic-line">
                          …{k.left}
                          <mark>{k.match}</mark>
                          {k.right}…
                        </span>
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </section>

          <div className="pair charts">
            <section className="card" aria-labelledby="profile-h">
              <h3 id="profile-h">Profile with 95% intervals</h3>
              <div className="tabs" role="radiogroup" aria-label="Profile of">
                {PROFILES.map((p) => (
                  <label key={p.kind} className={profile === p.kind ? 'mode on' : 'mode'}>
                    <input type="radio" name="profile" checked={profile === p.kind} onChange={() => setProfile(p.kind)} />
                    {p.label}
                  </label>
                ))}
              </div>
              <GroupLegend groups={names} />
              <ProfileChart rows={report[profile]} groups={names} unit={profileInfo.unit} />
            </section>

            <section className="card" aria-labelledby="plot-h">
              <h3 id="plot-h">Term plot</h3>
              {names.length > 2 && (
                <label>
                  Group{' '}
                  <select value={focus} onChange={(e) => setFocus(Number(e.target.value))}>
                    {names.map((n, i) => (
                      <option key={n} value={i}>
                        {n}
                      </option>
                    ))}
                  </select>{' '}
                  <span className="muted small">against all the others (the comparison scores each group against the rest)</span>
                </label>
              )}
              {plot !== null && (
                <TermPlot
                  points={plot.points}
                  xLabel={plot.xLabel}
                  yLabel={plot.yLabel}
                  groups={names}
                  selected={picked?.row.term}
                  onPick={(p) => setPicked({ group: names[p.group] ?? '', row: p.row })}
                />
              )}
              <p className="muted small">Distinctive terms by their rate in each (terms one side never uses sit on the 0 line; terms with equal counts are spread sideways). Above the dashed diagonal the y side uses a term more. Click a point for its passages.</p>
            </section>
          </div>

          <LensPanels key={report.generatedAt} report={report} titleOf={titleOf} />
        </>
      )}
    </div>
  );
}
