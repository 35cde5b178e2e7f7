/** The lens tables of the corpus view: the portrayal heatmap, the frame profile, the timeline of publication, the naming fingerprint and the omissions; every span links to the article view at its place. */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { loadStored } from './api.js';
import { groupColor, IntervalChart, TimelineChart } from './charts.js';
import {
  frameBars,
  frameLabel,
  heatColor,
  monthLabel,
  namingBlocks,
  omissionBlocks,
  omissionLabel,
  polarityText,
  portrayalGrid,
  roleList,
  spanContext,
  spanHref,
  timelineSeries,
  type TimelineMetric,
} from './lens-view.js';
import type { CorpusReport, Evidence, LensRows, PortrayalRow } from './types.js';

type TitleOf = (docId: string) => string;

/** How many naming concepts show before "show all". */
const NAMING_SHOWN = 8;
/** Omissions start folded when they come in more blocks than this (many groups). */
const OMISSIONS_OPEN = 10;

/** `1 document`, `2 documents`. */
const count = (n: number, word: string): string => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** The names of the groups as a legend of their colours. */
export function GroupLegend({ groups }: { groups: readonly string[] }): ReactNode {
  return (
    <div className="chart-legend">
      {groups.map((n, i) => (
        <span key={n}>
          <span className="swatch" style={{ background: groupColor(i), borderColor: groupColor(i) }} aria-hidden="true" />
          {n}
        </span>
      ))}
    </div>
  );
}

/** `label` linking to the first span of `list` (the article view opens there), or plain when there is none. */
/** A table head: one column for the row labels, then one per group, underlined in the group's colour. */
function GroupHead({ first, groups }: { first: string; groups: readonly string[] }): ReactNode {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {groups.map((g, i) => (
          <th key={g} scope="col" style={{ borderBottomColor: groupColor(i) }}>
            {g}
          </th>
        ))}
      </tr>
    </thead>
  );
}

function SpanLink({ list, label, titleOf }: { list: readonly Evidence[]; label: ReactNode; titleOf: TitleOf }): ReactNode {
  const first = list[0];
  if (first === undefined) return <span>{label}</span>;
  return (
    <a className="span-link" href={spanHref(first)} title={`“${first.text}” in ${titleOf(first.docId)}${list.length > 1 ? ` (the first of ${list.length} passages)` : ''}`}>
      {label}
    </a>
  );
}

/**
 * The texts of the documents `ids` names, fetched from the server as they are first asked for (for
 * the words around a span); a document that fails to load is left out and its spans show bare.
 */
function useDocTexts(ids: readonly string[]): ReadonlyMap<string, string> {
  const [texts, setTexts] = useState<ReadonlyMap<string, string>>(new Map());
  const wanted = [...new Set(ids)].filter((id) => !texts.has(id)).sort().join(' ');
  useEffect(() => {
    if (wanted === '') return;
    let live = true;
    void Promise.all(wanted.split(' ').map((id) => loadStored(id).then((a) => [id, a.text] as const, () => undefined))).then((got) => {
      if (!live) return;
      setTexts((old) => new Map([...old, ...got.filter((g) => g !== undefined)]));
    });
    return () => {
      live = false;
    };
  }, [wanted]);
  return texts;
}

