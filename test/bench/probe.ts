/**
 * Probe benchmark, loopback only. The targets run in a child process (so the figures measured
 * here are the checker's alone):
 *  (a) time to verdict for an open HTTP server and a refused port, runCheck beside curl (median);
 *  (b) a silent server (accepts, never answers) checked as HTTP gives up at the configured timeout;
 *  (c) 500 checks submitted at once through the check service against a mix of open, refused and
 *      silent targets: all answered, in-flight never above the cap, event-loop stalls, RSS growth.
 *
 * Run: `npx tsc -p tsconfig.build.json && node dist/test/bench/probe.js`
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { PerformanceObserver, monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { loadConfig } from '../../src/config';
import { checkOptionsFromConfig } from '../../src/check-options';
import { runCheck, type CheckOptions } from '../../src/probe/check';
import { createCheckService, isCheckRefusal } from '../../src/interaction/check-service';
import type { CheckResult, Protocol } from '../../src/probe/types';

const HOST = '127.0.0.1';
const RUNS = 21;
const HTTP_TIMEOUT_MS = 1000;
const BURST = 500;
const CAP = 16;

interface Targets {
  open: number;
  refused: number;
  silent: number;
  stop(): Promise<void>;
}

// In the child: an HTTP server that answers 200 at once, and a server that accepts and says nothing.
// The refused port is one the child bound and closed again, so nothing listens there.
const TARGETS_SCRIPT = `
const http = require('http');
const net = require('net');
const listen = (server) => new Promise((resolve) => server.listen(0, '${HOST}', () => resolve(server.address().port)));
(async () => {
  const open = http.createServer((req, res) => { res.setHeader('connection', 'close'); res.end('ok'); });
  const silentSockets = new Set();
  const silent = net.createServer((socket) => { silentSockets.add(socket); socket.on('error', () => {}); socket.on('close', () => silentSockets.delete(socket)); });
  const spare = net.createServer();
  const ports = { open: await listen(open), silent: await listen(silent), refused: await listen(spare) };
  spare.close();
  process.stdout.write(JSON.stringify(ports) + '\\n');
  process.stdin.resume();
  process.stdin.on('end', () => process.exit(0));
})();
`;

async function startTargets(): Promise<Targets> {
  const child: ChildProcess = spawn(process.execPath, ['-e', TARGETS_SCRIPT], { stdio: ['pipe', 'pipe', 'inherit'] });
  const ports = await new Promise<{ open: number; refused: number; silent: number }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('target servers did not start within 10 s')), 10_000);
    let buffered = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      buffered += d;
      if (buffered.includes('\n')) {
        clearTimeout(timer);
        resolve(JSON.parse(buffered.split('\n')[0]!) as { open: number; refused: number; silent: number });
      }
    });
    child.once('exit', (code) => reject(new Error(`target servers exited (${code})`)));
  });
  return {
    ...ports,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function curlSeconds(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    execFile(
      'curl',
      ['-s', '-o', '/dev/null', '--noproxy', '*', '-m', '5', '-w', '%{time_total}', url],
      { timeout: 10_000 },
      // curl exits 7 on a refused connection and still prints the time.
      (err, stdout) => {
        const seconds = Number(stdout.trim());
        if (stdout.trim() === '' || !Number.isFinite(seconds)) reject(err ?? new Error(`curl printed ${JSON.stringify(stdout)}`));
        else resolve(seconds);
      },
    );
  });
}

function curlAvailable(): Promise<boolean> {
  return new Promise((resolve) => execFile('curl', ['--version'], { timeout: 5000 }, (err) => resolve(!err)));
}

async function timeCheck(input: string, options: CheckOptions): Promise<{ ms: number; result: CheckResult }> {
  const started = performance.now();
  const result = await runCheck(input, options);
  return { ms: performance.now() - started, result };
}

/** Main thread's [ms on a CPU, ms waiting in the run queue] from /proc (Linux), or null. */
function mainThreadSchedule(): [number, number] | null {
  try {
    const [onCpu, waiting] = readFileSync(`/proc/${process.pid}/task/${process.pid}/schedstat`, 'utf8').trim().split(/\s+/).map(Number);
    return onCpu === undefined || waiting === undefined ? null : [onCpu / 1e6, waiting / 1e6];
  } catch {
    return null;
  }
}

interface Stall {
  lagMs: number;
  /** Main thread running (our code, GC) during the stall. */
  onCpuMs: number;
  /** Main thread ready but waiting for a core (the machine's other work). */
  runQueueMs: number;
}

/**
 * Event-loop stalls with what the main thread was doing meanwhile, to tell our own blocking code
 * (on CPU the whole time) from a machine busy with other work (waiting in the run queue).
 */
