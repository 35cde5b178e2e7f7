/** Deterministic fold assignment for cross-validation and held-out evaluation: by group (article), never by item. */

/**
 * The fold (0-based, `< folds`) of a group, from a 32-bit FNV-1a hash of its id: stable across runs,
 * machines and dataset versions, and the same for every item of the group, so paragraphs or spans of
 * one article never sit on both sides of a split. `slant eval --folds` uses it; a trainer may too,
 * or write the ids it held out for `slant eval --ids`.
 *
 * @example
 * foldOf('111111111', 5); // an integer in 0..4, always the same one
 */
export function foldOf(group: string, folds: number): number {
  if (!Number.isInteger(folds) || folds < 1) throw new RangeError(`folds must be a positive whole number, got ${folds}`);
  let hash = 0x811c9dc5;
  for (let i = 0; i < group.length; i += 1) {
    hash ^= group.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % folds;
}
