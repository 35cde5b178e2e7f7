/** The column helpers of the terminal reports. */
import { describe, expect, it } from 'vitest';
import { fit } from './shared.js';

describe('fit', () => {
  it.each([
    ['pads a short text to the width', 'NAACP', 8, 'NAACP   '],
    ['keeps a text of exactly the width', 'Lachin', 6, 'Lachin'],
    ['cuts a long text with an ellipsis, still the width', 'Republican National Committee', 12, 'Republican …'],
    ['an empty text is all padding', '', 3, '   '],
  ])('%s', (_name, text, width, expected) => {
    expect(fit(text, width)).toBe(expected);
    expect(fit(text, width)).toHaveLength(width);
  });
});