export function watchStalls(intervalMs = 5, thresholdMs = 20) {
  const stalls: Stall[] = [];
  let last = performance.now();
  let lastSchedule = mainThreadSchedule();
  const timer = setInterval(() => {
    const now = performance.now();
    const schedule = mainThreadSchedule();
    const lag = now - last - intervalMs;
    if (lag >= thresholdMs) {
      stalls.push({
        lagMs: lag,
        onCpuMs: schedule && lastSchedule ? schedule[0] - lastSchedule[0] : NaN,
        runQueueMs: schedule && lastSchedule ? schedule[1] - lastSchedule[1] : NaN,
      });
    }
    last = now;
    lastSchedule = schedule;
  }, intervalMs);
  return {
    stop: () => clearInterval(timer),
    stalls,
    /** The longest stall, or null. */
    longest: (): Stall | null => stalls.reduce<Stall | null>((a, b) => (a === null || b.lagMs > a.lagMs ? b : a), null),
    /** Longest time the main thread spent on a CPU within one stall (ms). */
    maxOnCpu: () => Math.max(0, ...stalls.map((x) => x.onCpuMs).filter(Number.isFinite)),
  };
}

const fmt = (n: number, digits = 2): string => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

interface BurstFigures {
  answered: number;
  refusedBusy: number;
  wrong: number;
  verdicts: Record<string, number>;
  maxInFlight: number;
  serviceMaxInFlight: number;
  wallMs: number;
  averageCheckMs: number;
  stallMaxMs: number;
  stallP99Ms: number;
  stalls: number;
  stallOnCpuMs: number;
  longestStall: Stall | null;
  gcMaxMs: number;
  gcCount: number;
  load: string;
  rssGrowthMb: number;
  rssPeakGrowthMb: number;
  heap: string;
}

/** BURST checks submitted at once through a fresh check service, open/refused/silent in turn. */
async function burst(options: CheckOptions, urls: { open: string; refused: string; silent: string }): Promise<BurstFigures> {
  let inFlight = 0;
  let maxInFlight = 0;
  const service = createCheckService({
    runCheck: async (input, protocol, onProgress) => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        return await runCheck(input, { ...options, protocol }, onProgress);
      } finally {
        inFlight -= 1;
      }
    },
    maxInFlight: CAP,
    maxQueue: BURST,
    userCooldownSeconds: 10,
    guildPerMinute: 100_000,
  });
  const kinds = ['open', 'refused', 'silent'] as const;
  const expected = { open: 'ok', refused: 'refused', silent: 'timeout' };

  if (global.gc) global.gc();
  const memBefore = process.memoryUsage();
  let rssPeak = memBefore.rss;
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  }, 50);
  // The histogram's values include its sampling interval: a stall is the value minus that.
  const resolution = 2;
  const loop = monitorEventLoopDelay({ resolution });
  loop.enable();
  const watch = watchStalls();
  const gcPauses: number[] = [];
  const gcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcPauses.push(entry.duration);
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  const loadBefore = loadavg()[0]!;
  const started = performance.now();
  const answers = await Promise.all(
    Array.from({ length: BURST }, (_, i) => {
      const kind = kinds[i % kinds.length]!;
      return service
        .run({ input: urls[kind], protocol: 'http', userId: `bench-user-${i}`, guildId: 'bench-guild' })
        .then((answer) => ({ kind, answer }));
    }),
  );
  const wallMs = performance.now() - started;
  loop.disable();
  watch.stop();
  gcObserver.disconnect();
  clearInterval(sampler);
  const memAfter = process.memoryUsage();
  rssPeak = Math.max(rssPeak, memAfter.rss);

  let refusedBusy = 0;
  let wrong = 0;
  const verdicts: Record<string, number> = {};
  for (const { kind, answer } of answers) {
    if (isCheckRefusal(answer)) {
      refusedBusy += 1;
      continue;
    }
    const key = `${kind} → ${answer.verdict}`;
    verdicts[key] = (verdicts[key] ?? 0) + 1;
    if (answer.verdict !== expected[kind]) wrong += 1;
  }
  const mb = (bytes: number) => bytes / 1024 / 1024;
  return {
    answered: answers.length,
    refusedBusy,
    wrong,
    verdicts,
    maxInFlight,
    serviceMaxInFlight: service.stats().maxInFlightSeen,
    wallMs,
    averageCheckMs: service.stats().averageCheckMs,
    stallMaxMs: Math.max(0, loop.max / 1e6 - resolution),
    stallP99Ms: Math.max(0, loop.percentile(99) / 1e6 - resolution),
    stalls: watch.stalls.length,
    stallOnCpuMs: watch.maxOnCpu(),
    longestStall: watch.longest(),
    gcMaxMs: Math.max(0, ...gcPauses),
    gcCount: gcPauses.length,
    load: `${fmt(loadBefore)} → ${fmt(loadavg()[0]!)}`,
    rssGrowthMb: mb(memAfter.rss - memBefore.rss),
    rssPeakGrowthMb: mb(rssPeak - memBefore.rss),
    heap: `${fmt(mb(memBefore.heapUsed), 1)} → ${fmt(mb(memAfter.heapUsed), 1)}`,
  };
}

