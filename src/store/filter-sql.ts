/** Translates a DocumentFilter into a SQL WHERE clause with parameters, and checks its paging. */
import { SlantError } from '../core/errors.js';
import type { DocumentFilter } from './store.js';

/** A WHERE clause over `documents d` (`1` when nothing is filtered) and its parameters, in order. */
export interface FilterSql {
  where: string;
  params: string[];
}

/**
 * The conditions of a filter, ANDed. The SQL text depends only on which fields are set, never on
 * their values (ids travel as one JSON parameter), so each shape is prepared once and cached.
 *
 * @example
 * filterSql({ side: 'a', tag: 'x' });
 * // { where: 'd.side = ? AND d.id IN (SELECT doc_id FROM document_tags WHERE tag = ?)', params: ['a', 'x'] }
 */
export function filterSql(filter: DocumentFilter = {}): FilterSql {
  const conditions: string[] = [];
  const params: string[] = [];
  if (filter.ids !== undefined) {
    if (!Array.isArray(filter.ids) || filter.ids.some((id) => typeof id !== 'string')) {
      throw new SlantError('SLANT_USAGE', 'the ids filter must be a list of document ids (strings)');
    }
    conditions.push('d.id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.ids));
  }
  for (const field of ['side', 'outlet', 'language'] as const) {
    const value = filter[field];
    if (value === undefined) continue;
    conditions.push(`d.${field} = ?`);
    params.push(value);
  }
  if (filter.tag !== undefined) {
    conditions.push('d.id IN (SELECT doc_id FROM document_tags WHERE tag = ?)');
    params.push(filter.tag);
  }
  return { where: conditions.length === 0 ? '1' : conditions.join(' AND '), params };
}

/** LIMIT and OFFSET values for SQLite; a limit of -1 means no limit. */
export interface Page {
  limit: number;
  offset: number;
}

/**
 * The page a filter asks for, checked: `limit` and `offset` are whole numbers ≥ 0.
 *
 * @example
 * pageOf({ limit: 10 }); // { limit: 10, offset: 0 }
 * pageOf({}); // { limit: -1, offset: 0 }
 */
export function pageOf(filter: DocumentFilter = {}, defaultLimit = -1): Page {
  return { limit: filter.limit === undefined ? defaultLimit : count('limit', filter.limit), offset: filter.offset === undefined ? 0 : count('offset', filter.offset) };
}

function count(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new SlantError('SLANT_USAGE', `${name} must be a whole number ≥ 0, got ${String(value)}`);
  return value;
}
