/**
 * The quick commands write their answer straight to the descriptors (src/cli/fd-output.ts): the
 * whole answer arrives, in order, through a pipe that is read slowly; a reader that goes away
 * ends the process with status 0 and no error; and an explain run builds no stream object at all.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../src/util/paths';
import { closedPort } from '../support/servers';
import { scaled } from '../support/timing';

jest.setTimeout(scaled(60000));

const ROOT = packageRoot();
const BIN = join(ROOT, 'bin', 'netmedic.js');
const FD_OUTPUT = join(ROOT, 'dist', 'src', 'cli', 'fd-output.js');

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), `netmedic-fd-${process.pid}-`));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('a large answer arrives whole and in order through a pipe read slowly', async () => {
  const script = `
    const { fdOutput } = require(${JSON.stringify(FD_OUTPUT)});
    const out = fdOutput(1);
    for (let i = 0; i < 20000; i++) out.write('line ' + i + ' ' + 'x'.repeat(40) + '\\n');
  `;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks: Buffer[] = [];
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  // Read in small bites with pauses, so the pipe fills and the writer has to wait.
  child.stdout.on('data', (d: Buffer) => {
    chunks.push(d);
    child.stdout.pause();
    setTimeout(() => child.stdout.resume(), 1);
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(err).toBe('');
  expect(code).toBe(0);
  const lines = Buffer.concat(chunks).toString('utf8').split('\n').filter(Boolean);
  expect(lines).toHaveLength(20000);
  lines.forEach((l, i) => expect(l.startsWith(`line ${i} `)).toBe(true));
});

test('a reader that goes away ends explain --batch quietly with status 0', async () => {
  const input = join(scratch, 'batch.jsonl');
  writeFileSync(input, Array.from({ length: 3000 }, (_, i) => JSON.stringify({ text: `connect ECONNREFUSED 10.0.0.${i % 250}:443` })).join('\n') + '\n');
  const child = spawn(process.execPath, [BIN, 'explain', '--batch'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '' } });
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  child.stdout.once('data', () => child.stdout.destroy()); // like `| head -1`
  child.stdin.end(readFileSync(input));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(err).toBe('');
  expect(code).toBe(0);
});

test('isTTY is false for a pipe and a file', () => {
  const script = `
    const { fdOutput } = require(${JSON.stringify(FD_OUTPUT)});
    require('node:fs').writeSync(2, JSON.stringify({ out: fdOutput(1).isTTY }));
  `;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(JSON.parse(r.stderr)).toEqual({ out: false });
});

test('explain builds no stream: process.stdout is never created', () => {
  const preload = join(scratch, 'streams.js');
  writeFileSync(preload, `process.on('exit', () => require('node:fs').writeSync(2, JSON.stringify(process.moduleLoadList.filter((m) => m === 'NativeModule stream' || m === 'NativeModule net'))));`);
  const r = spawnSync(process.execPath, ['-r', preload, BIN, 'explain', 'connection refused'], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('Connection refused');
  expect(JSON.parse(r.stderr)).toEqual([]);
});

test('a refused check builds neither process.stdout nor process.stderr (net closing its socket does not)', async () => {
  const port = await closedPort();
  // The preload wraps Node's own getters before bin/netmedic.js wraps them: it sees each stream built.
  const preload = join(scratch, 'built.js');
  writeFileSync(
    preload,
    `const built = [];
    for (const name of ['stdout', 'stderr']) {
      const { get } = Object.getOwnPropertyDescriptor(process, name);
      Object.defineProperty(process, name, { configurable: true, enumerable: true, get() { if (!built.includes(name)) built.push(name); return get.call(process); } });
    }
    process.on('exit', () => require('node:fs').writeSync(2, JSON.stringify(built)));`,
  );
  const r = spawnSync(process.execPath, ['-r', preload, BIN, 'check', '--allow-private', `127.0.0.1:${port}`], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('refused');
  expect(JSON.parse(r.stderr)).toEqual([]);
});

test('process.stderr is still the real stream when code asks for it after a socket closed', () => {
  const script = `
    const net = require('node:net');
    const server = net.createServer((s) => s.destroy()).listen(0, '127.0.0.1', () => {
      const c = net.connect(server.address().port, '127.0.0.1');
      c.on('close', () => { server.close(); process.stderr.write(String(process.stderr === process.stderr && typeof process.stderr.write === 'function')); });
      c.on('error', () => {});
    });
  `;
  const launcherLike = join(scratch, 'launcher-like.js');
  // bin/netmedic.js's stream getters, then the script.
  const bin = readFileSync(BIN, 'utf8');
  writeFileSync(launcherLike, bin.slice(bin.indexOf('function askedBySocketDestroy'), bin.indexOf('const argv = ')) + script);
  const r = spawnSync(process.execPath, [launcherLike], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  expect(r.stderr).toBe('true');
});
