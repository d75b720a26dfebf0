import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type * as ConfigModule from '../config';
import type { Config } from '../config';
import { loadDotEnv } from '../env-file';
import { cacheDir } from '../util/cache-dir';
import type { CliIo } from './types';

/**
 * Validating the configuration loads zod, which costs more than a CLI check of a refused port.
 * When the environment sets no configuration variable at all, the result depends only on the
 * command's own overrides (`--allow-private`), so it is kept in the start-up cache: the variable
 * names and one validated result per overrides, under the stamp of the compiled config module.
 * Only the command's own constants are ever written there (never a value from the environment).
 */
interface ConfigSnapshot {
  stamp: string;
  names: string[];
  byOverrides: Record<string, Config>;
}

function configModule(): typeof ConfigModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../config') as typeof ConfigModule;
}

/**
 * The compiled config module's file (this module may run bundled, cli/bundle.ts, where __dirname
 * is still dist/src/cli). Its file name, not require.resolve: resolving makes Node load its ES
 * module resolver (four internal modules) at every CLI start.
 */
function configPath(): string {
  // config.js beside this compiled module, config.ts beside this source (tests).
  return join(__dirname, '..', `config${extname(__filename)}`);
}

function configStamp(): string {
  const s = statSync(configPath());
  return `${s.size}:${s.mtimeMs}`;
}

function readSnapshot(file: string, stamp: string): ConfigSnapshot | null {
  try {
    const s = JSON.parse(readFileSync(file, 'utf8')) as ConfigSnapshot;
    return s.stamp === stamp && Array.isArray(s.names) && s.byOverrides && typeof s.byOverrides === 'object' ? s : null;
  } catch {
    return null;
  }
}

function writeSnapshot(folder: string, file: string, s: ConfigSnapshot): void {
  try {
    mkdirSync(folder, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(s));
    renameSync(tmp, file);
  } catch {
    // The cache is an optimisation only.
  }
}

/** Is any configuration variable set (non-blank, as loadConfig counts them) in `env`? */
function setsAny(env: Record<string, string | undefined>, names: readonly string[]): boolean {
  return names.some((n) => {
    const v = env[n];
    return v !== undefined && v.trim() !== '';
  });
}

/** loadConfig({...env, ...overrides}), answered from the start-up cache when env sets no variable. */
function loadConfigCached(env: Record<string, string | undefined>, overrides: Record<string, string>): Config {
  const folder = cacheDir(env);
  if (!folder) return configModule().loadConfig({ ...env, ...overrides });
  const file = join(folder, 'config.json');
  const key = JSON.stringify(Object.entries(overrides).sort(([a], [b]) => (a < b ? -1 : 1)));
  const stamp = configStamp();
  const snapshot = readSnapshot(file, stamp);
  if (snapshot && !setsAny(env, snapshot.names) && snapshot.byOverrides[key]) return snapshot.byOverrides[key];

  const { configSchema, loadConfig } = configModule();
  const config = loadConfig({ ...env, ...overrides });
  const names = Object.keys(configSchema.shape);
  if (!setsAny(env, names)) {
    const byOverrides = snapshot && snapshot.names.join() === names.join() ? snapshot.byOverrides : {};
    writeSnapshot(folder, file, { stamp, names, byOverrides: { ...byOverrides, [key]: config } });
  }
  return config;
}

/** Load .env and the configuration; on bad configuration print one line per variable and return null. */
export function configOrExit(io: CliIo, overrides: Record<string, string> = {}): Config | null {
  if (io.env === process.env) loadDotEnv();
  try {
    return loadConfigCached(io.env, overrides);
  } catch (err) {
    if (err instanceof configModule().ConfigError) {
      const lines = (err as InstanceType<typeof ConfigModule.ConfigError>).lines;
      io.stderr.write('netmedic: bad configuration:\n' + lines.map((l) => '  ' + l).join('\n') + '\n');
      return null;
    }
    throw err;
  }
}