/** Spans listed one a line, each with its document, as the distinctive terms' passages are. */
function SpanList({ list, titleOf }: { list: readonly Evidence[]; titleOf: TitleOf }): ReactNode {
  const texts = useDocTexts(list.map((e) => e.docId));
  return (
    <ul className="kwic lens-evidence">
      {list.map((e, i) => {
        const text = texts.get(e.docId);
        const around = text === undefined ? undefined : spanContext(text, e);
        return (
          <li key={i}>
            <a href={spanHref(e)} title="Open this passage in the article view">
              <span className="kwic-doc">{titleOf(e.docId)}</span>
              <span className="kwic-line">
                {around !== undefined && `…${around.left}`}
                <mark>{e.text}</mark>
                {around !== undefined && `${around.right}…`}
              </span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}

function RoleChips({ roles }: { roles: Readonly<Record<string, number>> }): ReactNode {
  return (
    <>
      {roleList(roles).map(([role, n]) => (
        <span key={role} className={`role role-${role}`}>
          {role} {n}
        </span>
      ))}
    </>
  );
}

/** Actor × group: each cell tinted by the mean polarity of the words on the actor, with its roles and top words; a cell opens its spans below. */
function PortrayalHeatmap({ rows, groups, titleOf }: { rows: readonly PortrayalRow[]; groups: readonly string[]; titleOf: TitleOf }): ReactNode {
  const [all, setAll] = useState(false);
  const [picked, setPicked] = useState<PortrayalRow | null>(null);
  const cast = useMemo(() => portrayalGrid(rows, groups), [rows, groups]);
  const everyone = useMemo(() => portrayalGrid(rows, groups, true), [rows, groups]);
  const lines = all ? everyone : cast;
  const hidden = everyone.length - cast.length;
  return (
    <section className="card" aria-labelledby="portrayal-h">
      <h3 id="portrayal-h">Portrayal</h3>
      <p className="muted small">
        How each group casts each actor: the mean polarity of the evaluative words on it (−1 to +1; red negative, blue positive), the roles the actors lens gives it (documents), its top words. Choose a cell for its passages.
      </p>
      <div className="heat-legend small" aria-hidden="true">
        {[-1, -0.5, 0, 0.5, 1].map((p) => (
          <span key={p} className="heat-swatch" style={{ background: heatColor(p) }}>
            {p === 0 ? '0 or no words' : polarityText(p)}
          </span>
        ))}
        <span className="heat-swatch none">– not named</span>
      </div>
      {lines.length === 0 ? (
        <p className="muted">No group casts any actor (no role but neutral, no evaluative word).</p>
      ) : (
        <div className="table-wrap">
          <table className="heat">
            <GroupHead first="actor" groups={groups} />
            <tbody>
              {lines.map((line) => (
                <tr key={line.actor}>
                  <th scope="row">
                    {line.actor}
                    {line.kind !== undefined && line.kind !== 'unknown' && <span className="kind-tag small">{line.kind}</span>}
                  </th>
                  {line.cells.map((r, gi) =>
                    r === undefined ? (
                      <td key={gi} className="none" title={`${groups[gi] ?? ''} never names ${line.actor}`}>
                        <span aria-hidden="true">–</span>
                        <span className="sr-only">not named</span>
                      </td>
                    ) : (
                      <td key={gi}>
                        <button type="button" className="heat-cell" style={{ background: heatColor(r.polarity) }} aria-pressed={picked === r} onClick={() => setPicked(picked === r ? null : r)}>
                          <span className="heat-pol">{r.polarity === undefined ? <span className="heat-none">no evaluative words</span> : polarityText(r.polarity)}</span>
                          <span className="heat-roles">
                            <RoleChips roles={r.roles} />
                          </span>
                          {r.words.length > 0 && <span className="heat-words">{r.words.slice(0, 3).map((w) => w.text).join(', ')}</span>}
                          <span className="heat-meta">
                            {count(r.mentions, 'mention')} · {count(r.documents, 'doc')}
                          </span>
                        </button>
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {hidden > 0 && (
        <label className="small">
          <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} /> Also the {hidden} actors every group names only neutrally
        </label>
      )}
      {picked !== null && (
        <div className="context" aria-live="polite">
          <h4>
            {picked.actor} in {picked.group}: {count(picked.documents, 'document')}, {count(picked.mentions, 'mention')}
            {picked.polarity !== undefined && `; mean polarity ${polarityText(picked.polarity)}`}
          </h4>
          <p className="small">
            Roles: <RoleChips roles={picked.roles} />
            {picked.words.length > 0 && (
              <>
                {' '}
                · words:{' '}
                {picked.words.map((w) => (
                  <span key={w.text} className={`chip pol-${w.polarity}`}>
                    {w.text} ×{w.count}
                  </span>
                ))}
              </>
            )}
          </p>
          {picked.evidence.length === 0 ? <p className="muted small">No evaluative word on {picked.actor} in this group’s documents.</p> : <SpanList list={picked.evidence} titleOf={titleOf} />}
        </div>
      )}
    </section>
  );
}

/** The share of each group's documents with each frame, with 95% intervals, and the other readings as a table. */
function FrameProfile({ rows, groups, documents }: { rows: LensRows['frames']; groups: readonly string[]; documents: readonly number[] }): ReactNode {
  const { bars, keys, readings } = useMemo(() => frameBars(rows, groups, documents), [rows, groups, documents]);
  return (
    <section className="card" aria-labelledby="frames-h">
      <h3 id="frames-h">Frames</h3>
      <p className="muted small">Share of each group’s documents with each frame (every frame the frames reading keeps), with 95% Wilson intervals: with few documents they are wide.</p>
      <GroupLegend groups={groups} />
      {keys.length === 0 ? (
        <p className="muted">No document has a frame.</p>
      ) : (
        <IntervalChart bars={bars} keys={keys} groups={groups} axis="% of the group’s documents" label="Share of documents per frame by group, with 95% intervals" max={100} suffix="%" />
      )}
      {readings.length > 0 && (
        <div className="table-wrap">
          <table className="lens-table readings">
            <caption className="small muted">Other readings: the best label of each document</caption>
            <GroupHead first="reading" groups={groups} />
            <tbody>
              {readings.map((l) => (
                <tr key={`${l.reading}:${l.label}`}>
                  <th scope="row">
                    {l.reading.startsWith('side:') ? (
                      <>
                        side <span className="muted small">({l.reading.slice(5)})</span>
                      </>
                    ) : (
                      l.reading
                    )}
                    : {frameLabel(l.label)}
                  </th>
                  {l.cells.map((c, i) => (
                    <td key={i}>{c === undefined ? '–' : `${c.documents}/${c.of} (${Math.round(c.share * 100)}%)`}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Documents (or words) per month of publication per group, the story start of each group, and the documents by date. */
function Timeline({ lens, groups, report, titleOf }: { lens: LensRows; groups: readonly string[]; report: CorpusReport; titleOf: TitleOf }): ReactNode {
  const [metric, setMetric] = useState<TimelineMetric>('documents');
  const series = useMemo(() => timelineSeries(lens.timeline, groups, metric), [lens.timeline, groups, metric]);
  const dated = report.documents.flatMap((d) => (typeof d.publishedAt === 'string' ? [{ id: d.id, group: d.group, date: d.publishedAt }] : [])).sort((a, b) => a.date.localeCompare(b.date));
  return (
    <section className="card" aria-labelledby="timeline-h">
      <h3 id="timeline-h">Timeline</h3>
      {series.months.length === 0 ? (
        <p className="muted">No document has a publication date.</p>
      ) : (
        <>
          <div className="tabs" role="radiogroup" aria-label="Attention as">
            {(['documents', 'words'] as const).map((m) => (
              <label key={m} className={metric === m ? 'mode on' : 'mode'}>
                <input type="radio" name="timeline-metric" checked={metric === m} onChange={() => setMetric(m)} />
                {m} per month
              </label>
            ))}
          </div>
          <GroupLegend groups={groups} />
          <TimelineChart series={series} groups={groups} metric={metric} />
          <details className="small">
            <summary>The numbers and the documents by date</summary>
            <div className="table-wrap">
              <table className="lens-table">
                <GroupHead first="month" groups={groups} />
                <tbody>
                  {series.months.map((m, mi) =>
                    series.values.every((v) => (v[mi] ?? 0) === 0) ? null : (
                      <tr key={m}>
                        <th scope="row">{monthLabel(m)}</th>
                        {series.values.map((v, gi) => (
                          <td key={gi}>{(v[mi] ?? 0).toLocaleString('en')}</td>
                        ))}
                      </tr>
                    ),
                  )}
                </tbody>
              </table>
            </div>
            <ul className="plain">
              {dated.map((d) => (
                <li key={d.id}>
                  {d.date} · <span style={{ color: groupColor(groups.indexOf(d.group)) }}>{d.group}</span> · <a className="span-link" href={`#/article/${encodeURIComponent(d.id)}`}>
                    {titleOf(d.id)}
                  </a>
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
      {lens.storyStart.length > 0 && (
        <>
          <h4 className="subhead">Story start</h4>
          <p className="muted small">The earliest year each group reaches back to.</p>
          <ul className="plain small">
            {lens.storyStart.map((r) => (
              <li key={r.group}>
                <strong style={{ color: groupColor(groups.indexOf(r.group)) }}>{r.group}</strong> {r.year}: <SpanLink list={[r.evidence]} label={`“${r.evidence.text}”`} titleOf={titleOf} /> <span className="muted">in {titleOf(r.evidence.docId)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Which variant of each pack concept each group uses, most divergent concepts first. */
function NamingFingerprint({ rows, groups, titleOf }: { rows: LensRows['naming']; groups: readonly string[]; titleOf: TitleOf }): ReactNode {
  const [full, setFull] = useState(false);
  const blocks = useMemo(() => namingBlocks(rows, groups), [rows, groups]);
  const shown = full ? blocks : blocks.slice(0, NAMING_SHOWN);
  return (
    <details className="card lens-details" open>
      <summary>
        <h3>Naming fingerprint</h3> <span className="muted small">{count(blocks.length, 'concept')}</span>
      </summary>
      <p className="muted small">Which variant of each pack concept each group uses, and how often (each opens its first passage); concepts the groups name most differently first (divergence: 0 = the same mix of variants, 1 = none in common).</p>
      {blocks.length === 0 ? (
        <p className="muted">No pack term occurs.</p>
      ) : (
        <div className="table-wrap">
          <table className="lens-table naming-fp">
            <GroupHead first="concept" groups={groups} />
            <tbody>
              {shown.map((b) => (
                <tr key={b.key}>
                  <th scope="row">
                    {b.concept} <span className="small muted">divergence {b.divergence.toFixed(2)}</span>
                    {b.neutral !== undefined && <span className="neutral-form small">neutral: {b.neutral}</span>}
                  </th>
                  {b.variants.map((vs, gi) => (
                    <td key={gi}>
                      {vs.length === 0
                        ? '–'
                        : vs.map((v) => (
                            <span key={v.variant} className="variant">
                              <SpanLink list={v.evidence} label={v.variant} titleOf={titleOf} /> <span className="muted small">×{v.count}</span>
                            </span>
                          ))}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {blocks.length > NAMING_SHOWN && (
        <button type="button" className="linkish small" onClick={() => setFull(!full)}>
          {full ? `Show the first ${NAMING_SHOWN}` : `Show all ${blocks.length} concepts`}
        </button>
      )}
    </details>
  );
}

/** What one group mentions and others never do, by kind, each item linked to a passage. */
function Omissions({ rows, groups, titleOf }: { rows: LensRows['omissions']; groups: readonly string[]; titleOf: TitleOf }): ReactNode {
  const blocks = useMemo(() => omissionBlocks(rows), [rows]);
  return (
    <details className="card lens-details" open={blocks.length <= OMISSIONS_OPEN}>
      <summary>
        <h3>Omissions</h3> <span className="muted small">{count(rows.length, 'item')}</span>
      </summary>
      <p className="muted small">Actors, places, pack concepts and figures one group mentions and another never does; most central first (mentions × the share of its documents that do).</p>
      {blocks.length === 0 ? (
        <p className="muted">Nothing is mentioned by one group only.</p>
      ) : (
        <ul className="plain omissions">
          {blocks.map((b) => (
            <li key={`${b.group}:${b.missingFrom.join(',')}`}>
              <strong style={{ color: groupColor(groups.indexOf(b.group)) }}>{b.group}</strong> <span className="muted">names, {b.missingFrom.join(' and ')} never:</span>
              <dl className="omission-kinds small">
                {b.kinds.map((k) => (
                  <div key={k.kind}>
                    <dt>{k.kind === 'number' ? 'figures' : `${k.kind}s`}</dt>
                    <dd>
                      {k.rows.map((r, i) => (
                        <span key={`${r.item}:${i}`} className="omitted" title={`${r.mentions} mentions in ${r.documents} documents; centrality ${r.centrality.toFixed(2)}`}>
                          <SpanLink list={r.evidence} label={omissionLabel(r)} titleOf={titleOf} />
                          {r.mentions > 1 && <span className="muted"> ×{r.mentions}</span>}
                        </span>
                      ))}
                    </dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

/**
 * The lens panels of a corpus report, or a note when the report has none (a large stored corpus
 * compared by streaming).
 */
export function LensPanels({ report, titleOf }: { report: CorpusReport; titleOf: TitleOf }): ReactNode {
  const groups = useMemo(() => report.groups.map((g) => g.name), [report]);
  const documents = useMemo(() => report.groups.map((g) => g.documents), [report]);
  const lens = report.lens;
  if (lens === undefined) return <p className="card muted">This comparison has no lens tables (portrayal, frames, timeline, naming, omissions): the server leaves them out when it streams a large corpus.</p>;
  return (
    <>
      <PortrayalHeatmap rows={lens.portrayal} groups={groups} titleOf={titleOf} />
      <div className="pair">
        <FrameProfile rows={lens.frames} groups={groups} documents={documents} />
        <Timeline lens={lens} groups={groups} report={report} titleOf={titleOf} />
      </div>
      <NamingFingerprint rows={lens.naming} groups={groups} titleOf={titleOf} />
      <Omissions rows={lens.omissions} groups={groups} titleOf={titleOf} />
    </>
  );
}
