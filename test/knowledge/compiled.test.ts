/**
 * The compiled knowledge base (src/knowledge/compiled.ts): the same knowledge base as parsing,
 * used only when its key matches the files, and never when they changed or the file is damaged.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCompiled } from '../../src/knowledge/compiled';
import { compileKnowledgeBase, defaultKnowledgeDir, knowledgeFilesKey, loadKnowledgeBase, loadKnowledgeBaseSync, readKnowledgeFilesSync } from '../../src/knowledge/load';
import { localized, localizedFaq } from '../../src/knowledge/i18n';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { match } from '../../src/matcher/match';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), `netmedic-compiled-${process.pid}-`));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function kbOf(r: ReturnType<typeof loadKnowledgeBaseSync>): KnowledgeBase {
  if (!('kb' in r)) throw new Error(`does not load: ${JSON.stringify(r.problems)}`);
  return r.kb;
}

function keyOf(dir: string): string {
  return knowledgeFilesKey(readKnowledgeFilesSync(dir));
}

const TEXTS = [
  'Error: connect ECONNREFUSED 127.0.0.1:5432',
  'curl: (28) Failed to connect to tv.example.net port 25461 after 130012 ms: Couldn\'t connect to server',
  'ssh: connect to host 10.0.0.2 port 22: Verbindungsaufbau abgelehnt',
  'Неизвестное имя или служба',
  'how do I add a playlist in tivimate',
  'x509: certificate has expired or is not yet valid',
];

describe('compiled knowledge base', () => {
  it('loads the same articles, FAQ and answers as parsing, from the compiled file', async () => {
    const dir = defaultKnowledgeDir();
    const out = join(work, 'shipped.json');
    expect(compileKnowledgeBase(dir, out).problems).toEqual([]);
    // The file is used: its key matches the files as they are.
    expect(readCompiled(out, keyOf(dir))).not.toBeNull();
    const parsed = kbOf(loadKnowledgeBaseSync(dir, { compiled: false }));
    const compiled = kbOf(loadKnowledgeBaseSync(dir, { compiled: out }));
    const compiledAsync = kbOf(await loadKnowledgeBase(dir, { compiled: out }));
    expect(compiled.articles).toEqual(parsed.articles);
    expect(compiled.faqs).toEqual(parsed.faqs);
    expect(compiledAsync.articles).toEqual(parsed.articles);
    for (const t of TEXTS) expect(match(t, compiled)).toEqual(match(t, parsed));
    // Translations are not in the compiled file: they are built from the files on first use.
    for (const [id, locale] of [['connection-refused', 'de'], ['dns-failure', 'es-419'], ['flush-dns', 'ru']] as const) {
      const viaCompiled = id === 'flush-dns' ? localizedFaq(compiled, id, locale) : localized(compiled, id, locale);
      const viaParse = id === 'flush-dns' ? localizedFaq(parsed, id, locale) : localized(parsed, id, locale);
      expect(viaCompiled).toEqual(viaParse);
      expect(viaCompiled?.title).not.toBe(id === 'flush-dns' ? parsed.faq(id)!.title : parsed.article(id)!.title);
    }
  });

  it('is ignored once a knowledge file changes: the change is loaded', () => {
    const dir = join(work, 'knowledge');
    cpSync(defaultKnowledgeDir(), dir, { recursive: true });
    const out = join(work, 'copy.json');
    expect(compileKnowledgeBase(dir, out).problems).toEqual([]);
    const before = keyOf(dir);
    const file = join(dir, 'connection-refused.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('phrases:\n', "phrases:\n  - 'zorblax quintessence refused'\n"));
    expect(keyOf(dir)).not.toBe(before);
    expect(readCompiled(out, keyOf(dir))).toBeNull();
    const kb = kbOf(loadKnowledgeBaseSync(dir, { compiled: out }));
    expect(kb.article('connection-refused')!.phrases).toContain('zorblax quintessence refused');
    expect(match('zorblax quintessence refused', kb).match?.id).toBe('connection-refused');
  });

  it('falls back to parsing when the compiled file is missing, damaged or of another shape', () => {
    const dir = defaultKnowledgeDir();
    const parsed = kbOf(loadKnowledgeBaseSync(dir, { compiled: false }));
    const key = keyOf(dir);
    const damaged = join(work, 'damaged.json');
    writeFileSync(damaged, `{"key":${JSON.stringify(key)},"articles":[{"id":`);
    const wrongShape = join(work, 'shape.json');
    writeFileSync(wrongShape, JSON.stringify({ key, articles: [{ id: 'x' }], faqs: [], index: { patterns: [], anchors: [] } }));
    for (const path of [join(work, 'missing.json'), damaged, wrongShape]) {
      expect(readCompiled(path, key)).toBeNull();
      const kb = kbOf(loadKnowledgeBaseSync(dir, { compiled: path }));
      expect(kb.articles).toEqual(parsed.articles);
    }
  });

  it('does not write anything for a knowledge base with problems', () => {
    const dir = join(work, 'broken');
    cpSync(defaultKnowledgeDir(), dir, { recursive: true });
    writeFileSync(join(dir, 'dns-failure.md'), '---\nid: [\n---\n');
    const out = join(work, 'broken.json');
    expect(compileKnowledgeBase(dir, out).problems.length).toBeGreaterThan(0);
    expect(() => readFileSync(out)).toThrow();
  });
});
