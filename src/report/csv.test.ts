import { describe, expect, it } from 'vitest';
import { csvCell, csvTable } from './csv.js';

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
  });

  it('defuses cells a spreadsheet would read as formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+1 800')).toBe("'+1 800");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes numbers as numbers and leaves empty what is missing', () => {
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell(12)).toBe('12');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('true');
  });
});

describe('csvTable', () => {
  it('writes the header and rows with CRLF line ends', () => {
    expect(csvTable(['group', 'term'], [['ves', 'Highmoor, "the"'], ['cor', '=1']])).toBe('group,term\r\nves,"Highmoor, ""the"""\r\ncor,\'=1\r\n');
    expect(csvTable(['a'], [])).toBe('a\r\n');
  });
});
