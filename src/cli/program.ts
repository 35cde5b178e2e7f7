/** The command-line program: commander definitions that call the commands; no logic of its own. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { SlantError } from '../core/errors.js';
import { VERSION } from '../core/version.js';
import { addCommand } from './commands/add.js';
import { analyzeCommand } from './commands/analyze.js';
import { compareCommand } from './commands/compare.js';
import { demoCommand } from './commands/demo.js';
import { evalCommand, evalHelp } from './commands/eval.js';
import { listCommand, searchCommand } from './commands/list.js';
import { packsListCommand, packsShowCommand, packsValidateCommand } from './commands/packs.js';
import { predictCommand, predictHelp } from './commands/predict.js';
import { serveCommand } from './commands/serve.js';
import { showCommand } from './commands/show.js';
import { defaultSideModelPath, trainSideCommand } from './commands/train.js';
import { resolveDbPath, type CommandContext } from './context.js';
import { exitCodeFor } from './exit-codes.js';
import type { Io } from './io.js';
import type { IngestOptions } from '../ingest/index.js';
import { EVAL_FORMATS } from '../eval/report.js';
import { PREDICT_TASKS } from '../predict/tasks.js';
import { TECHNIQUE_MODEL_CHOICES } from '../techniques/index.js';

function confidence(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a number between 0 and 1');
  return n;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

function bytes(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(value.trim());
  if (!match) throw new InvalidArgumentError('expected a size such as 500000, 512KB or 20MB');
  const unit = (match[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(Number(match[1]) * factor);
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function list(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];
}

const formatOption = (formats: string[], fallback: string): Option =>
  new Option('-f, --format <format>', 'output format').choices(formats).default(fallback);

/**
 * Builds the `slant` program. `run` receives the exit code of the command that ran.
 *
 * @example
 * await createProgram(processIo(), (code) => (process.exitCode = code)).parseAsync(process.argv);
 */
