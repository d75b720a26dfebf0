#!/usr/bin/env node
/**
 * `npm run test:stress`: the test suite on a busy machine. Starts one CPU burner per core (a
 * node process spinning at full speed), runs `npm test` three times in a row while they burn,
 * stops them and reports each run: passed or not, how long it took, and whether jest warned
 * about a worker that would not exit (a leaked handle), naming the test files that left handles
 * open (test/leak-watch-environment.js). Exit code 0 only when every run passed
 * cleanly.
 *
 *   npm run test:stress                 # npm test × 3 (lint, type check, build, kb lint, jest)
 *   npm run test:stress -- --runs 1     # fewer runs
 *   npm run test:stress -- --jest-only  # only the jest part of npm test, each run
 *   npm run test:stress -- --jest-only -- test/e2e   # …with jest arguments
 *
 * Test limits are scaled for the load (test/support/timing.ts): the factor is at least
 * 1 + burners / cores (2 here), more if the load says so (jest.config.js); TEST_TIME_SCALE raises it.
 */
'use strict';
const { spawn } = require('node:child_process');
const os = require('node:os');
const { existsSync, readFileSync, rmSync } = require('node:fs');
const { join } = require('node:path');
const { parseArgs } = require('node:util');

const ROOT = join(__dirname, '..');
/** Messages that mean a run leaked something even if every test passed. */
const LEAK_SIGNS = [/failed to exit gracefully/i, /Jest did not exit/i, /open handles? potentially keeping Jest from exiting/i];

function startBurners(count) {
  const burners = [];
  for (let i = 0; i < count; i++) {
    burners.push(spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
  }
  return burners;
}

function stopBurners(burners) {
  for (const b of burners) if (b.exitCode === null && b.signalCode === null) b.kill('SIGKILL');
}

/** Runs one command, echoing its output; resolves with its exit code and what it printed. */
function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (stream, chunk) => {
      output += chunk.toString();
      stream.write(chunk);
    };
    child.stdout.on('data', (c) => keep(process.stdout, c));
    child.stderr.on('data', (c) => keep(process.stderr, c));
    child.on('close', (code, signal) => resolve({ code: code ?? 128, signal, output }));
  });
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(0)} s`;
}

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '3' }, 'jest-only': { type: 'boolean', default: false } } });
  if (positionals.length > 0 && !values['jest-only']) {
    console.error('test:stress: jest arguments (after --) need --jest-only');
    return 2;
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(`test:stress: --runs takes a whole number above 0, got "${values.runs}"`);
    return 2;
  }
  const cores = os.availableParallelism();
  const burnerCount = cores;
  // Each burner takes a core's worth of CPU from the suite.
  const floor = 1 + burnerCount / cores;
  const given = Number(process.env.TEST_TIME_SCALE);
  const scale = Number.isFinite(given) && given > floor ? given : floor;
  const env = { ...process.env, TEST_TIME_SCALE: String(scale) };
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const [command, args] = values['jest-only'] ? [process.execPath, [require.resolve('jest/bin/jest'), '--ci', ...positionals]] : [npm, ['test']];

  const burners = startBurners(burnerCount);
  const stop = () => stopBurners(burners);
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      stop();
      process.exit(130);
    });
  }
  console.log(`test:stress: ${burnerCount} CPU burners running on ${cores} cores; ${runs} × ${values['jest-only'] ? 'jest' : 'npm test'} with TEST_TIME_SCALE=${scale}`);

  const started = Date.now();
  const results = [];
  for (let i = 1; i <= runs; i++) {
    console.log(`\ntest:stress: run ${i} of ${runs} (load ${os.loadavg()[0].toFixed(1)})`);
    const t0 = Date.now();
    // Each test file that leaves a handle open is named here (test/leak-watch-environment.js).
    const leakReport = join(os.tmpdir(), `netmedic-stress-leaks-${process.pid}-${i}.txt`);
    rmSync(leakReport, { force: true });
    const r = await run(command, args, { ...env, LEAK_REPORT: leakReport });
    const leak = LEAK_SIGNS.find((re) => re.test(r.output));
    const leakers = existsSync(leakReport) ? readFileSync(leakReport, 'utf8').trim().split('\n') : [];
    rmSync(leakReport, { force: true });
    results.push({ run: i, code: r.code, ms: Date.now() - t0, leak: leak ? leak.source : leakers.length ? 'a test file left handles open' : null, leakers });
  }
  stop();

  const total = Date.now() - started;
  console.log('\ntest:stress: report');
  for (const r of results) {
    const verdict = r.code === 0 && !r.leak ? 'passed' : r.code !== 0 ? `FAILED (exit ${r.code})` : `passed, but jest reported a leak (${r.leak})`;
    console.log(`  run ${r.run}: ${verdict} in ${seconds(r.ms)}`);
    for (const line of r.leakers) console.log(`    left open: ${line}`);
  }
  const ok = results.every((r) => r.code === 0 && !r.leak);
  console.log(`  ${ok ? 'all runs passed' : 'NOT all runs passed'}; ${seconds(total)} in all with ${burnerCount} burners (load now ${os.loadavg()[0].toFixed(1)})`);
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
