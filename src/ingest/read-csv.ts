/** CSV and TSV sources: a header row, one document per record, one error per malformed record. */

import { CsvError, type InfoRecord, parse } from 'csv-parse/sync';
import { SlantError } from '../core/errors.js';
import type { ReadResult } from './entry.js';
import { type ResolvedFields, recordToEntry } from './fields.js';

const CANDIDATE_DELIMITERS = [',', ';', '\t'] as const;

export interface CsvOptions {
  /** Field delimiter; detected from the header line when absent. */
  delimiter?: string | undefined;
}

interface ParsedRecord {
  fields: string[];
  /** 1-based line where the record starts. */
  line: number;
}

/**
 * Reads CSV with a header row (csv-parse, RFC 4180 quoting). Each record is mapped through the
 * header names with the field mapping; `row` is the 1-based line in the file where the record
 * starts, so the user can find it in an editor. A record with a different number of fields than
 * the header, or with broken quoting, is an error for that row, and reading resumes on the next
 * line (an unclosed quote would otherwise swallow the rest of the file). A file without a header
 * that names a text column is one error for the file.
 *
 * @example
 * [...readCsv('title,text\nA,"Body, with comma"\nB,x,extra\n', DEFAULT_FIELDS, 'a.csv')];
 * // [{ text: 'Body, with comma', meta: { title: 'A' }, row: 2 }, SlantError(row 3: 3 fields, header has 2)]
 */
export function* readCsv(csv: string, fields: ResolvedFields, source: string, options: CsvOptions = {}): Generator<ReadResult> {
  const text = csv.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const delimiter = options.delimiter ?? detectDelimiter(text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')));

  let header: string[] | undefined;
  let resumeLine = 1;
  let rows = 0;
  while (resumeLine <= lineStarts.length) {
    const { records, failure } = parseFrom(text, lineStarts, resumeLine, delimiter);
    for (const record of records) {
      if (header === undefined) {
        header = record.fields.map((name, i) => name.trim() || `column_${i + 1}`);
        const problem = headerProblem(header, fields, source, delimiter);
        if (problem) {
          yield problem;
          return;
        }
        continue;
      }
      // A line of only spaces is a one-field record to csv-parse; it is blank to a person.
      if (record.fields.every((field) => field.trim() === '')) continue;
      rows += 1;
      if (record.fields.length !== header.length) {
        yield new SlantError(
          'SLANT_INPUT_MALFORMED',
          `has ${record.fields.length} fields, the header has ${header.length}; quote values that contain '${printable(delimiter)}' and check for a missing or extra delimiter`,
          { source, row: record.line },
        );
        continue;
      }
      const object: Record<string, unknown> = {};
      header.forEach((name, i) => {
        object[name] = record.fields[i];
      });
      yield recordToEntry(object, fields, source, record.line);
    }
    if (failure === undefined) break;
    if (header === undefined) {
      yield new SlantError('SLANT_INPUT_MALFORMED', `the header line cannot be read: ${describeCsvError(failure.error)}; fix its quoting`, { source, row: 1 });
      return;
    }
    rows += 1;
    yield new SlantError('SLANT_INPUT_MALFORMED', `${describeCsvError(failure.error)}; fix the quoting on this line`, { source, row: failure.line });
    resumeLine = failure.line + 1;
  }
  if (header === undefined) yield new SlantError('SLANT_INPUT_EMPTY', 'the CSV has no header line; nothing to read', { source });
  else if (rows === 0) yield new SlantError('SLANT_INPUT_EMPTY', 'the CSV has a header but no records; nothing to read', { source });
}

/**
 * The delimiter of a header line: whichever of `,` `;` and tab occurs most often outside quotes
 * (comma on a tie or when none occurs).
 *
 * @example
 * detectDelimiter('text;outlet;date'); // ';'
 */
export function detectDelimiter(headerLine: string): string {
  const unquoted = headerLine.replace(/"[^"]*"/g, '');
  let best: string = ',';
  let bestCount = 0;
  for (const candidate of CANDIDATE_DELIMITERS) {
    const count = unquoted.split(candidate).length - 1;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/** Parses from a line to the end, or to the first broken record, keeping what parsed before it. */
function parseFrom(
  text: string,
  lineStarts: number[],
  fromLine: number,
  delimiter: string,
): { records: ParsedRecord[]; failure?: { line: number; error: CsvError } } {
  const records: ParsedRecord[] = [];
  const offset = fromLine - 1;
  let lastEnd = offset;
  // The next record starts on the first line after the last one that csv-parse does not skip as empty.
  const nextStart = (after: number): number => {
    let line = after + 1;
    while (line < lineStarts.length && lineText(text, lineStarts, line) === '') line += 1;
    return line;
  };
  try {
    parse(text.slice(lineStarts[offset] ?? text.length), {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record: string[], context: InfoRecord) => {
        const end = context.lines + offset;
        records.push({ fields: record, line: nextStart(lastEnd) });
        lastEnd = end;
        return null;
      },
    });
    return { records };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return { records, failure: { line: nextStart(lastEnd), error } };
  }
}

function lineText(text: string, lineStarts: number[], line: number): string {
  const start = lineStarts[line - 1] ?? text.length;
  const end = lineStarts[line] ?? text.length + 1;
  return text.slice(start, end - 1);
}

function headerProblem(header: string[], fields: ResolvedFields, source: string, delimiter: string): SlantError | undefined {
  const lower = new Set(header.map((name) => name.toLowerCase()));
  if (fields.text.some((key) => lower.has(key.toLowerCase()))) return undefined;
  return new SlantError(
    'SLANT_INPUT_MALFORMED',
    `no text column (looked for ${fields.text.join(', ')}; the header has: ${header.slice(0, 12).join(', ')}, split at '${printable(delimiter)}'); name the column with --text-field NAME`,
    { source, row: 1 },
  );
}

function describeCsvError(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted value is never closed';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a quote inside a quoted value is not doubled ("")';
    case 'INVALID_OPENING_QUOTE':
      return 'a quote appears inside an unquoted value (quote the whole value and double the quote)';
    default:
      return `the record cannot be parsed (${error.message})`;
  }
}

function printable(delimiter: string): string {
  return delimiter === '\t' ? '\\t' : delimiter;
}
