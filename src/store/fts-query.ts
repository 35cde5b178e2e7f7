/** Turns a user's search text into an FTS5 query that cannot be a syntax error. */

/**
 * Quotes every whitespace-separated term of a query, so FTS5 reads each as a phrase of its tokens and
 * nothing as an operator: `so-called` becomes the phrase `"so-called"` (tokens `so` + `called`,
 * adjacent), `AND` a plain word, and a stray `"` part of a term. Terms combine with an implicit AND.
 * Returns an empty string when there is no term.
 *
 * @example
 * quoteFtsTerms('so-called "unbalanced AND'); // '"so-called" """unbalanced" "AND"'
 */
export function quoteFtsTerms(query: string): string {
  return query
    .split(/\s+/u)
    .filter((term) => term.length > 0)
    .map((term) => `"${term.replaceAll('"', '""')}"`)
    .join(' ');
}
