import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExpandError, expandInputs, isUrlInput } from './expand.js';

let root = '';

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'slant-expand-'));
  const files: Record<string, string> = {
    'corpus/b.txt': 'b',
    'corpus/a.md': 'a',
    'corpus/C.html': 'c',
    'corpus/README.md': 'about this folder',
    'corpus/LICENSE': 'licence text',
    'corpus/notes': 'no extension',
    'corpus/photo.png': 'not text',
    'corpus/sub/z.json': '{}',
    'corpus/sub/deeper/y.csv': 'text\n',
    'corpus/.hidden.txt': 'hidden',
    'corpus/.git/config.txt': 'hidden dir',
    'corpus/node_modules/pkg/readme.txt': 'dependency',
    'images/one.png': 'x',
    'empty/.keep': '',
    '.dotfile.txt': 'hidden but named',
  };
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), content);
  }
  await symlink(join(root, 'corpus'), join(root, 'corpus', 'sub', 'loop'));
  await symlink(join(root, 'corpus', 'b.txt'), join(root, 'corpus', 'sub', 'link-to-b.txt'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Expands and renders each item relative to the temp root: a path, or `! CODE source`. */
async function expand(...inputs: string[]): Promise<string[]> {
  const out: string[] = [];
  for await (const item of expandInputs(inputs.map((input) => (input === '-' || isUrlInput(input) ? input : join(root, input))))) {
    if (typeof item === 'string') out.push(item === '-' || isUrlInput(item) ? item : relative(root, item));
    else out.push(`! ${(item as ExpandError).error.code} ${relative(root, item.source)}`);
  }
  return out;
}

describe('expandInputs', () => {
  it('walks a directory recursively in code-unit order, skipping hidden entries, node_modules, symlinked directories, README/LICENSE and unknown extensions', async () => {
    expect(await expand('corpus')).toEqual([
      'corpus/C.html',
      'corpus/a.md',
      'corpus/b.txt',
      'corpus/notes',
      'corpus/sub/deeper/y.csv',
      'corpus/sub/link-to-b.txt',
      'corpus/sub/z.json',
    ]);
  });

  it('yields an explicitly named file whatever its name, and only once', async () => {
    expect(await expand('.dotfile.txt', 'corpus/photo.png', 'corpus/README.md', 'corpus/b.txt', 'corpus/b.txt')).toEqual([
      '.dotfile.txt',
      'corpus/photo.png',
      'corpus/README.md',
      'corpus/b.txt',
    ]);
  });

  it('does not repeat a file reached through a directory and by name', async () => {
    const items = await expand('corpus/a.md', 'corpus');
    expect(items.filter((item) => item === 'corpus/a.md')).toHaveLength(1);
    expect(items).toHaveLength(7);
  });

  it('expands globs, sorted, without hidden files, node_modules or symbolic links', async () => {
    expect(await expand('corpus/**/*.txt')).toEqual(['corpus/b.txt']);
    // A glob is the user's own selection: a README it matches is read.
    expect(await expand('corpus/*.{md,html}')).toEqual(['corpus/C.html', 'corpus/README.md', 'corpus/a.md']);
  });

  it('passes stdin and URLs through in order', async () => {
    expect(await expand('-', 'https://a.example/x', 'corpus/a.md', 'ftp://b.example/y')).toEqual(['-', 'https://a.example/x', 'corpus/a.md', 'ftp://b.example/y']);
  });

  it.each([
    ['a missing path', 'missing.txt', '! SLANT_INPUT_UNREADABLE missing.txt'],
    ['a glob that matches nothing', 'corpus/*.nothing', '! SLANT_INPUT_UNREADABLE corpus/*.nothing'],
    ['a glob under a missing directory', 'nowhere/**/*.txt', '! SLANT_INPUT_UNREADABLE nowhere/**/*.txt'],
    ['a directory with only hidden files', 'empty', '! SLANT_INPUT_EMPTY empty'],
    ['a directory with only unreadable kinds of files', 'images', '! SLANT_INPUT_EMPTY images'],
  ])('yields an error for %s and goes on', async (_name, input, expected) => {
    expect(await expand(input, 'corpus/a.md')).toEqual([expected, 'corpus/a.md']);
  });

  it('says why a directory gave nothing', async () => {
    const messages: string[] = [];
    for await (const item of expandInputs([join(root, 'images'), join(root, 'empty')])) if (typeof item !== 'string') messages.push(item.error.message);
    expect(messages[0]).toMatch(/^directory has only 1 file\(s\) of kinds slant does not read/);
    expect(messages[1]).toMatch(/^directory has no files \(hidden files and node_modules are skipped\)/);
  });

  it('streams a large directory: items arrive one at a time', async () => {
    const big = join(root, 'big');
    await mkdir(big);
    await Promise.all(Array.from({ length: 2000 }, (_, i) => writeFile(join(big, `f${String(i).padStart(4, '0')}.txt`), `${i}`)));
    const iterator = expandInputs([big])[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(first.value).toBe(join(big, 'f0000.txt'));
    await iterator.return?.(undefined);
    let count = 0;
    for await (const item of expandInputs([big])) if (typeof item === 'string') count += 1;
    expect(count).toBe(2000);
  });
});

describe('isUrlInput', () => {
  it.each([
    ['https://a.example', true],
    ['HTTP://A.EXAMPLE', true],
    ['ftp://a.example', true],
    ['file:///etc/passwd', true],
    ['C:\\docs\\a.txt', false],
    ['docs/https://x', false],
    ['-', false],
  ])('%s → %s', (input, expected) => {
    expect(isUrlInput(input)).toBe(expected);
  });
});
