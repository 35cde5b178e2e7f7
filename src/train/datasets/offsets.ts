/** Converting between code-point offsets (Python, the SemEval scorers) and UTF-16 offsets (JavaScript). */

/**
 * A converter from code-point offsets to UTF-16 offsets in `text`. The PTC and SemEval label files
 * count code points, so a span after an emoji or other astral character is shifted by one per such
 * character in JavaScript. Linear setup, O(1) per conversion.
 *
 * @example
 * const toUtf16 = codePointToUtf16('😀ab'); toUtf16(1); // 2
 */
export function codePointToUtf16(text: string): (offset: number) => number {
  const map: number[] = [];
  let unit = 0;
  for (const ch of text) {
    map.push(unit);
    unit += ch.length;
  }
  map.push(unit);
  return (offset) => {
    if (offset < 0 || offset >= map.length) throw new RangeError(`code-point offset ${offset} outside 0..${map.length - 1}`);
    return map[offset] as number;
  };
}

/** The inverse: UTF-16 offsets in `text` to code-point offsets (for writing files the official scorers read). */
export function utf16ToCodePoint(text: string): (offset: number) => number {
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i += 1) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      map[i + 1] = cp;
      i += 1;
    }
    cp += 1;
  }
  map[text.length] = cp;
  return (offset) => {
    if (offset < 0 || offset > text.length) throw new RangeError(`UTF-16 offset ${offset} outside 0..${text.length}`);
    return map[offset] as number;
  };
}
