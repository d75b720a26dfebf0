/**
 * util.parseArgs for the quick commands (explain, check), without loading it for the argument
 * lists people usually type. Node's parseArgs is a module of its own whose functions are compiled
 * on first use: some 3 M instructions, a few percent of a `check` or `explain` start.
 *
 * Read here, to the same result: positionals, known long options (`--name`, `--name=value`,
 * `--name value`) and known one-letter short options on their own (`-h`, `-p value`). Anything
 * else goes to util.parseArgs, which gives its result or throws the error it always threw:
 * `--`, a lone `-`, grouped or unknown options, a value for a boolean, a missing value or one that
 * starts with `-`, and configurations with defaults, `multiple`, `tokens` or `strict: false`.
 * test/cli-startup/parse-args.test.ts compares both on generated argument lists.
 */
import type * as Util from 'node:util';

interface OptionConfig {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  default?: string | boolean | string[] | boolean[];
}

interface Config {
  args: string[];
  options: Record<string, OptionConfig>;
  allowPositionals?: boolean;
  strict?: boolean;
  tokens?: boolean;
}

type Values = Record<string, string | boolean>;

/** The usual lists, or null for util.parseArgs to read. */
function quickRead(config: Config): { values: Values; positionals: string[] } | null {
  if (config.strict === false || config.tokens || !config.allowPositionals) return null;
  const names = Object.keys(config.options);
  if (names.some((n) => config.options[n]!.multiple || config.options[n]!.default !== undefined)) return null;
  const values = Object.create(null) as Values;
  const positionals: string[] = [];
  const args = config.args;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    let name: string | undefined;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      if (eq >= 0) inline = arg.slice(eq + 1);
    } else if (arg.length === 2) {
      name = names.find((n) => config.options[n]!.short === arg[1]);
    }
    if (!name || !Object.prototype.hasOwnProperty.call(config.options, name)) return null;
    const option = config.options[name]!;
    if (option.type === 'boolean') {
      if (inline !== undefined) return null;
      values[name] = true;
    } else if (inline !== undefined) {
      values[name] = inline;
    } else {
      const next = args[i + 1];
      if (next === undefined || next.startsWith('-')) return null;
      values[name] = next;
      i++;
    }
  }
  return { values, positionals };
}

/** util.parseArgs's result for `config` (its error when it throws one). */
export const cliParseArgs = ((config: Config) =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  quickRead(config) ?? (require('node:util') as typeof Util).parseArgs(config)) as typeof Util.parseArgs;
