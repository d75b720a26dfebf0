/**
 * CLI start-up: `netmedic --help`, `netmedic explain …` and `netmedic kb list` beside a bare
 * `node -e 0` (the baseline), median of several runs each, as wall time of the whole process.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from '../../src/util/paths';

const ROOT = packageRoot();
const BIN = join(ROOT, 'bin', 'netmedic.js');

function medianMs(args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore', env: { PATH: process.env.PATH ?? '' } });
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export async function benchCli(runs = 9): Promise<void> {
  const baseline = medianMs(['-e', '0'], runs);
  const rows: Record<string, { median_ms: number; ratio_to_node: number }> = { 'node -e 0': { median_ms: +baseline.toFixed(1), ratio_to_node: 1 } };
  for (const [label, args] of [
    ['netmedic --help', [BIN, '--help']],
    ['netmedic explain ECONNREFUSED', [BIN, 'explain', 'ECONNREFUSED']],
    ['netmedic kb list', [BIN, 'kb', 'list']],
  ] as const) {
    const ms = medianMs([...args], runs);
    rows[label] = { median_ms: +ms.toFixed(1), ratio_to_node: +(ms / baseline).toFixed(2) };
  }
  console.log('\n## CLI start-up (whole process, median of ' + runs + ')');
  console.table(rows);
}

if (require.main === module) {
  benchCli().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
