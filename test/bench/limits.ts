/**
 * Limits that must hold in time — the timing checks that do not belong in jest (a busy machine
 * makes any wall-clock assertion there flaky). Each row: the configured limit, how long it
 * actually took, and whether that is within the goal (the limit plus a small allowance).
 *
 *  - the DNS stage gives up on a silent resolver at its timeout;
 *  - an HTTP stage aborted by the check deadline stops at once, not at its own long timeout;
 *  - runCheck honours its overall deadline when every stage limit is longer;
 *  - a refused port is reported at once;
 *  - "Could not reach Discord": a closed API port (the real CLI, from spawn to exit) and an API
 *    that accepts and never answers (the reachability question), both within 10 s.
 *
 * Run: `npm run bench -- limits` (or `node dist/test/bench/index.js limits` after a build).
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { discordUnreachable } from '../../src/discord/reach';
import { ProbeDeadlineError } from '../../src/probe/classify';
import { runCheck } from '../../src/probe/check';
import { resolveTarget } from '../../src/probe/dns';
import { httpStage } from '../../src/probe/http';
import { policyFromConfig } from '../../src/check-options';
import { tcpStage } from '../../src/probe/tcp';
import { packageRoot } from '../../src/util/paths';
import { startDnsServer } from '../support/dns-server';

interface Row {
  what: string;
  limitMs: number;
  tookMs: number;
  goalMs: number;
  ok: boolean;
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: Math.round(performance.now() - started), value };
}

function listen(server: net.Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)));
}

async function closedPort(): Promise<number> {
  const server = net.createServer();
  const port = await listen(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The built CLI from spawn to exit. */
function cliExit(args: string[], env: Record<string, string>): Promise<{ ms: number; code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(packageRoot(), 'bin', 'netmedic.js'), ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ ms: Math.round(performance.now() - started), code, stderr }));
  });
}

export async function benchLimits(): Promise<boolean> {
  const rows: Row[] = [];
  const row = (what: string, limitMs: number, tookMs: number, goalMs: number) => rows.push({ what, limitMs, tookMs, goalMs, ok: tookMs <= goalMs });

  // Silent things: a DNS server that never answers, a TCP server that accepts and never speaks.
  const dns = await startDnsServer({ 'silent.test': { silent: true } });
  const silentSockets = new Set<net.Socket>();
  const silent = net.createServer((s) => {
    silentSockets.add(s);
    s.on('error', () => undefined);
    s.on('close', () => silentSockets.delete(s));
  });
  const silentPort = await listen(silent);
  try {
    const d = await timed(() => resolveTarget('silent.test', { servers: dns.servers, timeoutMs: 150 }));
    row('DNS stage, silent resolver, timeout 150 ms', 150, d.ms, 150 + 250);

    const controller = new AbortController();
    setTimeout(() => controller.abort(new ProbeDeadlineError(150)), 150);
    const h = await timed(() =>
      httpStage({ address: { address: '127.0.0.1', family: 4 }, port: silentPort, host: 'x.test', isIp: false, tls: false, path: '/', maxBytes: 65536, timeoutMs: 60_000, detectTls: false, signal: controller.signal }),
    );
    row('HTTP stage (60 s limit) aborted by the deadline at 150 ms', 150, h.ms, 150 + 250);

    const policy = policyFromConfig({ PROBE_ALLOW_PRIVATE: true, PROBE_ALLOW_CIDRS: [] });
    const c = await timed(() =>
      runCheck(`http://127.0.0.1:${silentPort}/`, { protocol: 'auto', policy, timeouts: { dnsMs: 5000, tcpMs: 5000, tlsMs: 5000, httpMs: 10_000, deadlineMs: 600 }, maxBytes: 65536, alternativePorts: [] }),
    );
    row('runCheck overall deadline 600 ms (stage limits 5–10 s)', 600, c.ms, 600 + 300);

    const refused = await closedPort();
    const r = await timed(() => tcpStage([{ address: '127.0.0.1', family: 4 }], refused, { timeoutMs: 5000 }));
    row('refused port (TCP limit 5 s)', 5000, r.ms, 100);

    const cli = await cliExit(['start'], { DISCORD_TOKEN: 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.bench.not-a-real-token', DISCORD_API_BASE: `http://127.0.0.1:${await closedPort()}/api` });
    if (!cli.stderr.includes('Could not reach Discord')) console.log(`warning: unexpected start output (exit ${cli.code}): ${cli.stderr.trim()}`);
    row('netmedic start, closed API port: "Could not reach Discord", spawn to exit', 10_000, cli.ms, 10_000);

    const u = await timed(() => discordUnreachable(`http://127.0.0.1:${silentPort}/api`));
    if (!u.value) console.log('warning: a silent API counted as reachable');
    row('reachability question, API accepts and never answers', 8000, u.ms, 10_000);
  } finally {
    for (const s of silentSockets) s.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
    await dns.close();
  }

  console.log('\n## Limits hold in time');
  console.log('| What | Limit | Took | Goal |');
  console.log('| --- | --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.what} | ${r.limitMs} ms | ${r.tookMs} ms | ≤ ${r.goalMs} ms ${r.ok ? '✓' : '✗ MISSED'} |`);
  const ok = rows.every((r) => r.ok);
  console.log(ok ? '\nLimits: all goals met.' : '\nLimits: some goals missed (a loaded machine adds waiting for a core; compare with the load).');
  return ok;
}
