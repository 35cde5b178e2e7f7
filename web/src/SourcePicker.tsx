/** Where an article comes from: pasted text, an uploaded file, or a stored document; and loading it as an analyzed Article. */
import type { ReactNode } from 'react';
import { analyzeFile, analyzeText, loadStored } from './api.js';
import type { Article, DocumentSummary } from './types.js';

export type Source = { kind: 'paste'; text: string; title: string } | { kind: 'upload'; file: File | null } | { kind: 'stored'; id: string };

export function emptySource(kind: Source['kind'] = 'paste'): Source {
  return kind === 'paste' ? { kind, text: '', title: '' } : kind === 'upload' ? { kind, file: null } : { kind, id: '' };
}

/** Whether the source has something to analyze. */
export function ready(s: Source): boolean {
  return s.kind === 'paste' ? s.text.trim() !== '' : s.kind === 'upload' ? s.file !== null : s.id !== '';
}

/** The source analyzed by the server (stored documents use their cached analysis). */
export function loadSource(s: Source): Promise<Article> {
  if (s.kind === 'paste') return analyzeText(s.text, s.title);
  if (s.kind === 'upload') {
    if (s.file === null) return Promise.reject(new Error('choose a file first'));
    return analyzeFile(s.file);
  }
  return loadStored(s.id);
}

/** A stored document as one line of a picker. */
export function docLabel(d: DocumentSummary): string {
  const meta = [d.outlet, d.side, d.publishedAt?.slice(0, 10)].filter((x): x is string => x !== undefined && x !== '');
  return `${d.title ?? d.id.slice(0, 8)}${meta.length > 0 ? ` (${meta.join(', ')})` : ''}`;
}

interface Props {
  value: Source;
  onChange: (s: Source) => void;
  docs: readonly DocumentSummary[] | undefined;
  /** Unique per picker on the page. */
  idPrefix: string;
  legend: string;
}

const MODES: Array<{ kind: Source['kind']; label: string }> = [
  { kind: 'paste', label: 'Paste text' },
  { kind: 'upload', label: 'Upload a file' },
  { kind: 'stored', label: 'Stored document' },
];

export function SourcePicker({ value, onChange, docs, idPrefix, legend }: Props): ReactNode {
  return (
    <fieldset className="source">
      <legend>{legend}</legend>
      <div className="modes" role="radiogroup" aria-label={`${legend}: source`}>
        {MODES.map((m) => (
          <label key={m.kind} className={value.kind === m.kind ? 'mode on' : 'mode'}>
            <input type="radio" name={`${idPrefix}-mode`} value={m.kind} checked={value.kind === m.kind} onChange={() => onChange(emptySource(m.kind))} />
            {m.label}
          </label>
        ))}
      </div>
      {value.kind === 'paste' && (
        <div className="paste">
          <label htmlFor={`${idPrefix}-title`}>Title (optional)</label>
          <input id={`${idPrefix}-title`} type="text" value={value.title} onChange={(e) => onChange({ ...value, title: e.target.value })} />
          <label htmlFor={`${idPrefix}-text`}>Article text</label>
          <textarea id={`${idPrefix}-text`} rows={8} value={value.text} onChange={(e) => onChange({ ...value, text: e.target.value })} placeholder="Paste the article here: plain text; markup is shown as written, never run." />
        </div>
      )}
      {value.kind === 'upload' && (
        <div className="upload">
          <label htmlFor={`${idPrefix}-file`}>A .txt, .md or .html file (HTML goes through the server's article extractor)</label>
          <input id={`${idPrefix}-file`} type="file" accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" onChange={(e) => onChange({ kind: 'upload', file: e.target.files?.[0] ?? null })} />
        </div>
      )}
      {value.kind === 'stored' && (
        <div className="stored">
          <label htmlFor={`${idPrefix}-doc`}>Document</label>
          <select id={`${idPrefix}-doc`} value={value.id} onChange={(e) => onChange({ kind: 'stored', id: e.target.value })}>
            <option value="">{docs === undefined ? 'Loading…' : docs.length === 0 ? 'No stored documents' : 'Choose a document'}</option>
            {docs?.map((d) => (
              <option key={d.id} value={d.id}>
                {docLabel(d)}
              </option>
            ))}
          </select>
        </div>
      )}
    </fieldset>
  );
}

/** A source form's submit button, labelled `busyLabel` while it works, and its error, announced. */
export function SubmitRow({ label, busyLabel, busy, disabled, error }: { label: string; busyLabel: string; busy: boolean; disabled: boolean; error: string | null }): ReactNode {
  return (
    <div className="actions">
      <button type="submit" disabled={busy || disabled}>
        {busy ? busyLabel : label}
      </button>
      {error !== null && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
