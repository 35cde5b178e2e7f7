/** The pack compiler: reads `data/packs/*.yml` (or a user's pack file), validates every entry, and reports each problem. */
import { basename } from 'node:path';
import { compileDataDir, describeIssue, readDataFile, type DataFileError } from '../core/data-file.js';
import { normalizeTerm, ruleSlug } from '../lexicon/compile.js';
import {
  ActorSchema,
  ANCHOR_KINDS,
  ConceptSchema,
  IgnoreSchema,
  NEUTRAL,
  NO_SIDE,
  PackFileSchema,
  RESERVED_SIDE_IDS,
  VariantSchema,
  type Pack,
  type PackActor,
  type PackConcept,
  type PackIgnore,
  type PackVariant,
} from './schema.js';

/** One problem found while compiling: which file, which entry (when one), and what is wrong. */
/** A problem in a pack file; `entry` is `concept <id>`, `concept <id> variant "<term>"`, `actor "<name>"`, `ignore "<term>"`, or undefined for the header. */
export type PackError = DataFileError;

export interface CompilePacksResult {
  /** Packs that compiled without errors, sorted by id. */
  packs: Pack[];
  /** Every problem found, in file order. Non-empty means the build must fail. */
  errors: PackError[];
}

/** `file: entry …: message`, the one line printed per problem. */
export function formatPackError(error: PackError): string {
  return error.entry === undefined ? `${error.file}: ${error.message}` : `${error.file}: ${error.entry}: ${error.message}`;
}

/**
 * Compiles every `*.yml` pack in `dir`. Never throws on bad data: each problem becomes a
 * `PackError`, and a pack with any error is left out of `packs`. Also fails on the same id in two files.
 *
 * @example
 * const { packs, errors } = compilePacks('data/packs');
 * if (errors.length > 0) console.error(errors.map(formatPackError).join('\n'));
 */
export function compilePacks(dir: string): CompilePacksResult {
  const { items, errors } = compileDataDir(dir, 'pack', (name, source, fileErrors) => compilePackFile(name, source, fileErrors, { requireIdMatchesFile: true }));
  return { packs: items, errors };
}

export interface CompilePackOptions {
  /** Shipped packs must be named after their id; a user's file may be called anything. */
  requireIdMatchesFile?: boolean | undefined;
}

/**
 * Compiles one pack file's text; pushes problems onto `errors` and returns what could be built.
 *
 * Checked: YAML syntax; unknown keys; empty strings; weights outside (0, 1]; sides that are not
 * declared (or that are called `neutral`, `none` or `mixed`); side variants without a weight and
 * neutral ones with one; `victim-people` variants with a side and other variants without; sources
 * the header does not declare; duplicate concept ids, and the same term or form twice in a pack
 * (after `normalizeTerm`, so "so-called" = "so called"), ignores included; the same actor name or
 * alias twice; a side that no variant marks (a pack records every side's usage, not one side's).
 *
 * @example
 * const errors: PackError[] = [];
 * const pack = compilePackFile('my-pack.yml', readFileSync('my-pack.yml', 'utf8'), errors);
 */
