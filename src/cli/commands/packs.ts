/** `slant packs list|show|validate`: the conflict terminology packs, shipped and the user's own. */
import { resolve } from 'node:path';
import { SlantError } from '../../core/errors.js';
import { formatPackError, loadPacksWithUser, NEUTRAL, packCounts, renderPack, validatePackFile, type Pack } from '../../packs/index.js';
import { mdCell, parseFormat, writeJson, type CommandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { colorEnabled, palette } from '../io.js';

const VIEW_FORMATS = ['pretty', 'json', 'md'] as const;

export interface PacksCommandOptions {
  format?: string | undefined;
  /** User pack files to list or show beside the shipped ones (`--pack`, repeatable). */
  pack?: string[] | undefined;
}

function packsOf(ctx: CommandContext, files: readonly string[] | undefined): readonly Pack[] {
  return loadPacksWithUser((files ?? []).map((f) => resolve(ctx.io.cwd, f)));
}

/**
 * `slant packs list`: id, title, sides with their variant counts, and totals, one pack a line.
 *
 * @example
 * await packsListCommand(ctx, { format: 'json' });
 */
export async function packsListCommand(ctx: CommandContext, options: PacksCommandOptions): Promise<number> {
  const { io } = ctx;
  const format = parseFormat(options.format, VIEW_FORMATS, 'pretty');
  const rows = packsOf(ctx, options.pack).map((p) => {
    const n = packCounts(p);
    return {
      id: p.id,
      title: p.title,
      version: p.version,
      sides: p.sides.map((s) => ({ id: s.id, name: s.name, variants: n.bySide[s.id] ?? 0 })),
      neutral: n.neutral,
      concepts: n.concepts,
      variants: n.variants,
      actors: n.actors,
    };
  });
  if (format === 'json') writeJson(io, rows);
  else if (format === 'md') {
    io.out('| id | title | sides (variants) | concepts | variants | actors |\n|---|---|---|---|---|---|\n');
    for (const r of rows) {
      io.out(`| \`${r.id}\` | ${mdCell(r.title)} | ${r.sides.map((s) => `${s.id} (${s.variants})`).join(', ')}, neutral (${r.neutral}) | ${r.concepts} | ${r.variants} | ${r.actors} |\n`);
    }
  } else {
    const c = palette(colorEnabled(io));
    const width = Math.max(...rows.map((r) => r.id.length), 2);
    for (const r of rows) {
      const sides = [...r.sides.map((s) => `${s.id} ${s.variants}`), `neutral ${r.neutral}`].join(', ');
      io.out(`${c.bold(r.id.padEnd(width))}  ${r.title}\n${' '.repeat(width)}  ${c.dim(`${sides} · ${r.concepts} concepts, ${r.variants} variants, ${r.actors} actors`)}\n`);
    }
    io.err(`${rows.length} packs\n`);
  }
  return EXIT.ok;
}

/**
 * `slant packs show <id>`: a pack's sides, actors and concepts with their variants by side.
 *
 * @example
 * await packsShowCommand(ctx, 'karabakh', { format: 'md' });
 */
export async function packsShowCommand(ctx: CommandContext, id: string, options: PacksCommandOptions): Promise<number> {
  const { io } = ctx;
  const format = parseFormat(options.format, VIEW_FORMATS, 'pretty');
  const packs = packsOf(ctx, options.pack);
  const pack = packs.find((p) => p.id === id);
  if (pack === undefined) throw new SlantError('SLANT_NOT_FOUND', `no pack "${id}"; packs: ${packs.map((p) => p.id).join(', ')}`);
  if (format === 'json') {
    writeJson(io, pack);
    return EXIT.ok;
  }
  if (format === 'md') {
    io.out(renderPack(pack, 1));
    return EXIT.ok;
  }
  const c = palette(colorEnabled(io));
  io.out(`${c.bold(pack.title)}  ${c.dim(`${pack.id} ${pack.version}`)}\n${pack.description}\n\n`);
  for (const s of pack.sides) io.out(`${c.bold(s.id)} (${s.name}): ${s.description}\n`);
  io.out('\n');
  for (const concept of pack.concepts) {
    io.out(`${c.bold(concept.label)}  ${c.dim(`${concept.id}, ${concept.kind}`)}\n`);
    for (const s of pack.sides) {
      const variants = concept.variants.filter((v) => v.side === s.id);
      if (variants.length > 0) io.out(`  ${s.id.padEnd(16)} ${variants.map((v) => `${v.term} ${c.dim(String(v.weight))}${v.context === undefined ? '' : c.dim(` [${v.context}]`)}`).join(', ')}\n`);
    }
    const victim = concept.variants.filter((v) => v.context === 'victim-people');
    if (victim.length > 0) io.out(`  ${'by victims named'.padEnd(16)} ${victim.map((v) => `${v.term} ${c.dim(String(v.weight))}`).join(', ')}\n`);
    const neutral = concept.variants.filter((v) => v.side === NEUTRAL).map((v) => v.term);
    if (neutral.length > 0) io.out(`  ${'neutral'.padEnd(16)} ${neutral.join(', ')}\n`);
    if (concept.neutral !== undefined) io.out(`  ${c.dim(`neutral form: ${concept.neutral}`)}\n`);
  }
  const actors = pack.actors.map((a) => `${a.name}${a.side === undefined ? '' : ` (${a.side})`}${a.standsFor === undefined ? '' : ` = ${a.standsFor}`}`);
  if (actors.length > 0) io.out(`\n${c.bold('Actors')}: ${actors.join('; ')}\n`);
  return EXIT.ok;
}

/**
 * `slant packs validate <file...>`: one line per problem (`file: entry: reason`), an `ok` line per
 * valid file; exit 0 when every file is a valid pack, 1 otherwise.
 *
 * @example
 * await packsValidateCommand(ctx, ['my-pack.yml']); // 0 or 1
 */
export async function packsValidateCommand(ctx: CommandContext, files: readonly string[]): Promise<number> {
  const { io } = ctx;
  if (files.length === 0) throw new SlantError('SLANT_USAGE', 'nothing to validate: give one or more pack files');
  const c = palette(colorEnabled(io));
  let problems = 0;
  for (const file of files) {
    const { pack, errors } = validatePackFile(resolve(io.cwd, file), file);
    problems += errors.length;
    for (const e of errors) io.out(`${formatPackError(e)}\n`);
    if (pack !== undefined && errors.length === 0) {
      const n = packCounts(pack);
      io.out(`${file}: ${c.green('ok')} (pack ${pack.id}: ${n.concepts} concepts, ${n.variants} variants, ${n.actors} actors)\n`);
    }
  }
  if (problems > 0) io.err(`${problems} problem${problems === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}\n`);
  return problems > 0 ? EXIT.partial : EXIT.ok;
}
