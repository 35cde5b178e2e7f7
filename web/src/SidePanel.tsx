/** The side panel of an article: its readings (genre, frames, side…), actors, claims and side-marking terms, each linked to its place in the text. */
import { useState, type ReactNode } from 'react';
import { termUseLabel } from './contrast.js';
import { actorView, claimView, conceptLabel, termsByConcept, type Span } from './lens.js';
import type { Article, Signal } from './types.js';

interface Props {
  article: Article;
  onLocate: (span: Span) => void;
}

const words = (label: string): string => label.replace(/_/g, ' ');

function readingTitle(id: string): string {
  if (id.startsWith('side:')) return `Side (${id.slice(5)})`;
  return id.charAt(0).toUpperCase() + id.slice(1);
}

function Reading({ s }: { s: Signal }): ReactNode {
  const scores = (s.scores ?? s.labels).slice(0, 5);
  const kept = new Set(s.labels.map((l) => l.label));
  return (
    <div className="reading">
      <h4>{readingTitle(s.id)}</h4>
      <ul className="scores">
        {scores.map((l) => (
          <li key={l.label} className={kept.has(l.label) ? 'kept' : undefined}>
            <span className="score-label">{words(l.label)}</span>
            <span className="score-bar" aria-hidden="true">
              <span style={{ width: `${Math.round(l.score * 100)}%` }} />
            </span>
            <span className="score-num">{l.score.toFixed(2)}</span>
          </li>
        ))}
      </ul>
      {s.evidence.length > 0 && (
        <details>
          <summary>Evidence</summary>
          <ul className="evidence">
            {s.evidence.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** A button that goes to each of `spans` in turn, saying which it is at. */
function Cycle({ spans, onLocate, children, className }: { spans: readonly Span[]; onLocate: (s: Span) => void; children: ReactNode; className?: string }): ReactNode {
  const [at, setAt] = useState(-1);
  const go = (): void => {
    const next = (at + 1) % spans.length;
    setAt(next);
    onLocate(spans[next]!);
  };
  return (
    <button type="button" className={className ?? 'linkish'} onClick={go} title={spans.length > 1 ? 'Show in the text (again for the next place)' : 'Show in the text'}>
      {children}
      {spans.length > 1 && <span className="cycle">{at < 0 ? `×${spans.length}` : `${at + 1}/${spans.length}`}</span>}
    </button>
  );
}

const ROLE_ORDER: Record<string, number> = { antagonist: 0, innocent: 1, protagonist: 2 };
const CLAIMS_SHOWN = 8;

export function SidePanel({ article, onLocate }: Props): ReactNode {
  const [allClaims, setAllClaims] = useState(false);
  const actors = article.findings
    .map(actorView)
    .filter((a) => a !== undefined)
    .sort((x, y) => (ROLE_ORDER[x.role] ?? 3) - (ROLE_ORDER[y.role] ?? 3) || y.mentions.length - x.mentions.length);
  const claims = article.findings
    .map(claimView)
    .filter((c) => c !== undefined)
    .sort((x, y) => y.finding.confidence - x.finding.confidence || x.finding.start - y.finding.start);
  const concepts = [...termsByConcept(article.findings).values()];

  return (
    <aside className="side-panel" aria-label="What the analysis found">
      <section>
        <h3>Readings</h3>
        {article.signals.length === 0 ? <p className="muted">No document readings apply to this text.</p> : article.signals.map((s) => <Reading key={s.id} s={s} />)}
      </section>

      <section>
        <h3>Actors ({actors.length})</h3>
        {actors.length === 0 && <p className="muted">No actors found.</p>}
        <ul className="plain">
          {actors.map((a) => (
            <li key={a.name} className="actor">
              <div>
                <Cycle spans={a.mentions} onLocate={onLocate}>
                  {a.name}
                </Cycle>{' '}
                <span className={`role role-${a.role}`}>{a.role}</span>
                {a.roleScore !== undefined && a.role !== 'neutral' && <span className="muted"> {a.roleScore.toFixed(2)}</span>}
              </div>
              <div className="muted small">
                {[a.kind, a.side === undefined ? undefined : `${a.side} side`].filter(Boolean).join(', ')}
              </div>
              {a.portrayal.length > 0 && (
                <div className="small">
                  Portrayed:{' '}
                  {a.portrayal.map((p, i) => (
                    <button type="button" key={i} className={`chip pol-${p.polarity ?? 'none'}`} onClick={() => onLocate(p)}>
                      {p.text}
                    </button>
                  ))}
                </div>
              )}
              {(a.harmDone.length > 0 || a.harmSuffered.length > 0 || a.helpGiven.length > 0) && (
                <div className="small">
                  {a.harmDone.length > 0 && <>Does harm: {a.harmDone.map((h) => h.text).join(', ')}. </>}
                  {a.harmSuffered.length > 0 && <>Suffers: {a.harmSuffered.map((h) => h.text).join(', ')}. </>}
                  {a.helpGiven.length > 0 && <>Helps: {a.helpGiven.map((h) => h.text).join(', ')}.</>}
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section>
        <h3>Claims ({claims.length})</h3>
        {claims.length === 0 && <p className="muted">No check-worthy claims found.</p>}
        <ul className="plain">
          {(allClaims ? claims : claims.slice(0, CLAIMS_SHOWN)).map((c) => (
            <li key={`${c.finding.start}-${c.finding.end}`} className="claim">
              <button type="button" className="linkish claim-text" onClick={() => onLocate(c.finding)}>
                {c.finding.text.length > 160 ? `${c.finding.text.slice(0, 159)}…` : c.finding.text}
              </button>
              <div className="small">
                <span className="muted">check-worthiness {c.checkWorthiness.toFixed(2)}</span>
                {c.numbers.length > 0 && (
                  <>
                    {' · '}figures:{' '}
                    {c.numbers.map((n, i) => (
                      <span key={i} className="chip">
                        {n.text}
                      </span>
                    ))}
                  </>
                )}
              </div>
              <div className="small">
                {c.attribution === undefined ? (
                  <span className="muted">no source given</span>
                ) : (
                  <>
                    source: {c.attribution.source ?? <em>none named</em>} <span className="muted">({c.attribution.kind}{c.attribution.cue === undefined ? '' : `, “${c.attribution.cue}”`})</span>
                  </>
                )}
                {c.hedged && <> · hedged{c.hedges.length > 0 ? `: ${c.hedges.join(', ')}` : ''}</>}
              </div>
            </li>
          ))}
        </ul>
        {claims.length > CLAIMS_SHOWN && (
          <button type="button" className="secondary" onClick={() => setAllClaims((v) => !v)}>
            {allClaims ? 'Show fewer' : `Show all ${claims.length}`}
          </button>
        )}
      </section>

      <section>
        <h3>Terminology ({concepts.length})</h3>
        {concepts.length === 0 && <p className="muted">No side-marking terms of a conflict pack found.</p>}
        <ul className="plain">
          {concepts.map((uses) => {
            const first = uses[0]!;
            const byTerm = new Map<string, typeof uses>();
            for (const u of uses) byTerm.set(u.finding.text.toLowerCase(), [...(byTerm.get(u.finding.text.toLowerCase()) ?? []), u]);
            return (
              <li key={`${first.pack}/${first.concept}`} className="term">
                <div className="small muted">{conceptLabel(first.concept)}</div>
                {[...byTerm.values()].map((group) => {
                  const g = group[0]!;
                  const odd = [...new Set(group.map((u) => u.use).filter((u): u is string => u !== undefined && u !== 'used'))];
                  return (
                    <div key={g.finding.text.toLowerCase()}>
                      <Cycle spans={group.map((u) => u.finding)} onLocate={onLocate}>
                        “{g.finding.text}”
                      </Cycle>{' '}
                      {g.side !== undefined && <span className="side-tag">{g.side} usage</span>}
                      {odd.length > 0 && <span className="muted small"> ({odd.map(termUseLabel).join('; ')})</span>}
                    </div>
                  );
                })}
                {first.neutral !== undefined && <div className="small">neutral: “{first.neutral}”</div>}
              </li>
            );
          })}
        </ul>
      </section>
    </aside>
  );
}
