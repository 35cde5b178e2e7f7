/** An article's text with its findings highlighted: inert text nodes only, one keyboard stop with arrow keys between highlights, a popover per highlight. */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { categoryKey, CATEGORIES, NEUTRAL, segment, segmentStyle, styleOf } from './highlight.js';
import { evidenceOf, termUse, type Span } from './lens.js';
import { termUseLabel } from './contrast.js';
import type { Finding } from './types.js';

/** A span to scroll to and mark; a new `token` scrolls again to the same span. */
export interface Located extends Span {
  token: number;
}

interface Props {
  text: string;
  /** The findings to highlight (already filtered). */
  findings: readonly Finding[];
  located?: Located | undefined;
  /** Prefix of element ids, unique per text on the page. */
  idPrefix: string;
  /** Accessible name of the text region. */
  label: string;
}

interface Open {
  seg: number;
  top: number;
  left: number;
}

const MAX_SHOWN = 4;
const CATEGORY_NAMES = new Map<string, string>([...CATEGORIES.map((c) => [c.id, c.name] as const), [NEUTRAL.id, 'no technique category']]);

function reducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function FindingDetails({ f }: { f: Finding }): ReactNode {
  const style = styleOf(f);
  const evidence = evidenceOf(f);
  const term = termUse(f);
  return (
    <div className="pop-finding">
      <div className="pop-head">
        <span className="swatch" style={{ background: style.tint, borderColor: style.color }} aria-hidden="true" />
        <strong>{f.label}</strong>
        <span className="pop-cat">{CATEGORY_NAMES.get(categoryKey(f)) ?? f.category}</span>
        <span className="pop-conf" title="confidence">
          {Math.round(f.confidence * 100)}%
        </span>
      </div>
      <p className="pop-reason">{f.reason}</p>
      {term !== undefined && (
        <p className="pop-extra">
          {term.side !== undefined && <>Usage of the {term.side} side. </>}
          {term.neutral !== undefined && <>Neutral: “{term.neutral}”. </>}
          {term.use !== undefined && term.use !== 'used' && <>Here: {termUseLabel(term.use)}.</>}
        </p>
      )}
      {evidence.length > 0 && (
        <ul className="pop-evidence" aria-label="evidence">
          {evidence.slice(0, 5).map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      )}
      <div className="pop-rule">
        {f.detector} · {f.rule}
      </div>
    </div>
  );
}

/**
 * The text cut at every finding boundary (see `segment`); each covered segment is a `<mark>`
 * styled by its innermost finding with one underline per layer. Tab enters the text once (roving
 * tabindex); ← → Home End move between highlights; focus or hover shows the findings there; Esc
 * closes that.
 */
export function HighlightedText({ text, findings, located, idPrefix, label }: Props): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState<Open | null>(null);
  const [active, setActive] = useState(0);

  const spans = useMemo(() => (located === undefined ? [...findings] : [...findings, located]), [findings, located]);
  const segs = useMemo(() => segment(text.length, spans), [text, spans]);
  /** Indices of the segments covered by at least one finding, in text order: the keyboard stops. */
  const stops = useMemo(() => segs.flatMap((s, i) => (s.covering.some((c) => c < findings.length) ? [i] : [])), [segs, findings.length]);

  // New findings (another article, other filters): start over at the first highlight.
  useEffect(() => {
    setActive(0);
    setOpen(null);
  }, [findings]);

  // Esc closes a popover opened by hovering too, wherever the focus is.
  useEffect(() => {
    if (open === null) return;
    const onKey = (e: globalThis.KeyboardEvent): void => {
      if (e.key === 'Escape') setOpen(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  // Scroll to the located span (and focus it when it is a highlight, which opens its popover).
  useLayoutEffect(() => {
    if (located === undefined || box.current === null) return;
    const el = box.current.querySelector<HTMLElement>('[data-located]');
    if (el === null) return;
    el.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
    if (el.tagName === 'MARK') el.focus({ preventScroll: true });
  }, [located]);

  const show = (seg: number, el: HTMLElement): void => {
    const container = box.current;
    if (container === null) return;
    const r = el.getBoundingClientRect();
    const c = container.getBoundingClientRect();
    const width = Math.min(360, c.width - 8);
    const left = Math.max(0, Math.min(r.left - c.left, c.width - width - 4));
    setOpen({ seg, top: r.bottom - c.top + container.scrollTop + 6, left });
  };

  const move = (to: number): void => {
    const seg = stops[to];
    if (seg === undefined) return;
    setActive(to);
    box.current?.querySelector<HTMLElement>(`[data-seg="${seg}"]`)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const at = stops.indexOf(Number((e.target as HTMLElement).dataset.seg));
    if (e.key === 'Escape' && open !== null) {
      setOpen(null);
      e.stopPropagation();
    } else if (at >= 0 && (e.key === 'ArrowRight' || e.key === 'ArrowDown')) {
      move(Math.min(stops.length - 1, at + 1));
      e.preventDefault();
    } else if (at >= 0 && (e.key === 'ArrowLeft' || e.key === 'ArrowUp')) {
      move(Math.max(0, at - 1));
      e.preventDefault();
    } else if (at >= 0 && e.key === 'Home') {
      move(0);
      e.preventDefault();
    } else if (at >= 0 && e.key === 'End') {
      move(stops.length - 1);
      e.preventDefault();
    }
  };

  const popoverId = `${idPrefix}-popover`;
  const openSeg = open === null ? undefined : segs[open.seg];
  const openFindings = openSeg === undefined ? [] : openSeg.covering.filter((c) => c < findings.length).map((c) => findings[c]!);

  return (
    <div className="article-text" ref={box} role="region" aria-label={label} onKeyDown={onKeyDown}>
      {segs.map((s, i) => {
        const piece = text.slice(s.start, s.end);
        const isLocated = s.covering.includes(findings.length);
        const covering = s.covering.filter((c) => c < findings.length).map((c) => findings[c]!);
        if (covering.length === 0) {
          return isLocated ? (
            <span key={i} className="located" data-located="">
              {piece}
            </span>
          ) : (
            piece
          );
        }
        const stop = stops.indexOf(i);
        const style = segmentStyle(covering);
        return (
          <mark
            key={i}
            data-seg={i}
            data-layers={covering.length}
            className={isLocated ? 'hl located' : 'hl'}
            data-located={isLocated ? '' : undefined}
            style={style}
            tabIndex={stop === active ? 0 : -1}
            aria-describedby={open?.seg === i ? popoverId : undefined}
            onFocus={(e) => {
              setActive(stop);
              show(i, e.currentTarget);
            }}
            onBlur={() => setOpen((o) => (o?.seg === i ? null : o))}
            onMouseEnter={(e) => show(i, e.currentTarget)}
            onMouseLeave={(e) => {
              if (document.activeElement !== e.currentTarget) setOpen((o) => (o?.seg === i ? null : o));
            }}
          >
            {piece}
          </mark>
        );
      })}
      {open !== null && openFindings.length > 0 && (
        <div className="popover" id={popoverId} role="tooltip" style={{ top: open.top, left: open.left }}>
          {openFindings.slice(0, MAX_SHOWN).map((f, k) => (
            <FindingDetails key={k} f={f} />
          ))}
          {openFindings.length > MAX_SHOWN && <div className="pop-more">and {openFindings.length - MAX_SHOWN} more here</div>}
        </div>
      )}
    </div>
  );
}