export function compilePackFile(file: string, source: string, errors: PackError[], options: CompilePackOptions = {}): Pack | undefined {
  const data = readDataFile(file, source, PackFileSchema, errors);
  if (data === undefined) return undefined;
  const before = errors.length;
  const stem = basename(file).replace(/\.ya?ml$/, '');
  if (options.requireIdMatchesFile === true && data.id !== stem) errors.push({ file, message: `id "${data.id}" must equal the file name "${stem}"` });

  const sourceIds = new Set<string>();
  for (const s of data.sources) {
    if (sourceIds.has(s.id)) errors.push({ file, message: `source id "${s.id}" is declared twice` });
    sourceIds.add(s.id);
  }
  const sideIds = new Set<string>();
  for (const side of data.sides) {
    if ((RESERVED_SIDE_IDS as readonly string[]).includes(side.id)) errors.push({ file, message: `side id "${side.id}" is reserved; call the side something else` });
    if (sideIds.has(side.id)) errors.push({ file, message: `side id "${side.id}" is declared twice` });
    sideIds.add(side.id);
  }
  const checkSource = (entry: string, id: string): void => {
    if (!sourceIds.has(id)) errors.push({ file, entry, message: `unknown source "${id}"; declared sources: ${[...sourceIds].join(', ')}` });
  };

  // Every surface (term or form, normalized) belongs to one entry of the pack.
  const owner = new Map<string, string>();
  const claim = (entry: string, surface: string): void => {
    const key = normalizeTerm(surface);
    const previous = owner.get(key);
    if (previous === undefined) owner.set(key, entry);
    else errors.push({ file, entry, message: `"${surface}" duplicates ${previous}` });
  };

  const concepts: PackConcept[] = [];
  const conceptIds = new Set<string>();
  const beforeConcepts = errors.length;
  const sidesUsed = new Set<string>();
  (data.concepts ?? []).forEach((rawConcept, index) => {
    const id = field(rawConcept, 'id');
    const label = id === undefined ? `concept #${index + 1}` : `concept ${id}`;
    const parsed = ConceptSchema.safeParse(rawConcept, { reportInput: true });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ file, entry: label, message: describeIssue(issue) });
      return;
    }
    const c = parsed.data;
    if (conceptIds.has(c.id)) errors.push({ file, entry: label, message: `concept id "${c.id}" is used twice` });
    conceptIds.add(c.id);
    const variants: PackVariant[] = [];
    const rules = new Set<string>();
    c.variants.forEach((rawVariant, vIndex) => {
      const term = field(rawVariant, 'term');
      const vLabel = `${label} variant ${term === undefined ? `#${vIndex + 1}` : `"${term}"`}`;
      const pv = VariantSchema.safeParse(rawVariant, { reportInput: true });
      if (!pv.success) {
        for (const issue of pv.error.issues) errors.push({ file, entry: vLabel, message: describeIssue(issue) });
        return;
      }
      const v = pv.data;
      checkSource(vLabel, v.source);
      if (v.context === 'victim-people') {
        if (v.side !== undefined) errors.push({ file, entry: vLabel, message: 'a victim-people variant takes its side from the people it names: leave side out' });
        if (v.weight === undefined) errors.push({ file, entry: vLabel, message: 'weight is missing: a victim-people variant marks the side of the people it names' });
      } else if (v.side === undefined) {
        errors.push({ file, entry: vLabel, message: `side is missing: give a side id (${[...sideIds].join(', ')}) or neutral` });
      } else if (v.side === NEUTRAL) {
        if (v.weight !== undefined) errors.push({ file, entry: vLabel, message: 'a neutral variant marks no side: leave weight out' });
      } else if (!sideIds.has(v.side)) {
        errors.push({ file, entry: vLabel, message: `unknown side "${v.side}"; sides: ${[...sideIds].join(', ')}, or neutral` });
      } else if (v.weight === undefined) {
        errors.push({ file, entry: vLabel, message: `weight is missing: how strongly does "${v.term}" mark the ${v.side} side (0–1)?` });
      }
      if (v.side !== undefined && v.side !== NEUTRAL) sidesUsed.add(v.side);
      if (v.context === 'victim-people') for (const s of sideIds) sidesUsed.add(s);
      const rule = ruleSlug(v.term);
      if (rule === '') {
        errors.push({ file, entry: vLabel, message: 'term has no letters or digits to build a rule id from' });
        return;
      }
      if (rules.has(rule)) errors.push({ file, entry: vLabel, message: `rule id "${rule}" collides with another variant of ${c.id}` });
      rules.add(rule);
      claim(vLabel, v.term);
      for (const form of v.forms ?? []) claim(vLabel, form);
      const neutral = v.side === NEUTRAL;
      variants.push({
        term: v.term,
        rule,
        forms: v.forms ?? [],
        match: v.match ?? 'lemma',
        ...(v.side === undefined ? {} : { side: v.side }),
        weight: neutral ? 0 : (v.weight ?? 0),
        ...(v.neutral === undefined ? {} : { neutral: v.neutral }),
        ...(v.context === undefined ? {} : { context: v.context }),
        anchor: v.anchor ?? ANCHOR_KINDS.has(c.kind),
        ...(v.quotes === 'cite' ? { quotes: 'cite' as const } : {}),
        ...(v.note === undefined ? {} : { note: v.note }),
        source: v.source,
      });
    });
    if (variants.length > 0 && variants.every((v) => v.side === NEUTRAL)) {
      errors.push({ file, entry: label, message: 'every variant is neutral: a concept records at least one side-marking variant' });
    }
    concepts.push({
      id: c.id,
      label: c.label,
      kind: c.kind,
      ...(c.neutral === undefined ? {} : { neutral: c.neutral }),
      ...(c.note === undefined ? {} : { note: c.note }),
      variants,
    });
  });
  // A side left unmarked because one of its variants is broken is not a second problem.
  for (const side of errors.length > beforeConcepts ? [] : sideIds) {
    if (!sidesUsed.has(side)) errors.push({ file, message: `no variant marks the side "${side}": a pack records the usage of every side it names` });
  }

  const ignore: PackIgnore[] = [];
  (data.ignore ?? []).forEach((rawIgnore, index) => {
    const term = field(rawIgnore, 'term');
    const label = `ignore ${term === undefined ? `#${index + 1}` : `"${term}"`}`;
    const parsed = IgnoreSchema.safeParse(rawIgnore, { reportInput: true });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ file, entry: label, message: describeIssue(issue) });
      return;
    }
    claim(label, parsed.data.term);
    for (const form of parsed.data.forms ?? []) claim(label, form);
    ignore.push({ term: parsed.data.term, forms: parsed.data.forms ?? [], match: parsed.data.match ?? 'lemma', note: parsed.data.note });
  });

  const actors: PackActor[] = [];
  const actorOwner = new Map<string, string>();
  (data.actors ?? []).forEach((rawActor, index) => {
    const name = field(rawActor, 'name');
    const label = `actor ${name === undefined ? `#${index + 1}` : `"${name}"`}`;
    const parsed = ActorSchema.safeParse(rawActor, { reportInput: true });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ file, entry: label, message: describeIssue(issue) });
      return;
    }
    const a = parsed.data;
    if (a.side !== undefined && a.side !== NO_SIDE && !sideIds.has(a.side)) {
      errors.push({ file, entry: label, message: `unknown side "${a.side}"; sides: ${[...sideIds].join(', ')}, or none` });
    }
    if (a.source !== undefined) checkSource(label, a.source);
    for (const surface of [a.name, ...(a.aliases ?? [])]) {
      const key = normalizeTerm(surface);
      const previous = actorOwner.get(key);
      if (previous === undefined) actorOwner.set(key, label);
      else errors.push({ file, entry: label, message: `"${surface}" duplicates ${previous}` });
    }
    actors.push({
      name: a.name,
      kind: a.kind,
      aliases: a.aliases ?? [],
      ...(a.side === undefined || a.side === NO_SIDE ? {} : { side: a.side }),
      ...(a.standsFor === undefined ? {} : { standsFor: a.standsFor }),
      anchor: a.anchor ?? true,
      ...(a.note === undefined ? {} : { note: a.note }),
      ...(a.source === undefined ? {} : { source: a.source }),
    });
  });

  if (errors.length > before) return undefined;
  return {
    id: data.id,
    title: data.title,
    description: data.description,
    version: data.version,
    sources: data.sources,
    sides: data.sides,
    actors,
    concepts,
    ignore,
  };
}

/** A string field of a raw YAML object, for naming an entry before it is validated. */
function field(raw: unknown, key: string): string | undefined {
  if (typeof raw !== 'object' || raw === null || !(key in raw)) return undefined;
  const value = (raw as Record<string, unknown>)[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
