/**
 * CLI start-up (issue 9, item 6), proved by structure rather than by timing: a fresh `node`
 * process runs the CLI as bin/netmedic.js does (the command's bundle dist/cli-<command>.js through
 * its code cache, made by `npm run build`) and reports which modules it loaded. `explain` and a `check` of a
 * refused loopback port never load the bot, the databases, the parsers, zod or undici once the
 * start-up cache is warm (explain on the shipped knowledge base not even on its first run: the
 * build compiled it); a changed knowledge file or a set configuration variable goes through the
 * full loader and validation again, with the same results.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as SnapshotModule from '../../src/knowledge/snapshot';
import { cacheDir } from '../../src/util/cache-dir';
import { packageRoot } from '../../src/util/paths';
import { closedPort } from '../support/servers';
import { scaled } from '../support/timing';

jest.setTimeout(scaled(60000));

const ROOT = packageRoot();
const CODE_CACHE = join(ROOT, 'dist', 'src', 'cli', 'code-cache.js');

/** Runs main(argv) in a new process; returns its exit code, output and loaded module paths. */
function runCli(argv: string[], env: Record<string, string>): { code: number; out: string; err: string; modules: string[] } {
  const script = `
    const { PassThrough } = require('node:stream');
    const out = new PassThrough(), err = new PassThrough(), stdin = new PassThrough();
    let o = '', e = '';
    out.on('data', (c) => (o += c)); err.on('data', (c) => (e += c));
    stdin.end();
    const argv = JSON.parse(process.argv[1]);
    require(${JSON.stringify(CODE_CACHE)}).cliFor(argv[0])
      .main(argv, { stdout: out, stderr: err, stdin, env: process.env })
      .then((code) => process.stdout.write(JSON.stringify({ code, out: o, err: e, modules: Object.keys(require.cache) })));
  `;
  const r = spawnSync(process.execPath, ['-e', script, JSON.stringify(argv)], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });
  if (r.status !== 0) throw new Error(`child exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as { code: number; out: string; err: string; modules: string[] };
}

/** Packages and modules a quick command must not load (as parts of a path). */
const HEAVY = [
  '/node_modules/discord.js/',
  '/node_modules/@discordjs/',
  '/node_modules/kysely/',
  '/node_modules/bullmq/',
  '/node_modules/ioredis/',
  '/node_modules/pg/',
  '/node_modules/better-sqlite3/',
  '/node_modules/pino/',
  '/node_modules/markdown-it/',
  '/node_modules/js-yaml/',
  '/node_modules/yaml/',
  '/node_modules/zod/',
  '/node_modules/undici/',
  '/node_modules/dotenv/',
  '/node_modules/gamedig/',
  '/node_modules/discord-api-types/',
  '/dist/src/knowledge/parse.js',
  '/dist/src/knowledge/load.js',
  '/dist/src/knowledge/translations.js',
  '/dist/src/config.js',
  '/dist/src/agents/',
  '/dist/src/store/',
  '/dist/src/discord/',
];

function heavyIn(modules: string[]): string[] {
  return HEAVY.filter((h) => modules.some((m) => m.includes(h)));
}

let scratch: string;
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), `netmedic-lazy-${process.pid}-`));
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

/** Modules of our own that the bundle holds: loaded from dist/src/, they would mean it was not used. */
function unbundledIn(modules: string[]): string[] {
  return ['/dist/src/cli/main.js', '/dist/src/matcher/match.js', '/dist/src/probe/check.js', '/dist/src/render/explain.js'].filter((p) => modules.some((m) => m.includes(p)));
}

test('explain: answers from the compiled knowledge base without the heavy modules, the same answer as the full loader', () => {
  const env = { NETMEDIC_CACHE_DIR: join(scratch, 'cache') };
  const first = runCli(['explain', '--json', 'connection refused'], env);
  const again = runCli(['explain', '--json', 'connection refused'], env);
  // NETMEDIC_CACHE_DIR=off: no start-up cache, the loader reads and checks every file.
  const full = runCli(['explain', '--json', 'connection refused'], { NETMEDIC_CACHE_DIR: 'off' });
  for (const r of [first, again, full]) expect(r.code).toBe(0);
  expect(first.out).toBe(full.out);
  expect(again.out).toBe(full.out);
  expect((JSON.parse(first.out) as { match: { id: string } }).match.id).toBe('connection-refused');
  expect(full.modules.some((m) => m.includes('/dist/src/knowledge/load.js'))).toBe(true);
  // The shipped knowledge base was compiled by the build: even the first run needs no loader.
  expect(heavyIn(first.modules)).toEqual([]);
  expect(heavyIn(again.modules)).toEqual([]);
  expect(first.modules.some((m) => m.endsWith('/dist/cli-explain.js'))).toBe(true);
  expect(unbundledIn(first.modules)).toEqual([]);
});

test('check of a refused loopback port: no heavy module once warm, and the same verdict', async () => {
  const port = await closedPort();
  const env = { NETMEDIC_CACHE_DIR: join(scratch, 'cache') };
  const args = ['check', '--json', '--allow-private', `127.0.0.1:${port}`];
  const cold = runCli(args, env);
  const warm = runCli(args, env);
  for (const r of [cold, warm]) {
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { verdict: string }).verdict).toBe('refused');
  }
  expect(cold.modules.some((m) => m.includes('/node_modules/zod/'))).toBe(true);
  expect(heavyIn(warm.modules)).toEqual([]);
  expect(unbundledIn(warm.modules)).toEqual([]);
  expect(warm.modules.some((m) => m.endsWith('/dist/cli-check.js'))).toBe(true);
  // The check bundle holds neither the matcher nor explain's code.
  expect(warm.modules.some((m) => m.endsWith('/dist/cli-explain.js'))).toBe(false);
});

test('a configuration variable that is set is validated as before (bad value: exit 2, the same message)', async () => {
  const port = await closedPort();
  const env = { NETMEDIC_CACHE_DIR: join(scratch, 'cache') };
  runCli(['check', '--allow-private', `127.0.0.1:${port}`], env); // warms the cache
  const bad = runCli(['check', '--allow-private', `127.0.0.1:${port}`], { ...env, PROBE_TCP_TIMEOUT_MS: 'soon' });
  expect(bad.code).toBe(2);
  expect(bad.err).toContain('netmedic: bad configuration:');
  expect(bad.err).toContain('PROBE_TCP_TIMEOUT_MS: expected a whole number; given: "soon"');
  // A set variable is never written to the cache.
  expect(readFileSync(join(scratch, 'cache', 'config.json'), 'utf8')).not.toContain('soon');
});

test('a changed knowledge file is loaded again; a broken one is refused as before', () => {
  const kb = join(scratch, 'knowledge');
  cpSync(join(ROOT, 'knowledge'), kb, { recursive: true });
  const env = { NETMEDIC_CACHE_DIR: join(scratch, 'cache') };
  const args = ['explain', '--json', '--kb', kb, 'connection refused'];
  runCli(args, env);
  const warm = runCli(args, env);
  expect(heavyIn(warm.modules)).toEqual([]);

  const file = join(kb, 'connection-refused.md');
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, original.replace(/^title: .*$/m, 'title: Refused (edited)'));
  const edited = runCli(args, env);
  expect((JSON.parse(edited.out) as { match: { title: string } }).match.title).toBe('Refused (edited)');
  expect(edited.modules.some((m) => m.includes('/dist/src/knowledge/parse.js'))).toBe(true);

  writeFileSync(file, original.replace(/^id: .*$/m, 'id: [not, an, id]'));
  const broken = runCli(args, env);
  expect(broken.code).toBe(1);
  expect(broken.err).toContain('the knowledge base has problems');
});

test('a changed translation: an English run stays on the compiled file, a run in that language sees the change; a broken one is refused there', () => {
  const kb = join(scratch, 'knowledge');
  cpSync(join(ROOT, 'knowledge'), kb, { recursive: true });
  const env = { NETMEDIC_CACHE_DIR: join(scratch, 'cache') };
  const english = ['explain', '--json', '--kb', kb, 'connection refused'];
  const french = ['explain', '--json', '--locale', 'fr', '--kb', kb, 'connection refused'];
  runCli(english, env);
  expect(heavyIn(runCli(french, env).modules)).toEqual([]);

  const file = join(kb, 'i18n', 'fr', 'connection-refused.md');
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, original.replace(/^title: .*$/m, 'title: "Refusée (modifiée)"'));
  const en = runCli(english, env);
  expect(heavyIn(en.modules)).toEqual([]);
  expect((JSON.parse(en.out) as { embed: { title: string } }).embed.title).toBe('Connection refused');
  const fr = runCli(french, env);
  expect((JSON.parse(fr.out) as { embed: { title: string } }).embed.title).toBe('Refusée (modifiée)');
  expect(fr.modules.some((m) => m.includes('/dist/src/knowledge/parse.js'))).toBe(true);
  // The reload wrote a new compiled file: the next French run is on the fast path again.
  const again = runCli(french, env);
  expect(heavyIn(again.modules)).toEqual([]);
  expect((JSON.parse(again.out) as { embed: { title: string } }).embed.title).toBe('Refusée (modifiée)');

  writeFileSync(file, original.replace(/^id: .*$/m, 'id: [not, an, id]'));
  const broken = runCli(french, env);
  expect(broken.code).toBe(1);
  expect(broken.err).toContain('the knowledge base has problems');
});

test('translations of a compiled knowledge base whose folder changed after an English start are read again when first used', async () => {
  const kb = join(scratch, 'knowledge');
  cpSync(join(ROOT, 'knowledge'), kb, { recursive: true });
  const env = { NETMEDIC_CACHE_DIR: join(scratch, 'cache') };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { loadKnowledgeBaseCached } = require(join(ROOT, 'dist', 'src', 'knowledge', 'snapshot.js')) as typeof SnapshotModule;
  expect('kb' in (await loadKnowledgeBaseCached(kb, env))).toBe(true); // writes the compiled file
  const file = join(kb, 'i18n', 'de', 'connection-refused.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: "Verweigert (geändert)"'));
  const loaded = await loadKnowledgeBaseCached(kb, env, { checkTranslations: false });
  if (!('kb' in loaded)) throw new Error('did not load');
  expect(loaded.from).toBe('snapshot');
  expect(loaded.kb.translations!.article('de', 'connection-refused')!.title).toBe('Verweigert (geändert)');
  expect(loaded.kb.translations!.article('fr', 'connection-refused')!.title).toBe('Connexion refusée');
  // Checked up front (the default), the changed folder means the files are read.
  const checked = await loadKnowledgeBaseCached(kb, env);
  expect('kb' in checked && checked.from).toBe('files');
  if ('kb' in checked) expect(checked.kb.translations!.article('de', 'connection-refused')!.title).toBe('Verweigert (geändert)');
});

test('the launcher keeps its code cache in the start-up cache folder (the rule of util/cache-dir.ts)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { codeCacheFolder } = require(CODE_CACHE) as { codeCacheFolder(env: Record<string, string | undefined>): string | null };
  const envs: Record<string, string | undefined>[] = [{}, { NETMEDIC_CACHE_DIR: 'off' }, { NETMEDIC_CACHE_DIR: join(scratch, 'c') }, { NETMEDIC_CACHE_DIR: '  ' }];
  for (const env of envs) {
    expect(codeCacheFolder(env)).toBe(cacheDir(env));
  }
});
