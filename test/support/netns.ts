/**
 * Throwaway Linux network namespaces for tests that need a real firewall between the probe and a
 * server. A namespace created here has only its own loopback interface: nothing run inside it can
 * reach any other network, which is what makes it safe to point the real probe at it.
 *
 * Names are `nm-fw-<pid>-<n>`, so parallel runs never collide; every namespace is deleted by
 * `destroy()`, and anything a test forgot is deleted when the process exits.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { once } from 'node:events';
import { scaled } from './timing';

const PREFIX = 'nm-fw-';
const live = new Set<Netns>();
let counter = 0;
let exitHookInstalled = false;

export interface ExecResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall time in ms. */
  ms: number;
}

export interface ExecOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Kill the command after this long (default 30 s). */
  timeoutMs?: number;
}

function commandWorks(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { stdio: 'ignore', timeout: scaled(10_000) });
  return r.error === undefined && r.status === 0;
}

/**
 * Whether namespaces with iptables can be used here, decided synchronously so a test file can pick
 * `describe` or `describe.skip` at load time. On CI as root with the tools installed this never
 * says no: if namespace creation then fails, the tests fail rather than hide it.
 */
export function netnsSupport(): { ok: true } | { ok: false; reason: string } {
  if (process.platform !== 'linux') return { ok: false, reason: `network namespaces need Linux (this is ${process.platform})` };
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    return { ok: false, reason: 'network namespaces and iptables need root (run as root, as CI does)' };
  }
  if (!commandWorks('ip', ['-V'])) return { ok: false, reason: '`ip` (iproute2) is not installed: apt-get install -y iproute2' };
  if (!commandWorks('iptables', ['--version'])) return { ok: false, reason: '`iptables` is not installed: apt-get install -y iptables' };
  if (process.env.CI) return { ok: true };
  // Root in a container without CAP_SYS_ADMIN/CAP_NET_ADMIN cannot create namespaces: find out now.
  const name = `${PREFIX}${process.pid}-probe`;
  const add = spawnSync('ip', ['netns', 'add', name], { encoding: 'utf8', timeout: scaled(10_000) });
  if (add.status !== 0) return { ok: false, reason: `cannot create a network namespace: ${(add.stderr || String(add.error)).trim()}` };
  const rules = spawnSync('ip', ['netns', 'exec', name, 'iptables', '-S'], { encoding: 'utf8', timeout: scaled(10_000) });
  spawnSync('ip', ['netns', 'del', name], { stdio: 'ignore', timeout: scaled(10_000) });
  if (rules.status !== 0) return { ok: false, reason: `iptables does not work inside a namespace: ${(rules.stderr || String(rules.error)).trim()}` };
  return { ok: true };
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Delete namespaces left behind by earlier runs whose process is gone (never a live run's). */
export function deleteStaleNamespaces(): string[] {
  const dir = '/run/netns';
  if (!existsSync(dir)) return [];
  const deleted: string[] = [];
  for (const name of readdirSync(dir)) {
    const match = /^nm-fw-(\d+)-/.exec(name);
    if (!match || pidAlive(Number(match[1]))) continue;
    if (spawnSync('ip', ['netns', 'del', name], { stdio: 'ignore', timeout: scaled(10_000) }).status === 0) deleted.push(name);
  }
  return deleted;
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const ns of live) ns.destroySync();
  });
}

function run(cmd: string, args: string[], options: ExecOptions = {}): Promise<ExecResult> {
  const started = performance.now();
  const child = spawn(cmd, args, {
    cwd: options.cwd,
    env: options.env ? { ...process.env, ...options.env } : process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), scaled(options.timeoutMs ?? 30_000));
  return new Promise((resolve, reject) => {
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Math.round(performance.now() - started) });
    });
  });
}

