/** Check-worthiness sentences: ClaimBuster 2.5xNCS, CheckThat! 2019 Task 1 debates, CheckThat! 2020 Task 5 (all US political speech). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { SlantError } from '../../core/errors.js';
import { requireDataset } from './paths.js';

/** The folder under the datasets directory. */
export const CLAIMBUSTER_DATASET = 'claimbuster-checkworthiness';

/** Where a sentence comes from. */
export type CheckWorthySource = 'claimbuster' | 'ct19' | 'ct20';

/** One labelled sentence. */
export interface CheckWorthySentence {
  /** Unique across the three sets: `cb:<sentence_id>`, `ct19:<file>:<line>`, `ct20:<row>`. */
  id: string;
  source: CheckWorthySource;
  text: string;
  /** 1 = check-worthy factual claim (ClaimBuster's CFS; CheckThat!'s "worth checking"). */
  label: 0 | 1;
  /**
   * What cross-validation keeps together. ClaimBuster ids number the sentences of the debate
   * transcripts in order, so a block of `CLAIMBUSTER_GROUP_SPAN` consecutive ids is a stretch of
   * one or two debates; CheckThat! 2019 names the debate file; CheckThat! 2020 lists debates one
   * after another, so a block of `CT20_GROUP_SPAN` rows stands in for one.
   */
  group: string;
}

/** Consecutive ClaimBuster sentence ids per CV group (ids run to about 34,500: about 70 groups). */
export const CLAIMBUSTER_GROUP_SPAN = 500;
/** Consecutive CheckThat! 2020 rows per CV group (42,776 rows: 86 groups). */
export const CT20_GROUP_SPAN = 500;

function label(value: unknown, where: string): 0 | 1 {
  const v = String(value).trim();
  if (v === '0') return 0;
  if (v === '1') return 1;
  throw new SlantError('SLANT_DATA_INVALID', `${where}: label must be 0 or 1, got "${v}"`);
}

/**
 * ClaimBuster 2.5xNCS (Arslan et al. 2020): `[{sentence_id, label, text}]`, 1 = check-worthy
 * factual sentence (CFS), 0 = non-factual or unimportant (NFS/UFS; "2.5xNCS" keeps 2.5 of them per CFS).
 *
 * @example
 * const sentences = loadClaimBuster(); // 9,674 sentences, 2,764 positive
 */
export function loadClaimBuster(dir = requireDataset(CLAIMBUSTER_DATASET)): CheckWorthySentence[] {
  const file = join(dir, 'claimbuster-2.5xNCS.json');
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(json)) throw new SlantError('SLANT_DATA_INVALID', `${file}: expected a JSON array`);
  return json.map((row: unknown, i) => {
    const r = row as { sentence_id?: unknown; label?: unknown; text?: unknown };
    if (typeof r.sentence_id !== 'number' || typeof r.text !== 'string') throw new SlantError('SLANT_DATA_INVALID', `${file}: item ${i} lacks sentence_id or text`);
    return {
      id: `cb:${r.sentence_id}`,
      source: 'claimbuster' as const,
      text: r.text,
      label: label(r.label, `${file} item ${i}`),
      group: `cb:${Math.floor(r.sentence_id / CLAIMBUSTER_GROUP_SPAN)}`,
    };
  });
}

/**
 * CheckThat! 2019 Task 1 training debates and speeches (Atanasova et al. 2019): CSV
 * `line_number, speaker, text, label, file_name`, 1 = a fact-checking outlet checked the sentence.
 *
 * @example
 * const sentences = loadCheckThat2019(); // 16,421 sentences in 19 files
 */
export function loadCheckThat2019(dir = requireDataset(CLAIMBUSTER_DATASET)): CheckWorthySentence[] {
  const file = join(dir, 'CT19-T1-Training.csv');
  const rows = parseCsv(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  return rows.map((r, i) => {
    const name = (r.file_name ?? '').replace(/\.tsv$/, '');
    if (name === '' || r.text === undefined) throw new SlantError('SLANT_DATA_INVALID', `${file}: row ${i + 2} lacks file_name or text`);
    return { id: `ct19:${name}:${r.line_number ?? i}`, source: 'ct19' as const, text: r.text, label: label(r.label, `${file} row ${i + 2}`), group: `ct19:${name}` };
  });
}

/**
 * CheckThat! 2020 Task 5 training set (Shaar et al. 2020): TSV `text<TAB>label` with a header,
 * debate after debate.
 *
 * @example
 * const sentences = loadCheckThat2020(); // 42,776 sentences, 487 positive
 */
export function loadCheckThat2020(dir = requireDataset(CLAIMBUSTER_DATASET)): CheckWorthySentence[] {
  const file = join(dir, 'CT20-T5-train.tsv');
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const out: CheckWorthySentence[] = [];
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return;
    const tab = line.lastIndexOf('\t');
    if (tab === -1) throw new SlantError('SLANT_DATA_INVALID', `${file}: line ${i + 2} has no tab`);
    out.push({ id: `ct20:${i}`, source: 'ct20', text: line.slice(0, tab), label: label(line.slice(tab + 1), `${file} line ${i + 2}`), group: `ct20:${Math.floor(i / CT20_GROUP_SPAN)}` });
  });
  return out;
}

/**
 * The key under which two sentences count as the same text: lower case, curly quotes folded,
 * whitespace collapsed. The sets share thousands of sentences (CheckThat! 2020 repeats most of
 * 2019's debates), which must not sit on both sides of a fold.
 *
 * @example
 * sameTextKey(' We’re  9 million jobs short. '); // "we're 9 million jobs short."
 */
export function sameTextKey(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}
