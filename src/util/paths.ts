import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

let cached: string | null = null;

/** The package root (the folder holding package.json), whether running from src/ or dist/. */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) || dir.endsWith('dist')) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('netmedic: cannot find package.json above ' + __dirname);
    dir = parent;
  }
  cached = dir;
  return dir;
}

export function packageVersion(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(join(packageRoot(), 'package.json')) as { version: string }).version;
}