async function must(cmd: string, args: string[]): Promise<ExecResult> {
  const r = await run(cmd, args, { timeoutMs: 15_000 });
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.code}): ${r.stderr.trim()}`);
  return r;
}

/** A TCP listener running inside a namespace (a child process). */
export interface NsServer {
  host: string;
  ports: number[];
  close(): Promise<void>;
}

// Listens on every port given, answers any request with a tiny HTTP 200, prints "ready".
const SERVER_SCRIPT = `
const net = require('net');
const [host, ...ports] = process.argv.slice(1);
let pending = ports.length;
for (const port of ports) {
  const server = net.createServer((socket) => {
    socket.on('error', () => {});
    socket.once('data', () => socket.end('HTTP/1.1 200 OK\\r\\ncontent-length: 2\\r\\nconnection: close\\r\\n\\r\\nok'));
  });
  server.listen(Number(port), host, () => { if (--pending === 0) process.stdout.write('ready\\n'); });
}
`;

// Binds a UDP socket on every port given, answers A2S_INFO (Source query) with a minimal info
// packet, prints "ready". For the UDP firewall verdicts.
const UDP_A2S_SCRIPT = `
const dgram = require('dgram');
const [host, ...ports] = process.argv.slice(1);
let pending = ports.length;
const str = (s) => Buffer.from(s + '\\0');
const info = Buffer.concat([Buffer.from([0xff, 0xff, 0xff, 0xff, 0x49, 17]), str('ns server'), str('de_ns'), str('cs'), str('CS'), Buffer.from([0, 0, 2, 16, 0, 0x64, 0x6c, 0, 0]), str('1.0')]);
for (const port of ports) {
  const socket = dgram.createSocket('udp4');
  socket.on('message', (msg, rinfo) => { if (msg[4] === 0x54) socket.send(info, rinfo.port, rinfo.address); });
  socket.bind(Number(port), host, () => { if (--pending === 0) process.stdout.write('ready\\n'); });
}
`;

// Connects to each HOST:PORT, prints {"PORT": "connected" | errno | "timeout"} as JSON.
const CONNECT_SCRIPT = `
const net = require('net');
const [host, timeoutMs, ...ports] = process.argv.slice(1);
const out = {};
let pending = ports.length;
for (const port of ports) {
  const socket = net.connect(Number(port), host);
  const finish = (what) => { if (port in out) return; out[port] = what; socket.destroy(); if (--pending === 0) console.log(JSON.stringify(out)); };
  socket.setTimeout(Number(timeoutMs), () => finish('timeout'));
  socket.once('connect', () => finish('connected'));
  socket.once('error', (err) => finish(err.code || String(err)));
}
`;

export class Netns {
  private readonly children = new Set<ChildProcess>();
  private destroyed = false;

  private constructor(readonly name: string) {}

  /** Create a namespace with its loopback up (127.0.0.0/8 and ::1 usable inside). */
  static async create(): Promise<Netns> {
    installExitHook();
    counter += 1;
    const ns = new Netns(`${PREFIX}${process.pid}-${counter}`);
    await must('ip', ['netns', 'add', ns.name]);
    live.add(ns);
    try {
      await must('ip', ['-n', ns.name, 'link', 'set', 'lo', 'up']);
    } catch (err) {
      await ns.destroy();
      throw err;
    }
    return ns;
  }

  /** Run a command inside the namespace and collect its output (never throws on exit status). */
  exec(cmd: string, args: string[], options: ExecOptions = {}): Promise<ExecResult> {
    if (this.destroyed) throw new Error(`namespace ${this.name} was destroyed`);
    return run('ip', ['netns', 'exec', this.name, cmd, ...args], options);
  }

  /** Add one iptables rule inside the namespace, e.g. ['-A', 'INPUT', '-p', 'tcp', …]. */
  async iptables(rule: string[]): Promise<void> {
    const r = await this.exec('iptables', ['-w', '5', ...rule], { timeoutMs: 15_000 });
    if (r.code !== 0) throw new Error(`iptables ${rule.join(' ')} in ${this.name} failed: ${r.stderr.trim()}`);
  }

  /** Start a TCP listener (answers HTTP 200 to anything) on host:port for each port, inside the namespace. */
  listen(host: string, ports: number[]): Promise<NsServer> {
    return this.serve(SERVER_SCRIPT, host, ports);
  }

  /** Start a UDP Source server (answers A2S_INFO) on host:port for each port, inside the namespace. */
  listenUdpA2s(host: string, ports: number[]): Promise<NsServer> {
    return this.serve(UDP_A2S_SCRIPT, host, ports);
  }

  private async serve(script: string, host: string, ports: number[]): Promise<NsServer> {
    const child = spawn('ip', ['netns', 'exec', this.name, process.execPath, '-e', script, host, ...ports.map(String)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.children.add(child);
    child.once('exit', () => this.children.delete(child));
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    await new Promise<void>((resolve, reject) => {
      const limit = scaled(10_000);
      const timer = setTimeout(() => reject(new Error(`listener in ${this.name} not ready after ${limit} ms: ${stderr.trim()}`)), limit);
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        if (d.includes('ready')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`listener in ${this.name} exited (${code}): ${stderr.trim()}`));
      });
    });
    return {
      host,
      ports,
      close: async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGKILL');
        // 'close': the process is gone and its pipes too.
        await once(child, 'close');
      },
    };
  }

  /** Start a long-running process inside the namespace (killed by destroy(), or by the test). */
  spawn(cmd: string, args: string[], options: { env?: Record<string, string | undefined>; cwd?: string } = {}): ChildProcess {
    if (this.destroyed) throw new Error(`namespace ${this.name} was destroyed`);
    const child = spawn('ip', ['netns', 'exec', this.name, cmd, ...args], {
      cwd: options.cwd,
      env: options.env ? { ...process.env, ...options.env } : process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.children.add(child);
    child.once('exit', () => this.children.delete(child));
    return child;
  }

  /** Run `ip …` inside the namespace; throws on failure. */
  async ip(args: string[]): Promise<void> {
    await must('ip', ['-n', this.name, ...args]);
  }

  /**
   * A veth pair from this namespace to `peer` (another namespace, or null for the machine's own
   * namespace), each end up with the given address/prefix. Deleting either namespace deletes the
   * pair. `tag` (≤ 4 characters) keeps the interface names unique and short.
   */
  async link(peer: Netns | null, tag: string, here: string, there: string): Promise<{ here: string; there: string }> {
    const base = `nm${process.pid % 100000}${tag}`;
    const names = { here: `${base}a`, there: `${base}b` };
    await must('ip', ['link', 'add', names.here, 'netns', this.name, 'type', 'veth', 'peer', 'name', names.there, ...(peer ? ['netns', peer.name] : [])]);
    await this.ip(['addr', 'add', here, 'dev', names.here]);
    await this.ip(['link', 'set', names.here, 'up']);
    if (peer) {
      await peer.ip(['addr', 'add', there, 'dev', names.there]);
      await peer.ip(['link', 'set', names.there, 'up']);
    } else {
      await must('ip', ['addr', 'add', there, 'dev', names.there]);
      await must('ip', ['link', 'set', names.there, 'up']);
    }
    return names;
  }

  /** Plain net.connect from inside the namespace: what the kernel answers, port by port. */
  async connectAll(host: string, ports: number[], timeoutMs: number): Promise<Record<string, string>> {
    const r = await this.exec(process.execPath, ['-e', CONNECT_SCRIPT, host, String(timeoutMs), ...ports.map(String)], {
      timeoutMs: timeoutMs + 10_000,
    });
    if (r.code !== 0) throw new Error(`connect script failed (exit ${r.code}): ${r.stderr.trim()}`);
    return JSON.parse(r.stdout) as Record<string, string>;
  }

  /** Kill what was started inside and delete the namespace. Safe to call twice. */
  async destroy(): Promise<void> {
    if (this.destroyed) return;
    this.destroyed = true;
    for (const child of [...this.children]) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await once(child, 'close');
      }
    }
    await run('ip', ['netns', 'del', this.name], { timeoutMs: 15_000 });
    live.delete(this);
  }

  /** For the exit hook: no promises. */
  destroySync(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    for (const child of this.children) child.kill('SIGKILL');
    spawnSync('ip', ['netns', 'del', this.name], { stdio: 'ignore', timeout: scaled(10_000) });
    live.delete(this);
  }
}

/** Namespaces of this process not yet destroyed (for assertions that cleanup happened). */
export function liveNamespaces(): string[] {
  return [...live].map((ns) => ns.name);
}
