/** JSON and JSON Lines sources: one document per object, one error per bad record. */

import { SlantError } from '../core/errors.js';
import type { ReadResult } from './entry.js';
import { type ResolvedFields, recordToEntry } from './fields.js';

/** Keys under which API exports wrap their list of articles (NewsAPI `articles`, many `data`/`items`). */
const WRAPPER_KEYS = ['articles', 'items', 'data', 'results', 'documents', 'docs', 'records', 'entries', 'posts'];

/**
 * Reads a JSON file: one object is one document; an array gives one document per element (`row` =
 * 1-based index; a string element is the text itself); an object without a text field that wraps
 * its list under a usual key (`articles`, `items`, `data`, `results`…) is read as that list. A
 * syntax error is one SLANT_INPUT_MALFORMED error for the whole file; a bad element is an error
 * for that row only.
 *
 * @example
 * [...readJson('[{"text":"a"},{"title":"no text"}]', DEFAULT_FIELDS, 'x.json')];
 * // [{ text: 'a', row: 1, … }, SlantError(SLANT_INPUT_MALFORMED, row 2)]
 */
export function* readJson(json: string, fields: ResolvedFields, source: string): Generator<ReadResult> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    yield new SlantError(
      'SLANT_INPUT_MALFORMED',
      `not valid JSON (${detail}); fix the syntax, or if it holds one object per line, name it .jsonl or use --input-format jsonl`,
      { source, cause: error },
    );
    return;
  }
  if (isRecord(data) && !hasTextField(data, fields)) {
    const record = data;
    const wrapped = WRAPPER_KEYS.find((key) => Array.isArray(record[key]));
    if (wrapped !== undefined) data = record[wrapped];
  }
  if (Array.isArray(data)) {
    if (data.length === 0) {
      yield new SlantError('SLANT_INPUT_EMPTY', 'the JSON array is empty; nothing to read', { source });
      return;
    }
    for (let i = 0; i < data.length; i += 1) yield element(data[i], fields, source, i + 1);
    return;
  }
  if (isRecord(data)) {
    yield recordToEntry(data, fields, source);
    return;
  }
  yield new SlantError(
    'SLANT_INPUT_MALFORMED',
    `the JSON holds ${data === null ? 'null' : `a ${typeof data}`}, expected an object with a text field or an array of them`,
    { source },
  );
}

/**
 * Reads JSON Lines (`.jsonl`, `.ndjson`): one object per line, `row` = line number, blank lines
 * skipped. A line that does not parse, or holds no object, is an error for that line; the others
 * go on.
 *
 * @example
 * [...readJsonl('{"text":"a"}\n\nnot json\n', DEFAULT_FIELDS, 'x.jsonl')];
 * // [{ text: 'a', row: 1, … }, SlantError(SLANT_INPUT_MALFORMED, row 3)]
 */
export function* readJsonl(jsonl: string, fields: ResolvedFields, source: string): Generator<ReadResult> {
  let lineNumber = 0;
  let start = 0;
  let any = false;
  while (start <= jsonl.length) {
    const end = jsonl.indexOf('\n', start);
    const line = jsonl.slice(start, end === -1 ? jsonl.length : end).trim();
    lineNumber += 1;
    start = end === -1 ? jsonl.length + 1 : end + 1;
    if (line === '') continue;
    any = true;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      yield new SlantError('SLANT_INPUT_MALFORMED', `line is not valid JSON (${detail}); each line must hold one complete JSON object`, {
        source,
        row: lineNumber,
        cause: error,
      });
      continue;
    }
    yield element(value, fields, source, lineNumber);
  }
  if (!any) yield new SlantError('SLANT_INPUT_EMPTY', 'no JSON lines in the file; nothing to read', { source });
}

function element(value: unknown, fields: ResolvedFields, source: string, row: number): ReadResult {
  if (typeof value === 'string') return { text: value, meta: {}, row };
  if (isRecord(value)) return recordToEntry(value, fields, source, row);
  return new SlantError(
    'SLANT_INPUT_MALFORMED',
    `holds ${value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`}, expected an object with a text field`,
    { source, row },
  );
}

function hasTextField(record: Record<string, unknown>, fields: ResolvedFields): boolean {
  return !(recordToEntry(record, fields, '') instanceof SlantError);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
