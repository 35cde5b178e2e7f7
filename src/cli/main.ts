#!/usr/bin/env node
/** Entry point of the `slant` command. */
import { processIo } from './io.js';
import { run } from './program.js';

const code = await run(process.argv.slice(2), processIo());
process.exitCode = code;
