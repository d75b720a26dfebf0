/**
 * Start-up goal (issue 9, item 6): `netmedic check` on a refused loopback port and
 * `netmedic explain "connection refused"` as whole processes, each beside `node -e 0`.
 * Paired and alternating (node, netmedic, node, netmedic, …) so that a machine whose load changes
 * during the run weighs on both sides alike; the figure is the median of the pairs' ratios, with
 * the medians of wall-clock and CPU time (user + system, from /usr/bin/time when present), the best
 * pair's ratio, and the machine's load average (on a shared machine the ratio moves with it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_ALTERNATIVE_PORTS } from '../../src/probe/alternatives';
import { packageRoot } from '../../src/util/paths';

const ROOT = packageRoot();
/** BENCH_BIN measures another build of the CLI (e.g. the merge base's) with the same method. */
const BIN = process.env.BENCH_BIN ?? join(ROOT, 'bin', 'netmedic.js');
const TIME = '/usr/bin/time';
/** The floor under `check`: Node, net and the same connects, nothing of netmedic (startup-floor.ts). */
const FLOOR = join(__dirname, 'startup-floor.js');

export interface Sample {
  wallMs: number;
  /** User + system CPU of the child, or null without /usr/bin/time. */
  cpuMs: number | null;
}

/** One whole-process run of `node ARGS` (exit status must be 0). */
export function runOnce(args: readonly string[]): Sample {
  const withTime = existsSync(TIME);
  const file = withTime ? TIME : process.execPath;
  const argv = withTime ? ['-f', 'cpu %U %S', process.execPath, ...args] : [...args];
  const started = process.hrtime.bigint();
  const r = spawnSync(file, argv, { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const m = /cpu (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)\s*$/.exec(r.stderr ?? '');
  return { wallMs, cpuMs: m ? (Number(m[1]) + Number(m[2])) * 1000 : null };
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** A loopback port nothing listens on: bound by us for a moment, then released. */
async function refusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface PairedResult {
  label: string;
  runs: number;
  node_wall_ms: number;
  cli_wall_ms: number;
  wall_ratio: number;
  /** The smallest pair ratio: the least disturbed pair on a shared machine. */
  wall_ratio_best: number;
  node_cpu_ms: number | null;
  cli_cpu_ms: number | null;
  cpu_ratio: number | null;
}

/** `runs` pairs, alternating which side goes first; one warm-up of each side first (page cache). */
export function paired(label: string, args: readonly string[], runs: number): PairedResult {
  runOnce(['-e', '0']);
  runOnce(args);
  const node: Sample[] = [];
  const cli: Sample[] = [];
  const ratios: number[] = [];
  const cpuRatios: number[] = [];
  for (let i = 0; i < runs; i++) {
    let a: Sample;
    let b: Sample;
    if (i % 2 === 0) {
      a = runOnce(['-e', '0']);
      b = runOnce(args);
    } else {
      b = runOnce(args);
      a = runOnce(['-e', '0']);
    }
    node.push(a);
    cli.push(b);
    ratios.push(b.wallMs / a.wallMs);
    if (a.cpuMs && b.cpuMs !== null) cpuRatios.push(b.cpuMs / a.cpuMs);
  }
  const cpu = (s: Sample[]) => (s.every((x) => x.cpuMs !== null) ? +median(s.map((x) => x.cpuMs!)).toFixed(0) : null);
  return {
    label,
    runs,
    node_wall_ms: +median(node.map((s) => s.wallMs)).toFixed(1),
    cli_wall_ms: +median(cli.map((s) => s.wallMs)).toFixed(1),
    wall_ratio: +median(ratios).toFixed(2),
    wall_ratio_best: +Math.min(...ratios).toFixed(2),
    node_cpu_ms: cpu(node),
    cli_cpu_ms: cpu(cli),
    cpu_ratio: cpuRatios.length === runs ? +median(cpuRatios).toFixed(2) : null,
  };
}

export async function benchStartup(runs = 9): Promise<PairedResult[]> {
  const port = await refusedPort();
  const connects = [port, ...DEFAULT_ALTERNATIVE_PORTS.filter((p) => p !== port)].map(String);
  const rows = [
    paired(`netmedic check --allow-private 127.0.0.1:${port} (refused)`, [BIN, 'check', '--allow-private', `127.0.0.1:${port}`], runs),
    paired(`floor of check: node + net + a timer + the same ${connects.length} connects, nothing of netmedic`, [FLOOR, '127.0.0.1', ...connects], runs),
    paired('netmedic explain "connection refused"', [BIN, 'explain', 'connection refused'], runs),
  ];
  const [check, floor] = [rows[0]!, rows[1]!];
  console.log(`\n## Start-up beside node -e 0 (whole process, ${runs} alternating pairs; goal: ratio ≤ 1.5)`);
  console.table(Object.fromEntries(rows.map(({ label, ...rest }) => [label, rest])));
  for (const r of rows) console.log(`${r.label}: ${r.wall_ratio}× node -e 0 (wall, median of ${r.runs} pairs; best pair ${r.wall_ratio_best}×), ${r.cpu_ratio ?? 'n/a'}× (CPU)`);
  // What the goal leaves for netmedic's own work in check, once Node has done the probing itself.
  const budgetMs = 1.5 * check.node_wall_ms - floor.cli_wall_ms;
  console.log(
    `check's own work (check − floor): ${(check.cli_wall_ms - floor.cli_wall_ms).toFixed(1)} ms; the goal leaves ${budgetMs.toFixed(1)} ms for it (1.5 × node -e 0 − floor)`,
  );
  console.log(`load average: ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${availableParallelism()} cores`);
  return rows;
}

if (require.main === module) {
  benchStartup().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
