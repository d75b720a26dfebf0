/**
 * The quick commands read their arguments with cliParseArgs (src/cli/parse-args.ts), which reads
 * the usual lists itself and hands the rest to util.parseArgs: for any list, the same values and
 * positionals, or the same error.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { CHECK_OPTIONS } from '../../src/cli/commands/check';
import { EXPLAIN_OPTIONS } from '../../src/cli/commands/explain';
import { cliParseArgs } from '../../src/cli/parse-args';
import { packageRoot } from '../../src/util/paths';

// The commands' own option lists: the property holds for what they really read.
const CHECK = CHECK_OPTIONS;
const EXPLAIN = EXPLAIN_OPTIONS;

const WORDS = [
  '--json', '--json=1', '--batch', '--kb', '--kb=', '--kb=/tmp/k', '--locale', '--locale=de', 'de', '-h', '-hx', '-p', '-ptcp', '-p=tcp', '--protocol', '--protocol=tcp',
  'tcp', '--allow-private', '--help', '--from', 'all', '--', '-', '-5', '--unknown', '-x', 'x', 'connection refused', '127.0.0.1:80', '--constructor', '--__proto__', '',
];

function outcome(read: () => { values: object; positionals: string[] }): unknown {
  try {
    const { values, positionals } = read();
    return { values: { ...values }, proto: Object.getPrototypeOf(values), positionals };
  } catch (err) {
    return { error: (err as Error).message, code: (err as { code?: string }).code };
  }
}

describe('cliParseArgs reads as util.parseArgs', () => {
  for (const [name, options] of [['check', CHECK], ['explain', EXPLAIN]] as const) {
    test(`${name}'s options, any list of typical and odd arguments`, () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }), (args) => {
          const config = { args, options, allowPositionals: true };
          expect(outcome(() => cliParseArgs(config))).toEqual(outcome(() => parseArgs(config)));
        }),
        { numRuns: 4000 },
      );
    });
  }

  test('the usual lists are read without loading util.parseArgs', () => {
    const script = `
      const { cliParseArgs } = require(${JSON.stringify(join(packageRoot(), 'dist', 'src', 'cli', 'parse-args.js'))});
      const r = cliParseArgs({ args: ['--locale', 'de', '-h', '--kb=/k', 'connection refused'], options: ${JSON.stringify(EXPLAIN)}, allowPositionals: true });
      const loaded = process.moduleLoadList.some((m) => m.includes('parse_args'));
      process.stdout.write(JSON.stringify({ values: { ...r.values }, positionals: r.positionals, loaded }));
    `;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(JSON.parse(r.stdout)).toEqual({ values: { locale: 'de', help: true, kb: '/k' }, positionals: ['connection refused'], loaded: false });
  });
});
