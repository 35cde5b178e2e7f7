// Copies compiled data (src/generated/*.json) next to the compiled code, and marks the CLI executable.
import { chmodSync, cpSync, mkdirSync } from 'node:fs';

mkdirSync('dist/generated', { recursive: true });
cpSync('src/generated', 'dist/generated', { recursive: true });
chmodSync('dist/cli/main.js', 0o755);