export async function benchProbe(): Promise<void> {
  const config = loadConfig({ PROBE_ALLOW_PRIVATE: 'true', PROBE_HTTP_TIMEOUT_MS: String(HTTP_TIMEOUT_MS), LOG_LEVEL: 'silent' });
  // Loopback targets need the private ranges; no alternatives for (a) and (b): curl tries none either.
  const base = checkOptionsFromConfig(config, { alternativePorts: [] });
  const http = (o: CheckOptions, protocol: Protocol): CheckOptions => ({ ...o, protocol });
  const targets = await startTargets();
  const failures: string[] = [];
  try {
    const openUrl = `http://${HOST}:${targets.open}/`;
    const refusedUrl = `http://${HOST}:${targets.refused}/`;
    const silentUrl = `http://${HOST}:${targets.silent}/`;

    // (a) Time to verdict, warm (a few runs first so JIT and module loading are not measured).
    for (let i = 0; i < 3; i += 1) {
      await runCheck(openUrl, http(base, 'http'));
      await runCheck(refusedUrl, http(base, 'http'));
    }
    const openMs: number[] = [];
    const refusedMs: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const o = await timeCheck(openUrl, http(base, 'http'));
      if (o.result.verdict !== 'ok') failures.push(`open target gave ${o.result.verdict}: ${JSON.stringify(o.result.facts)}`);
      openMs.push(o.ms);
      const r = await timeCheck(refusedUrl, http(base, 'http'));
      if (r.result.verdict !== 'refused') failures.push(`refused target gave ${r.result.verdict}: ${JSON.stringify(r.result.facts)}`);
      refusedMs.push(r.ms);
    }
    const hasCurl = await curlAvailable();
    const curlOpen: number[] = [];
    const curlRefused: number[] = [];
    if (hasCurl) {
      for (let i = 0; i < RUNS; i += 1) {
        curlOpen.push((await curlSeconds(openUrl)) * 1000);
        curlRefused.push((await curlSeconds(refusedUrl)) * 1000);
      }
    }
    const withAlternatives = checkOptionsFromConfig(config, { protocol: 'http', alternativePorts: [targets.open] });
    const refusedAltMs: number[] = [];
    for (let i = 0; i < RUNS; i += 1) refusedAltMs.push((await timeCheck(refusedUrl, withAlternatives)).ms);

    console.log('\n## Probe: time to verdict on loopback (median of ' + RUNS + ' runs)');
    console.table({
      'open (HTTP 200)': { runCheck_ms: +fmt(median(openMs)), curl_ms: +fmt(median(curlOpen)), ratio: hasCurl ? +fmt(median(openMs) / median(curlOpen), 1) : 'no curl' },
      'refused': { runCheck_ms: +fmt(median(refusedMs)), curl_ms: +fmt(median(curlRefused)), ratio: hasCurl ? +fmt(median(refusedMs) / median(curlRefused), 1) : 'no curl' },
      'refused + 1 alternative port': { runCheck_ms: +fmt(median(refusedAltMs)), curl_ms: 'n/a', ratio: 'n/a' },
    });
    console.log('curl: time_total as curl reports it (excludes its process start); runCheck: wall time of the call in this process.');

    // (b) Silent target: gives up at the configured HTTP timeout.
    const silentRuns: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const s = await timeCheck(silentUrl, http(base, 'http'));
      if (s.result.verdict !== 'timeout') failures.push(`silent target gave ${s.result.verdict}: ${JSON.stringify(s.result.facts)}`);
      silentRuns.push(s.ms);
    }
    const silentMedian = median(silentRuns);
    console.log('\n## Probe: silent server (accepts, never answers), protocol http');
    console.table({
      'HTTP timeout': { configured_ms: HTTP_TIMEOUT_MS, measured_ms: +fmt(silentMedian, 0), over_ms: +fmt(silentMedian - HTTP_TIMEOUT_MS, 0) },
    });
    if (silentMedian < HTTP_TIMEOUT_MS - 20 || silentMedian > HTTP_TIMEOUT_MS + 500) {
      failures.push(`silent target answered after ${fmt(silentMedian, 0)} ms, configured ${HTTP_TIMEOUT_MS} ms`);
    }

    // (c) 500 at once through the service, twice: the second burst shows whether memory keeps growing.
    const urls = { open: openUrl, refused: refusedUrl, silent: silentUrl };
    const mixOptions = checkOptionsFromConfig(config, { alternativePorts: [targets.open] });
    const first = await burst(mixOptions, urls);
    const second = await burst(mixOptions, urls);
    const row = (f: (b: BurstFigures) => number | string, goal = '') => ({ 'first burst': f(first), 'second burst': f(second), goal });
    console.log(`\n## Probe: ${BURST} checks at once through the check service (cap ${CAP}, queue ${BURST}, HTTP timeout ${HTTP_TIMEOUT_MS} ms)`);
    console.table({
      answered: row((b) => b.answered, `${BURST}`),
      'refused busy': row((b) => b.refusedBusy, '0'),
      'unexpected verdicts': row((b) => b.wrong, '0'),
      'max in flight (observed)': row((b) => b.maxInFlight, `<= ${CAP}`),
      'max in flight (service stats)': row((b) => b.serviceMaxInFlight, `<= ${CAP}`),
      'wall time (ms)': row((b) => Math.round(b.wallMs)),
      'average check (ms)': row((b) => b.averageCheckMs),
      'event-loop stall max (ms)': row((b) => +fmt(b.stallMaxMs), '< 50'),
      'event-loop stall p99 (ms)': row((b) => +fmt(b.stallP99Ms)),
      'stalls >= 20 ms (count)': row((b) => b.stalls),
      '  longest: main thread on CPU (ms)': row((b) => (b.longestStall ? +fmt(b.longestStall.onCpuMs) : '-')),
      '  longest: main thread waiting for a core (ms)': row((b) => (b.longestStall ? +fmt(b.longestStall.runQueueMs) : '-')),
      '  longest: main thread asleep (ms)': row((b) => (b.longestStall ? +fmt(Math.max(0, b.longestStall.lagMs - b.longestStall.onCpuMs - b.longestStall.runQueueMs)) : '-')),
      '  most CPU in any stall (ms)': row((b) => +fmt(b.stallOnCpuMs), '< 50'),
      'GC pauses: count, longest (ms)': row((b) => `${b.gcCount}, ${fmt(b.gcMaxMs)}`),
      'machine load average (1 min)': row((b) => b.load, `${cpus().length} cores`),
      'RSS growth (MB)': row((b) => +fmt(b.rssGrowthMb, 1), '< 50'),
      'RSS growth at peak (MB)': row((b) => +fmt(b.rssPeakGrowthMb, 1)),
      'JS heap used, before → after (MB)': row((b) => b.heap),
    });
    console.table(first.verdicts);
    for (const [label, b] of [['first burst', first], ['second burst', second]] as const) {
      if (b.answered !== BURST) failures.push(`${label}: only ${b.answered} of ${BURST} answered`);
      if (b.refusedBusy > 0) failures.push(`${label}: ${b.refusedBusy} refused as busy with a queue of ${BURST}`);
      if (b.wrong > 0) failures.push(`${label}: ${b.wrong} unexpected verdicts: ${JSON.stringify(b.verdicts)}`);
      if (b.maxInFlight > CAP) failures.push(`${label}: ${b.maxInFlight} checks in flight, cap ${CAP}`);
      if (b.stallMaxMs >= 50) {
        // A stall spent waiting for a core is the machine's other work, not our code: warn only.
        const longest = b.longestStall;
        const waitedForCore = longest !== null && longest.runQueueMs >= longest.lagMs / 2 && b.stallOnCpuMs < 50;
        if (!waitedForCore) failures.push(`${label}: event loop stalled ${fmt(b.stallMaxMs)} ms`);
        else console.log(`warning (${label}): the event loop stalled ${fmt(b.stallMaxMs)} ms, ${fmt(longest.runQueueMs)} ms of it waiting for a core (load ${b.load}); at most ${fmt(b.stallOnCpuMs)} ms on CPU in any stall`);
      }
      if (b.rssGrowthMb >= 50) failures.push(`${label}: RSS grew ${fmt(b.rssGrowthMb, 1)} MB`);
    }
  } finally {
    await targets.stop();
  }
  if (failures.length > 0) {
    console.log('\nProbe benchmark: FAILED\n' + failures.map((f) => `  - ${f}`).join('\n'));
    process.exitCode = 1;
  } else {
    console.log('\nProbe benchmark: all goals met.');
  }
}

if (require.main === module) {
  benchProbe().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
