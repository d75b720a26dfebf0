/**
 * How bin/netmedic.js starts the CLI: the quick commands (explain, check) from their bundles
 * (dist/cli-<command>.js, see bundle.ts) with a V8 code cache, the way Node 22's
 * module.enableCompileCache does for every module (Node 20 has no such switch); every other
 * command, or a build without bundles, from dist/src/cli/main.js as compiled by tsc.
 *
 * The first run of a command compiles its bundle as usual and, at exit, stores V8's code for
 * every function it compiled; later runs hand the stored code to V8 and skip parsing and
 * compiling. One cache file per command, in the start-up cache folder (the rule of
 * util/cache-dir.ts, repeated here so that the launcher loads no other module of ours;
 * test/cli-startup checks that both agree). NETMEDIC_CACHE_DIR=off disables it.
 *
 * V8 itself rejects a cache made by another V8 version or other flags; the file is used only for
 * the same bundle (size and modification time), Node version and architecture. The cache is
 * only an optimisation: one that cannot be read or written is ignored.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import type { CliIo } from './types';

/**
 * The commands bundled on their own (bundle.ts builds one file per command): types.ts's
 * QUICK_COMMANDS, repeated here so that the launcher loads no other module of ours (a test
 * keeps the two equal).
 */
export const BUNDLED_COMMANDS: readonly string[] = ['explain', 'check'];

/** dist/, seen from this module (dist/src/cli/). */
const DIST = join(__dirname, '..', '..');

/** The bundle of `command` in a build's dist/ folder. */
export function bundlePath(command: string, dist: string = DIST): string {
  return join(dist, `cli-${command}.js`);
}

/** The start-up cache folder: util/cache-dir.ts's rule (package root = dist/'s parent). */
export function codeCacheFolder(env: Record<string, string | undefined> = process.env): string | null {
  const set = env.NETMEDIC_CACHE_DIR?.trim();
  if (set === 'off') return null;
  return set ? set : join(DIST, '..', 'node_modules', '.cache', 'netmedic');
}

interface ModuleInternals {
  wrap(source: string): string;
  _nodeModulePaths(dir: string): string[];
}

/** The cache file's first line: what it was made for. */
function cacheKey(file: string): string {
  const s = statSync(file);
  return JSON.stringify(['netmedic-code-cache/1', process.version, process.arch, s.size, s.mtimeMs]);
}

function readCache(path: string, key: string): Buffer | undefined {
  try {
    const buf = readFileSync(path);
    const nl = buf.indexOf(10);
    return nl > 0 && buf.toString('utf8', 0, nl) === key ? buf.subarray(nl + 1) : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(path: string, key: string, data: Buffer): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.concat([Buffer.from(key + '\n', 'utf8'), data]));
    renameSync(tmp, path);
  } catch {
    // Read-only install or full disk: the next run compiles again.
  }
}

/** A file-name-safe name for the cache of `command`. */
function cacheName(command: string | undefined): string {
  const name = command && /^[a-z][a-z-]{0,30}$/.test(command) ? command : 'other';
  return `code-${name}.bin`;
}

/**
 * Load `file` (a CommonJS module) as `require` would, registered in require.cache, compiling it
 * with the code cache of `command` when there is one. Returns the module's exports.
 */
export function requireWithCodeCache(file: string, command: string | undefined, env: Record<string, string | undefined> = process.env): unknown {
  const folder = codeCacheFolder(env);
  const source = readFileSync(file, 'utf8');
  const key = folder ? cacheKey(file) : '';
  const cachePath = folder ? join(folder, cacheName(command)) : null;
  const cachedData = cachePath ? readCache(cachePath, key) : undefined;
  const internals = Module as unknown as ModuleInternals;
  const script = new Script(internals.wrap(source), { filename: file, cachedData });
  if (cachePath && (!cachedData || script.cachedDataRejected)) {
    process.once('exit', () => writeCache(cachePath, key, script.createCachedData()));
  }
  const mod = new Module(file);
  mod.filename = file;
  mod.paths = internals._nodeModulePaths(dirname(file));
  const req = createRequire(file);
  req.cache[file] = mod;
  const wrapper = script.runInThisContext({ displayErrors: true }) as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  wrapper.call(mod.exports, mod.exports, req, mod, file, dirname(file));
  mod.loaded = true;
  return mod.exports;
}

/** What bin/netmedic.js runs: main.ts's `main`, from the command's bundle when there is one. */
export function cliFor(command: string | undefined, env: Record<string, string | undefined> = process.env): { main(argv: string[], io?: CliIo): Promise<number> } {
  if (command && BUNDLED_COMMANDS.includes(command)) {
    const file = bundlePath(command);
    if (existsSync(file)) return requireWithCodeCache(file, command, env) as { main(argv: string[], io?: CliIo): Promise<number> };
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./main') as { main(argv: string[], io?: CliIo): Promise<number> };
}