export function createProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('slant')
    .description('See how a text argues: persuasion techniques, loaded and side-marking terms, and how sides differ.')
    .version(VERSION)
    .option('--db <file>', 'SQLite database (default: $SLANT_DB or ./slant.db)')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .exitOverride();

  const ctx = (): CommandContext => ({ io, dbPath: resolveDbPath(io, program.opts<{ db?: string }>().db) });
  /**
   * The options with the `--pack` files resolved against the working directory (the analysis option
   * `packs`), and the side model: `--side-model`, else the one `slant train side` writes next to the
   * database when it is there.
   */
  const withPackFiles = (o: Record<string, unknown>): Record<string, unknown> => {
    const given = o.sideModel as string | undefined;
    const fallback = defaultSideModelPath(ctx().dbPath, io.cwd);
    const sideModel = given !== undefined ? resolve(io.cwd, given) : existsSync(fallback) ? fallback : undefined;
    return { ...o, sideModel, packs: (o.pack as string[] | undefined)?.map((f) => resolve(io.cwd, f)) };
  };
  const act =
    <A extends unknown[]>(fn: (...args: A) => Promise<number>) =>
    async (...args: A): Promise<void> => {
      setExit(await fn(...args));
    };

  program
    .command('add')
    .description('add documents: files, directories (recursively), globs, - for stdin, http(s) URLs')
    .argument('[inputs...]', 'what to add')
    .option('--side <side>', 'label every document with this side (e.g. a party to a dispute)')
    .option('--outlet <outlet>', 'label every document with this outlet')
    .option('--tag <tag>', 'add a tag (repeatable)', collect)
    .option('--url-list <file>', 'a file of URLs, one per line (repeatable)', collect)
    .option('--input-format <format>', 'force a reader: txt, md, html, json, jsonl, csv, feed (default: by extension)')
    .option('--text-field <name>', 'JSON/CSV field holding the text')
    .option('--title-field <name>', 'JSON/CSV field holding the title')
    .option('--date-field <name>', 'JSON/CSV field holding the date')
    .option('--outlet-field <name>', 'JSON/CSV field holding the outlet')
    .option('--side-field <name>', 'JSON/CSV field holding the side')
    .option('--url-field <name>', 'JSON/CSV field holding the URL')
    .option('--max-bytes <size>', 'largest input accepted (default 20MB)', bytes)
    .option('--allow-private', 'allow URLs that resolve to private or loopback addresses')
    .option('--timeout <ms>', 'per-URL timeout in milliseconds (default 15000)', positiveInt)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['pretty', 'jsonl']).default('pretty'))
    .option('-q, --quiet', 'print only errors and the summary')
    .action(
      act(async (inputs: string[], o: Record<string, unknown>) => {
        const urlList = o.urlList as string[] | undefined;
        if (inputs.length === 0 && (urlList === undefined || urlList.length === 0)) {
          throw new SlantError('SLANT_USAGE', 'nothing to add: give files, directories, globs, - (stdin) or URLs');
        }
        return addCommand(ctx(), inputs, {
          side: o.side as string | undefined,
          outlet: o.outlet as string | undefined,
          tags: o.tag as string[] | undefined,
          urlList,
          output: o.format as 'pretty' | 'jsonl',
          quiet: o.quiet as boolean | undefined,
          maxBytes: o.maxBytes as number | undefined,
          allowPrivate: o.allowPrivate as boolean | undefined,
          fetchTimeoutMs: o.timeout as number | undefined,
          format: o.inputFormat as IngestOptions['format'],
          fields: {
            text: o.textField as string | undefined,
            title: o.titleField as string | undefined,
            date: o.dateField as string | undefined,
            outlet: o.outletField as string | undefined,
            side: o.sideField as string | undefined,
            url: o.urlField as string | undefined,
          },
        });
      }),
    );

  program
    .command('analyze')
    .description('analyze stored documents (all, or the given ids) and print their findings')
    .argument('[ids...]', 'document ids or unique prefixes (default: all matching the filters)')
    .option('--side <side>', 'only documents with this side')
    .option('--outlet <outlet>', 'only documents from this outlet')
    .option('--tag <tag>', 'only documents with this tag')
    .option('--force', 'analyze again even if nothing changed')
    .option('--min-confidence <n>', 'drop findings below this confidence (0–1)', confidence)
    .option('--detectors <ids>', 'run only these detectors (comma-separated)', list)
    .option('--skip <ids>', 'leave these detectors or readings out (comma-separated)', list)
    .option('--fast', 'rule detectors, terminology and side only: no POS tags, no trained model (many times faster)')
    .option('--side-model <file>', 'a side model from `slant train side` (default: slant-side-model.json.gz next to the database, when there is one)')
    .option('--pack <file>', 'a terminology pack of your own, YAML (repeatable; see slant packs validate)', collect)
    .addOption(formatOption(['pretty', 'json', 'jsonl', 'md'], 'pretty'))
    .action(act(async (ids: string[], o: Record<string, unknown>) => analyzeCommand(ctx(), ids, withPackFiles(o))));

  program
    .command('show')
    .description('show one document with its findings highlighted in the text')
    .argument('<id>', 'document id or unique prefix')
    .option('--min-confidence <n>', 'drop findings below this confidence (0–1)', confidence)
    .option('--detectors <ids>', 'run only these detectors (comma-separated)', list)
    .option('--skip <ids>', 'leave these detectors or readings out (comma-separated)', list)
    .option('--fast', 'rule detectors, terminology and side only: no POS tags, no trained model (many times faster)')
    .option('--side-model <file>', 'a side model from `slant train side` (default: slant-side-model.json.gz next to the database, when there is one)')
    .option('--pack <file>', 'a terminology pack of your own, YAML (repeatable; see slant packs validate)', collect)
    .addOption(formatOption(['pretty', 'json', 'md'], 'pretty'))
    .action(act(async (id: string, o: Record<string, unknown>) => showCommand(ctx(), id, withPackFiles(o))));

  program
    .command('list')
    .description('list stored documents')
    .option('--side <side>', 'only documents with this side')
    .option('--outlet <outlet>', 'only documents from this outlet')
    .option('--tag <tag>', 'only documents with this tag')
    .option('--limit <n>', 'at most this many', positiveInt)
    .addOption(formatOption(['pretty', 'json', 'jsonl', 'md'], 'pretty'))
    .action(act(async (o: Record<string, unknown>) => listCommand(ctx(), o)));

  program
    .command('search')
    .description('full-text search over stored documents (SQLite FTS5 syntax: words, "phrases", OR, NOT, prefix*)')
    .argument('<query...>', 'what to look for')
    .option('--side <side>', 'only documents with this side')
    .option('--limit <n>', 'at most this many matches (default 20)', positiveInt)
    .addOption(formatOption(['pretty', 'json', 'jsonl', 'md'], 'pretty'))
    .action(act(async (query: string[], o: Record<string, unknown>) => searchCommand(ctx(), query.join(' '), o)));

  program
    .command('compare')
    .description('compare groups: stored documents by side/outlet/tag, or two sets of files (down to two single articles)')
    .argument('[sets...]', 'two or more files/directories/globs, each one group (default: stored documents grouped by --by)')
    .addOption(new Option('--by <field>', 'group stored documents by').choices(['side', 'outlet', 'tag']).default('side'))
    .option('--top <n>', 'distinctive terms per group (default 25; the terminal view shows 15 unless given)', positiveInt)
    .option('--side <side>', 'compare only stored documents with this side')
    .option('--outlet <outlet>', 'compare only stored documents from this outlet')
    .option('--tag <tag>', 'compare only stored documents with this tag (one story of many, say)')
    .addOption(formatOption(['pretty', 'json', 'md', 'html', 'csv'], 'pretty'))
    .option('-o, --out <file>', 'write the report to this file instead of stdout (with --format csv: a directory, one CSV file per table)')
    .action(act(async (sets: string[], o: Record<string, unknown>) => compareCommand(ctx(), sets, o)));

  program
    .command('demo')
    .description('the main job on the bundled example corpus: ingest, analyze, compare the sides, write report.md and report.html')
    .option('--examples <dir>', 'corpus to use (default: the bundled examples)')
    .option('-o, --out <dir>', 'where to write report.md and report.html (default: current directory)')
    .action(act(async (o: Record<string, unknown>) => demoCommand(ctx(), o)));

  const packs = program.command('packs').description('conflict terminology packs: which side\'s usage a term is, and the neutral form');
  packs
    .command('list')
    .description('list the packs: id, title, sides and entry counts')
    .option('--pack <file>', 'include a pack of your own (repeatable)', collect)
    .addOption(formatOption(['pretty', 'json', 'md'], 'pretty'))
    .action(act(async (o: Record<string, unknown>) => packsListCommand(ctx(), o)));
  packs
    .command('show')
    .description('show one pack: sides, actors, and each concept\'s variants by side with the neutral form')
    .argument('<id>', 'pack id (see slant packs list)')
    .option('--pack <file>', 'include a pack of your own (repeatable)', collect)
    .addOption(formatOption(['pretty', 'json', 'md'], 'pretty'))
    .action(act(async (id: string, o: Record<string, unknown>) => packsShowCommand(ctx(), id, o)));
  packs
    .command('validate')
    .description('check pack files: one line per problem naming file and entry; exit 1 if any')
    .argument('<files...>', 'pack files (YAML)')
    .action(act(async (files: string[]) => packsValidateCommand(ctx(), files)));

  const wholeFrom = (min: number, max = Number.MAX_SAFE_INTEGER) => (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`expected a whole number from ${min}${max === Number.MAX_SAFE_INTEGER ? '' : ` to ${max}`}`);
    return n;
  };

  program
    .command('serve')
    .description('serve the HTTP API (described at /openapi.json) and the web UI if built, on 127.0.0.1 unless --host says otherwise')
    .option('--port <n>', 'port to listen on; 0 picks a free one (default 8484)', wholeFrom(0, 65535))
    .option('--host <address>', 'address to bind (default 127.0.0.1; anything else should come with a token)')
    .option('--token <token>', 'require Authorization: Bearer TOKEN on every /api route (default: $SLANT_TOKEN)')
    .option('--workers <n>', 'analysis threads; 0 analyzes on the server thread (default: one per core)', wholeFrom(0))
    .option('--max-body <size>', 'largest JSON or text body (default 5MB)', bytes)
    .option('--max-upload <size>', 'largest multipart upload (default 20MB)', bytes)
    .action(act(async (o: Record<string, unknown>) => serveCommand(ctx(), o)));

  const modelOption = (): Option =>
    new Option('--model <model>', 'technique model: the learned one when shipped (auto), the rule baseline, or the learned one only').choices([...TECHNIQUE_MODEL_CHOICES]).default('auto');
  const taskNames = PREDICT_TASKS.map((t) => t.name).join(', ');

  program
    .command('predict')
    .description('answer a JSONL file, one line per input line with the same id (the evaluation contract)')
    .argument('<task>', `what to predict: ${taskNames}`)
    .option('--in <file>', 'input JSONL (default: - for stdin)')
    .option('--out <file>', 'output JSONL (default: - for stdout)')
    .addOption(modelOption())
    .option('--threshold <n>', "keep spans and labels scored at least this (0–1; default: the model's own)", confidence)
    .option('--evidence', 'add the evidence (rule ids, cue phrases, features) to each span')
    .addHelpText('after', predictHelp())
    .action(act(async (task: string, o: Record<string, unknown>) => predictCommand(ctx(), task, o)));

  program
    .command('eval')
    .description('score a model or a predictions file with the official metrics, per technique')
    .argument('<task>', `what to score: ${taskNames}`)
    .option('--data <dir>', 'folder holding the datasets (default: $SLANT_DATASETS or ../shared/datasets)')
    .option('--gold <file>', "JSONL gold instead of the built-in training split: the task's input plus the gold answers")
    .option('--pred <file>', 'JSONL predictions (output of slant predict) instead of running a model')
    .addOption(modelOption())
    .option('--threshold <n>', "keep spans and labels scored at least this (0–1; default: the model's own)", confidence)
    .option('--ids <file>', 'score only the items (or articles) whose ids are listed, one per line: a held-out set')
    .option('--folds <n>', 'split by article into n folds (hash of the id) and report each fold with mean ± sd', positiveInt)
    .option('--fold <k>', 'with --folds, score only fold k (0-based)', (v: string) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number from 0');
      return n;
    })
    .addOption(formatOption([...EVAL_FORMATS], 'pretty'))
    .addHelpText('after', evalHelp())
    .action(act(async (task: string, o: Record<string, unknown>) => evalCommand(ctx(), task, o)));

  program
    .command('train')
    .description('train a model from your own labelled documents')
    .command('side')
    .description('learn the sides (or outlets, or tags) of the stored documents; writes a model file')
    .addOption(new Option('--by <field>', 'what to learn').choices(['side', 'outlet', 'tag']).default('side'))
    .option('--out <file>', 'where to write the model (default: slant-side-model.json.gz next to the database)')
    .addOption(formatOption(['pretty', 'json'], 'pretty'))
    .action(act(async (o: Record<string, unknown>) => trainSideCommand(ctx(), o)));

  return program;
}

/** Runs the CLI on `argv` (without the node and script entries) and returns the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  let code = 0;
  const program = createProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    return reportError(io, error);
  }
}

/** Prints an error that stopped a command and returns its exit code: the one translation point. */
export function reportError(io: Io, error: unknown): number {
  if (error instanceof SlantError) {
    io.err(`error: ${error.describe()} [${error.code}]\n`);
    return exitCodeFor(error.code);
  }
  const e = error as { code?: string; exitCode?: number; message?: string };
  if (typeof e.code === 'string' && e.code.startsWith('commander.')) {
    // commander has already printed its message (or help/version); keep its exit code, but a usage error is 2.
    return e.exitCode === 0 ? 0 : 2;
  }
  io.err(`internal error: ${e.message ?? String(error)}\n${error instanceof Error && error.stack ? error.stack : ''}\n`);
  return exitCodeFor('SLANT_INTERNAL');
}
