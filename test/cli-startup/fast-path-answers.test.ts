/**
 * The start-up path answers exactly as the full one: the knowledge base served from a compiled
 * file (sections and index fields parsed lazily, patterns one by one) gives the same match for
 * every text of the tuning corpus as the knowledge base the loader parses and indexes itself —
 * in process, and through the real CLI bundle (`explain --batch`, as bin/netmedic.js runs it).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledgeBaseSync } from '../../src/knowledge/load';
import { defaultKnowledgeDir, loadKnowledgeBaseCached } from '../../src/knowledge/snapshot';
import type { KnowledgeBase } from '../../src/knowledge/types';
import type * as CodeTablesModule from '../../src/matcher/code-tables';
import { DEFERRED_CODE_TABLES, storedTables, type StoredTables } from '../../src/matcher/derived-tables';
import { cliDataPath, precompiledEnglish } from '../../src/cli/bundle';
import { match } from '../../src/matcher/match';
import { packageRoot } from '../../src/util/paths';
import { scaled } from '../support/timing';

jest.setTimeout(scaled(120000));

const ROOT = packageRoot();
const CORPUS = join(ROOT, 'test', 'matcher', 'corpus-tuning.jsonl');

interface Line {
  id: string;
  text: string;
}

const lines: Line[] = readFileSync(CORPUS, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Line);

let scratch: string;
let full: KnowledgeBase;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), `netmedic-fastpath-${process.pid}-`));
  const r = loadKnowledgeBaseSync(defaultKnowledgeDir(), { compiled: false });
  if (!('kb' in r)) throw new Error(`the shipped knowledge base does not load: ${JSON.stringify(r.problems)}`);
  full = r.kb;
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('the corpus has texts to compare', () => {
  expect(lines.length).toBeGreaterThan(100);
});

test('a knowledge base from a compiled file matches every tuning text as the parsed one, and has the same translations', async () => {
  const env = { NETMEDIC_CACHE_DIR: join(scratch, 'cache') };
  const first = await loadKnowledgeBaseCached(defaultKnowledgeDir(), env);
  expect('kb' in first && first.from).toBe('files'); // writes the compiled file into the cache folder
  const fast = await loadKnowledgeBaseCached(defaultKnowledgeDir(), env);
  if (!('kb' in fast)) throw new Error('no knowledge base');
  expect(fast.from).toBe('snapshot');
  for (const { id, text } of lines) expect({ id, result: match(text, fast.kb) }).toEqual({ id, result: match(text, full) });
  expect(fast.kb.articles).toEqual(full.articles);
  expect(fast.kb.faqs).toEqual(full.faqs);
  const t = full.translations!;
  const ft = fast.kb.translations!;
  expect(ft.locales()).toEqual(t.locales());
  for (const locale of t.locales()) {
    expect(ft.articleIds(locale)).toEqual(t.articleIds(locale));
    expect(ft.faqIds(locale)).toEqual(t.faqIds(locale));
    for (const id of t.articleIds(locale)) expect(ft.article(locale, id)).toEqual(t.article(locale, id));
    for (const id of t.faqIds(locale)) expect(ft.faq(locale, id)).toEqual(t.faq(locale, id));
  }
});

test('the CLI bundle (explain --batch) answers every tuning text as the full matcher does', () => {
  const input = lines.map((l) => JSON.stringify({ id: l.id, text: l.text })).join('\n') + '\n';
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'netmedic.js'), 'explain', '--batch'], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NETMEDIC_CACHE_DIR: join(scratch, 'cli-cache') },
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const got = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; match: string | null; confidence: number });
  const want = lines.map(({ id, text }) => {
    const m = match(text, full);
    return { id, match: m.match?.id ?? null, confidence: m.match?.confidence ?? m.alternatives[0]?.confidence ?? 0 };
  });
  expect(got).toEqual(want);
});

test('the bundles read the matcher tables and the English catalogue as this build made them (dist/cli-data), and are ASCII', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { deriveTables } = require('../../src/matcher/code-tables') as typeof CodeTablesModule;
  const text = (name: string) => readFileSync(cliDataPath(name, join(ROOT, 'dist')), 'latin1');
  const stored = JSON.parse(text('derived-tables.json')) as StoredTables;
  expect(stored).toEqual(JSON.parse(JSON.stringify(storedTables(deriveTables()))));
  // The deferred tables are stored as JSON texts of the derived entries.
  for (const key of DEFERRED_CODE_TABLES) expect(JSON.parse(stored.code[key] as string)).toEqual(JSON.parse(JSON.stringify(deriveTables().code[key])));
  // The English catalogue's entries, parsed by this checkout's sources (dist/src as compiled now).
  expect(text('catalogue-en.txt')).toBe(precompiledEnglish(join(ROOT, 'dist')));
  for (const file of [join('dist', 'cli-explain.js'), join('dist', 'cli-check.js'), join('dist', 'cli-data', 'derived-tables.json'), join('dist', 'cli-data', 'catalogue-en.txt')]) {
    const bytes = readFileSync(join(ROOT, file));
    expect({ file, ascii: bytes.every((b) => b < 0x80) }).toEqual({ file, ascii: true });
  }
});

test('without its data files a bundle computes the data itself and answers the same', () => {
  // A copy of the installed package without dist/cli-data/.
  const copy = join(scratch, 'package');
  for (const part of ['package.json', 'bin', 'dist', 'knowledge', join('src', 'render', 'locales')]) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  rmSync(join(copy, 'dist', 'cli-data'), { recursive: true, force: true });
  const run = (root: string) =>
    spawnSync(process.execPath, [join(root, 'bin', 'netmedic.js'), 'explain', '--json', 'getaddrinfo ENOTFOUND panel.example', 'нет соединения'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NETMEDIC_CACHE_DIR: join(scratch, `cache-${root === ROOT ? 'a' : 'b'}`) } });
  const original = run(ROOT);
  const without = run(copy);
  expect(without.status).toBe(0);
  expect(without.stderr).toBe('');
  expect(JSON.parse(without.stdout)).toEqual(JSON.parse(original.stdout));
});
