/** SemEval-2025 Task 10 (English), subtask 1: entity framing — named entities with their main role (Protagonist, Antagonist, Innocent). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SlantError } from '../../core/errors.js';
import { requireDataset } from './paths.js';

/** The three main roles of subtask 1, as written in the label file. */
export const SEMEVAL2025_ROLES = ['Protagonist', 'Antagonist', 'Innocent'] as const;
export type MainRole = (typeof SEMEVAL2025_ROLES)[number];

/** One annotated entity mention, with half-open UTF-16 offsets into its document. */
export interface EntityMention2025 {
  start: number;
  end: number;
  /** Exactly `text.slice(start, end)` of the document. */
  text: string;
  role: MainRole;
  /** The fine-grained roles (taxonomy of the task), one or more. */
  fineRoles: string[];
}

/** A document with at least one annotated entity. */
export interface Document2025 {
  /** File name without `.txt`, e.g. `EN_UA_004616`. */
  id: string;
  /** `UA` (Ukraine–Russia war) or `CC` (climate change), from the file name. */
  domain: string;
  text: string;
  mentions: EntityMention2025[];
}

/**
 * Reads `subtask-1-annotations.txt` (`doc entity start end main_role fine_role…`, tab-separated)
 * and the raw documents. The file's `end` is inclusive and its offsets count UTF-16 code units
 * (checked on the English release: every span's slice equals its entity string, while counting
 * code points would shift the spans of the documents with emoji). The loader converts to
 * half-open offsets and checks each span against its entity string; a span that does not line up
 * is searched for nearby (within 20 characters) and dropped, with a count, when it is not found.
 * Documents come sorted by id, mentions by offset.
 *
 * @example
 * const docs = loadSemeval2025Entities();
 * docs[0].mentions[0]; // { start, end, text: 'Ukrainians', role: 'Protagonist', fineRoles: ['Underdog'] }
 */
export function loadSemeval2025Entities(dir = requireDataset('semeval2025-task10-en')): Document2025[] {
  const file = join(dir, 'subtask-1-annotations.txt');
  if (!existsSync(file)) throw new SlantError('SLANT_NOT_FOUND', `${file} not found: the SemEval-2025 Task 10 folder should hold subtask-1-annotations.txt and raw-documents/`);
  const docs = new Map<string, Document2025>();
  const rows = readFileSync(file, 'utf8').split('\n');
  rows.forEach((row, i) => {
    if (row.trim() === '') return;
    const [name, entity, startText, endText, role, ...fine] = row.split('\t');
    if (name === undefined || entity === undefined || !(SEMEVAL2025_ROLES as readonly string[]).includes(role ?? '')) {
      throw new SlantError('SLANT_INPUT_MALFORMED', `expected "doc entity start end main_role fine_roles…" with a main role of ${SEMEVAL2025_ROLES.join('/')}`, { source: file, row: i + 1 });
    }
    const id = name.replace(/\.txt$/, '');
    let doc = docs.get(id);
    if (doc === undefined) {
      const path = join(dir, 'raw-documents', name);
      if (!existsSync(path)) return;
      doc = { id, domain: /^EN_([A-Z]+)_/.exec(id)?.[1] ?? '', text: readFileSync(path, 'utf8'), mentions: [] };
      docs.set(id, doc);
    }
    const start = locate(doc.text, entity, Number(startText));
    if (start === undefined || Number(endText) + 1 - Number(startText) !== entity.length) return;
    doc.mentions.push({ start, end: start + entity.length, text: entity, role: role as MainRole, fineRoles: fine.map((f) => f.trim()).filter(Boolean) });
  });
  const out = [...docs.values()].filter((d) => d.mentions.length > 0);
  for (const d of out) d.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The offset of `entity` at `start`, or the nearest occurrence within 20 characters of it. */
function locate(text: string, entity: string, start: number): number | undefined {
  if (!Number.isInteger(start) || start < 0) return undefined;
  if (text.startsWith(entity, start)) return start;
  for (let d = 1; d <= 20; d += 1) {
    if (text.startsWith(entity, start - d)) return start - d;
    if (text.startsWith(entity, start + d)) return start + d;
  }
  return undefined;
}
