import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { SlantError } from '../core/errors.js';
import { DEFAULT_FIELDS } from './fields.js';
import { DEFAULT_LANGUAGES } from './language.js';
import { type IngestOptions, ingestOptionsSchema, resolveIngestOptions } from './options.js';

describe('resolveIngestOptions', () => {
  it('fills in the defaults', () => {
    const resolved = resolveIngestOptions();
    expect(resolved).toEqual({
      side: undefined,
      outlet: undefined,
      tags: [],
      maxBytes: 20 * 1024 * 1024,
      format: 'auto',
      fields: DEFAULT_FIELDS,
      csvDelimiter: undefined,
      allowPrivate: false,
      fetchTimeoutMs: 15_000,
      languages: DEFAULT_LANGUAGES,
      stdin: process.stdin,
    });
  });

  it('keeps given values and the given stdin stream', () => {
    const stdin = Readable.from(['x']);
    const resolved = resolveIngestOptions({ side: 'left', tags: ['a'], maxBytes: 10, format: 'csv', fields: { text: 'body' }, csvDelimiter: ';', allowPrivate: true, fetchTimeoutMs: 5, languages: ['eng'], stdin });
    expect(resolved).toMatchObject({ side: 'left', tags: ['a'], maxBytes: 10, format: 'csv', csvDelimiter: ';', allowPrivate: true, fetchTimeoutMs: 5, languages: ['eng'] });
    expect(resolved.fields.text).toEqual(['body']);
    expect(resolved.stdin).toBe(stdin);
  });

  it.each<[string, IngestOptions, RegExp]>([
    ['a zero byte limit', { maxBytes: 0 }, /maxBytes: /],
    ['a fractional byte limit', { maxBytes: 1.5 }, /maxBytes: /],
    ['an unknown format', { format: 'pdf' as never }, /format: /],
    ['a two-character delimiter', { csvDelimiter: ';;' }, /csvDelimiter: /],
    ['a two-letter language code', { languages: ['en'] }, /languages\.0: expected an ISO 639-3 code/],
    ['an unknown field name', { fields: { body: 'x' } as never }, /fields: /],
  ])('refuses %s with SLANT_USAGE naming the option', (_name, options, message) => {
    let caught: unknown;
    try {
      resolveIngestOptions(options);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SlantError);
    expect((caught as SlantError).code).toBe('SLANT_USAGE');
    expect((caught as SlantError).message).toMatch(/^invalid ingest options: /);
    expect((caught as SlantError).message).toMatch(message);
  });

  it('ignores keys that are not ingest options (a caller passes its own options object along)', () => {
    const resolved = resolveIngestOptions({ quiet: true, urlList: ['x'] } as IngestOptions);
    expect(resolved).not.toHaveProperty('quiet');
    expect(resolved.maxBytes).toBe(20 * 1024 * 1024);
  });

  it('exposes a schema that describes each option (for CLI help and the HTTP API)', () => {
    const shape = ingestOptionsSchema.shape;
    expect(Object.keys(shape).sort()).toEqual(['allowPrivate', 'csvDelimiter', 'fetchTimeoutMs', 'fields', 'format', 'languages', 'maxBytes', 'outlet', 'side', 'tags']);
    for (const field of Object.values(shape)) expect(field.description).toBeTruthy();
  });
});
