/** Specification of describeShape, which writes each task's line formats in --help and the docs. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeShape } from './shape.js';
import { PREDICT_TASKS } from './tasks.js';

describe('describeShape', () => {
  it.each<[string, z.ZodType, string]>([
    ['fields in order, optional marked', z.object({ id: z.string(), note: z.string().optional() }), '{id: string, note?: string}'],
    ['unions and whole numbers', z.object({ id: z.union([z.string(), z.number()]), n: z.int() }), '{id: string | number, n: integer}'],
    ['nested lists', z.object({ spans: z.array(z.object({ start: z.int() })), labels: z.array(z.string()) }), '{spans: [{start: integer}], labels: [string]}'],
  ])('%s', (_name, schema, expected) => expect(describeShape(schema)).toBe(expected));

  it('describes the contract formats of the technique tasks', () => {
    const shapes = Object.fromEntries(PREDICT_TASKS.map((t) => [t.name, [describeShape(t.input), describeShape(t.output)]]));
    expect(shapes).toEqual({
      'techniques-spans': ['{id: string | number, text: string}', '{id: string | number, spans: [{start: integer, end: integer, technique: string, score: number, evidence?: [string]}]}'],
      'techniques-classify': ['{id: string | number, text: string, spans: [{start: integer, end: integer}]}', '{id: string | number, spans: [{start: integer, end: integer, technique: string, score: number}]}'],
      'techniques-paragraphs': ['{id: string | number, text: string}', '{id: string | number, labels: [string]}'],
      side: ['{id: string | number, text: string, pack: string}', '{id: string | number, label: string, score: number}'],
      'check-worthy': ['{id: string | number, text: string}', '{id: string | number, label: integer, score: number, evidence?: [string]}'],
      'entity-roles': [
        '{id: string | number, text: string, entities: [{start: integer, end: integer}]}',
        '{id: string | number, entities: [{start: integer, end: integer, role: string, score: number, evidence?: [string]}]}',
      ],
      'sentence-bias': ['{id: string | number, text: string}', '{id: string | number, label: string, score: number, evidence?: [string]}'],
      subjectivity: ['{id: string | number, text: string}', '{id: string | number, label: string, score: number, evidence?: [string]}'],
      genre: ['{id: string | number, text: string, title?: string}', '{id: string | number, label: string, score: number, evidence?: [string]}'],
      frames: ['{id: string | number, text: string, title?: string}', '{id: string | number, labels: [string], evidence?: [string]}'],
      hyperpartisan: ['{id: string | number, text: string, title?: string}', '{id: string | number, label: boolean, score: number, evidence?: [string]}'],
    });
  });

  it('matches the formats docs/evaluation.md gives for every task', () => {
    const docs = readFileSync(new URL('../../docs/evaluation.md', import.meta.url), 'utf8');
    for (const task of PREDICT_TASKS) {
      const section = docs.slice(docs.indexOf(`### \`${task.name}\``));
      expect(section).toContain(`- in: \`${describeShape(task.input)}\``);
      expect(section).toContain(`- out: \`${describeShape(task.output)}\``);
    }
  });
});
