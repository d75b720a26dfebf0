import { ConfigError, loadConfig, loadDotEnv, type Config } from '../config';
import type { CliIo } from './types';

/** Load .env and the configuration; on bad configuration print one line per variable and return null. */
export function configOrExit(io: CliIo, overrides: Record<string, string> = {}): Config | null {
  if (io.env === process.env) loadDotEnv();
  try {
    return loadConfig({ ...io.env, ...overrides });
  } catch (err) {
    if (err instanceof ConfigError) {
      io.stderr.write('netmedic: bad configuration:\n' + err.lines.map((l) => '  ' + l).join('\n') + '\n');
      return null;
    }
    throw err;
  }
}
