/**
 * Hostile-server benchmark, loopback only: 16 checks at once against servers that try to make
 * the checker spend CPU — endless response headers, slow bodies (one byte at a time), and a
 * huge certificate (a TLS server whose certificate carries thousands of names). The servers run
 * in a child process, so the event loop measured here (perf_hooks monitorEventLoopDelay) is the
 * checker's alone. Prints the worst stall; the goal is < 50 ms.
 *
 * Run: `npx tsc -p tsconfig.build.json && node dist/test/bench/hostile.js`
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { generate } from 'selfsigned';
import { runCheck, type CheckOptions } from '../../src/probe/check';
import { policyFromConfig } from '../../src/check-options';
import { watchStalls } from './probe';
import { detailOf } from '../support/check-words';

const HOST = '127.0.0.1';
const CHECKS = 16;
const GOAL_MS = 50;

// In the child: the three hostile servers. The PEM for the TLS one comes in through the env.
const SERVERS_SCRIPT = `
const net = require('net');
const tls = require('tls');
const listen = (server) => new Promise((resolve) => server.listen(0, '${HOST}', () => resolve(server.address().port)));
const { key, cert } = JSON.parse(process.env.HOSTILE_PEM);
(async () => {
  const headers = net.createServer((socket) => {
    socket.on('error', () => {});
    socket.once('data', () => {
      socket.write('HTTP/1.1 200 OK\\r\\n');
      const block = Buffer.from(('X-Filler: ' + 'a'.repeat(50) + '\\r\\n').repeat(64));
      const pump = () => { while (!socket.destroyed && socket.write(block)); if (!socket.destroyed) socket.once('drain', pump); };
      pump();
    });
  });
  const slow = net.createServer((socket) => {
    socket.on('error', () => {});
    socket.once('data', () => {
      socket.write('HTTP/1.1 200 OK\\r\\ncontent-type: text/plain\\r\\ntransfer-encoding: chunked\\r\\n\\r\\n');
      const timer = setInterval(() => { if (socket.destroyed) clearInterval(timer); else socket.write('1\\r\\nx\\r\\n'); }, 20);
      socket.on('close', () => clearInterval(timer));
    });
  });
  const bigCert = tls.createServer({ key, cert }, (socket) => {
    socket.on('error', () => {});
    socket.once('data', () => socket.end('HTTP/1.1 200 OK\\r\\ncontent-length: 2\\r\\nconnection: close\\r\\n\\r\\nok'));
  });
  bigCert.on('tlsClientError', () => {});
  const ports = { headers: await listen(headers), slow: await listen(slow), bigCert: await listen(bigCert) };
  process.stdout.write(JSON.stringify(ports) + '\\n');
  process.stdin.resume();
  process.stdin.on('end', () => process.exit(0));
})();
`;

interface Ports {
  headers: number;
  slow: number;
  bigCert: number;
}

/** A certificate with `names` DNS names (a few tens of KiB). */
async function hugeCertificate(names: number): Promise<{ key: string; cert: string; bytes: number }> {
  const altNames = Array.from({ length: names }, (_, i) => ({ type: 2 as const, value: `host-${i}.a-rather-long-name.hostile.example` }));
  const out = await generate([{ name: 'commonName', value: 'hostile.example' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: [...altNames, { type: 7 as const, ip: HOST }] }],
  });
  return { key: out.private, cert: out.cert, bytes: out.cert.length };
}

async function startServers(pem: { key: string; cert: string }): Promise<{ ports: Ports; stop(): Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, ['-e', SERVERS_SCRIPT], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, HOSTILE_PEM: JSON.stringify(pem) },
  });
  const ports = await new Promise<Ports>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('hostile servers did not start within 10 s')), 10_000);
    let buffered = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      buffered += d;
      if (buffered.includes('\n')) {
        clearTimeout(timer);
        resolve(JSON.parse(buffered.split('\n')[0]!) as Ports);
      }
    });
    child.once('exit', (code) => reject(new Error(`hostile servers exited (${code})`)));
  });
  return {
    ports,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
  };
}

export async function benchHostile(): Promise<{ worstStallMs: number }> {
  const pem = await hugeCertificate(2000);
  const servers = await startServers(pem);
  const options: CheckOptions = {
    protocol: 'auto',
    policy: policyFromConfig({ PROBE_ALLOW_PRIVATE: true, PROBE_ALLOW_CIDRS: [] }),
    timeouts: { dnsMs: 1000, tcpMs: 2000, tlsMs: 3000, httpMs: 2000, deadlineMs: 6000 },
    maxBytes: 1024 * 1024,
    alternativePorts: [],
  };
  const p = servers.ports;
  const targets = Array.from({ length: CHECKS }, (_, i) => {
    const kinds = (process.env.HOSTILE_KINDS?.split(',') ?? ['headers', 'slow', 'bigCert']) as ('headers' | 'slow' | 'bigCert')[];
    const kind = kinds[i % kinds.length]!;
    return { kind, input: kind === 'bigCert' ? `https://${HOST}:${p.bigCert}/` : `http://${HOST}:${p[kind]}/` };
  });
  try {
    // Warm up once (module loading, first TLS context), outside the measurement.
    await Promise.all([runCheck(targets[0]!.input, options), runCheck(targets[2]!.input, options)]);
    const delay = monitorEventLoopDelay({ resolution: 1 });
    delay.enable();
    const watch = watchStalls();
    const started = performance.now();
    const results = await Promise.all(targets.map((t) => runCheck(t.input, options)));
    const wall = performance.now() - started;
    delay.disable();
    watch.stop();
    const worstStallMs = delay.max / 1e6;
    const onCpuMs = watch.maxOnCpu();
    const longest = watch.longest();
    const byKind = new Map<string, string[]>();
    results.forEach((r, i) => {
      const list = byKind.get(targets[i]!.kind) ?? [];
      const last = r.stages.at(-1);
      list.push(`${r.verdict}: ${last ? detailOf(last).slice(0, 70) : ''}`);
      byKind.set(targets[i]!.kind, list);
    });
    console.log(`${CHECKS} hostile checks at once (endless headers, slow bodies, a ${Math.round(pem.bytes / 1024)} KiB certificate with 2000 names) in ${Math.round(wall)} ms`);
    for (const [kind, lines] of byKind) console.log(`  ${kind} ×${lines.length}: ${[...new Set(lines)].join(' | ')}`);
    console.log(`  worst event-loop stall: ${worstStallMs.toFixed(1)} ms (p99 ${(delay.percentile(99) / 1e6).toFixed(1)} ms; goal < ${GOAL_MS} ms) ${worstStallMs < GOAL_MS ? 'OK' : 'over the goal'}`);
    if (longest) {
      // On a shared machine a stall is also time spent waiting for a core: /proc tells the two apart.
      console.log(
        `  longest stall seen by a 5 ms timer: ${longest.lagMs.toFixed(1)} ms, of which on a CPU ${longest.onCpuMs.toFixed(1)} ms and waiting for a core ${longest.runQueueMs.toFixed(1)} ms; ` +
          `most CPU time in any one stall: ${onCpuMs.toFixed(1)} ms ${onCpuMs < GOAL_MS ? '(our own blocking is under the goal)' : '(our own blocking is over the goal)'}`,
      );
    }
    return { worstStallMs };
  } finally {
    await servers.stop();
  }
}

if (require.main === module) {
  benchHostile().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
