import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultKnowledgeDir, loadKnowledgeBase, loadKnowledgeBaseSync, readTexts } from '../../src/knowledge/load';
import { formatProblem } from '../../src/render/knowledge-problems';
import { lintKnowledgeBase } from '../../src/kb-tools/lint';
import type { KnowledgeBase, KnowledgeProblem } from '../../src/knowledge/types';

const VALID = join(__dirname, 'fixtures', 'valid');

function copyFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'netmedic-kb-'));
  const kdir = join(dir, 'knowledge');
  cpSync(VALID, kdir, { recursive: true });
  return kdir;
}

function edit(dir: string, file: string, fn: (s: string) => string): void {
  const p = join(dir, file);
  writeFileSync(p, fn(readFileSync(p, 'utf8')));
}

function problemsOf(r: { kb: KnowledgeBase } | { problems: KnowledgeProblem[] }): KnowledgeProblem[] {
  if ('kb' in r) throw new Error('expected problems');
  return r.problems;
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(join(d, '..'), { recursive: true, force: true });
});
function tmpKb(): string {
  const d = copyFixture();
  dirs.push(d);
  return d;
}

describe('loadKnowledgeBase', () => {
  it('loads articles and FAQ entries, ignoring README.md', async () => {
    const r = await loadKnowledgeBase(VALID);
    if (!('kb' in r)) throw new Error(r.problems.map(formatProblem).join('\n'));
    expect(r.kb.articles.map((a) => a.id).sort()).toEqual(['name-lookup', 'port-closed']);
    expect(r.kb.faqs.map((f) => f.id)).toEqual(['ask-well']);
    const a = r.kb.article('port-closed')!;
    expect(a.file).toBe('valid/port-closed.md');
    expect(a.codes).toContain('errno:111');
    expect(a.sections.meaning).toMatch(/^The machine is up/);
    expect(a.sections.causes.server).toEqual(['The service is stopped.', 'It listens on another port.']);
    expect(a.sections.causes.client).toEqual(['A typo in the port.']);
    expect(a.sections.fix).toEqual(['Start the service.', 'Check the port number.']);
    expect(a.sections.test.linux).toBe('nc -vz example.com 443');
    expect(r.kb.faq('ask-well')!.body).toContain('whole');
    expect(r.kb.faq('ask-well')!.aliases).toEqual(['asking', 'help']);
    expect(r.kb.article('nope')).toBeUndefined();
  });

  it('has a sync variant that agrees', () => {
    const r = loadKnowledgeBaseSync(VALID);
    expect('kb' in r && r.kb.articles.length).toBe(2);
  });

  it('defaults to <packageRoot>/knowledge', () => {
    expect(defaultKnowledgeDir()).toBe(join(__dirname, '..', '..', 'knowledge'));
  });

  it('names file, line and field for a wrong type in a list', () => {
    const dir = tmpKb();
    edit(dir, 'port-closed.md', (s) => s.replace('  - curl:7', '  - 7'));
    // YAML turns 7 into a number: line 9 is "  - 7" (codes[2]).
    const problems = problemsOf(loadKnowledgeBaseSync(dir));
    expect(problems.map(formatProblem)).toEqual(['knowledge/port-closed.md:9 codes[2]: expected a string']);
  });

  it('reports missing fields, unknown fields and YAML errors with lines', () => {
    const dir = tmpKb();
    edit(dir, 'port-closed.md', (s) => s.replace('summary: The host answered, but nothing listens on that port.\n', '').replace('category: connection', 'category: connection\ncolour: red'));
    edit(dir, 'name-lookup.md', (s) => s.replace('codes:\n', 'codes: [unclosed\n'));
    const lines = problemsOf(loadKnowledgeBaseSync(dir)).map(formatProblem);
    expect(lines).toContain('knowledge/port-closed.md:5 colour: unknown field');
    expect(lines.some((l) => l.startsWith('knowledge/port-closed.md:2 summary: is required'))).toBe(true);
    expect(lines.some((l) => l.startsWith('knowledge/name-lookup.md:') && l.includes('YAML'))).toBe(true);
  });

  it('reports a file without frontmatter, and duplicate ids', () => {
    const dir = tmpKb();
    writeFileSync(join(dir, 'stray.md'), '# just markdown\n');
    writeFileSync(join(dir, 'port-closed-2.md'), readFileSync(join(dir, 'port-closed.md'), 'utf8'));
    const lines = problemsOf(loadKnowledgeBaseSync(dir)).map(formatProblem);
    expect(lines).toContain('knowledge/stray.md:1: missing YAML frontmatter (the file must start with a "---" line and close it with another)');
    expect(lines).toContain('knowledge/port-closed.md:2 id: duplicate article id "port-closed" (also in knowledge/port-closed-2.md)');
  });

  it('returns problems as facts, with the numbers and names in them (the words are the renderer’s)', () => {
    const dir = tmpKb();
    edit(dir, 'port-closed.md', (s) => s.replace('  - curl:7', '  - 7').replace('category: connection', 'category: connection\ncolour: red').replace(/title: .*/, `title: ${'x'.repeat(300)}`));
    writeFileSync(join(dir, 'port-closed-2.md'), readFileSync(join(dir, 'name-lookup.md'), 'utf8'));
    const facts = problemsOf(loadKnowledgeBaseSync(dir)).map((p) => ({ file: p.file, field: p.field, fact: p.fact }));
    expect(facts).toEqual(
      expect.arrayContaining([
        { file: 'knowledge/port-closed.md', field: 'title', fact: { kind: 'field-too-long', max: 256 } },
        { file: 'knowledge/port-closed.md', field: 'codes[2]', fact: { kind: 'field-type', expected: 'string' } },
        { file: 'knowledge/port-closed.md', field: 'colour', fact: { kind: 'field-unknown' } },
      ]),
    );
    // Two files, one id: the fact names the id and the other file.
    expect(facts.filter((f) => f.fact.kind === 'duplicate-id')).toHaveLength(1);
    expect(facts.find((f) => f.fact.kind === 'duplicate-id')!.fact).toMatchObject({ kind: 'duplicate-id', of: 'article', id: 'name-lookup' });
  });

  it('returns a problem, not an exception, for a missing directory', async () => {
    const r = await loadKnowledgeBase('/nonexistent/netmedic-knowledge');
    const problem = problemsOf(r)[0]!;
    expect(problem.fact.kind).toBe('directory-unreadable');
    expect(formatProblem(problem)).toMatch(/^\/nonexistent\/netmedic-knowledge: cannot read the knowledge directory: ENOENT/);
  });
});

describe('lintKnowledgeBase', () => {
  it('passes the shipped knowledge base', () => {
    expect(lintKnowledgeBase(defaultKnowledgeDir()).map(formatProblem)).toEqual([]);
  });

  it('requires the core articles (14) and 12 FAQ entries', () => {
    const lines = lintKnowledgeBase(VALID).map(formatProblem);
    expect(lines).toContain('valid/connection-refused.md: required article "connection-refused" is missing');
    expect(lines).toContain('valid/faq: 1 FAQ entries; at least 12 are required');
    expect(lines.filter((l) => l.includes('required article')).length).toBe(14);
  });

  it('finds id/file mismatches, unknown related ids, shared codes and phrases, missing sections', () => {
    const dir = tmpKb();
    edit(dir, 'port-closed.md', (s) =>
      s
        .replace('related: [name-lookup]', 'related: [name-lookup, nowhere]')
        .replace('  - actively refused it', '  - actively refused it\n  - "Could not  RESOLVE host"')
        .replace('### Client side\n\n- A typo in the port.\n', ''),
    );
    edit(dir, 'name-lookup.md', (s) => s.replace('id: name-lookup', 'id: Name_Lookup').replace('  - EAI_AGAIN', '  - EAI_AGAIN\n  - errno:111'));
    const lines = lintKnowledgeBase(dir).map(formatProblem);
    expect(lines).toContain('knowledge/port-closed.md:14 related[1]: unknown article id "nowhere"');
    expect(lines).toContain('knowledge/name-lookup.md:2 id: "Name_Lookup" is not kebab-case (lower-case letters, digits and single hyphens)');
    expect(lines).toContain('knowledge/name-lookup.md:2 id: id "Name_Lookup" does not match the file name "name-lookup.md"');
    expect(lines).toContain('knowledge/port-closed.md:8 codes[1]: "errno:111" is also claimed by Name_Lookup (knowledge/name-lookup.md)');
    expect(lines).toContain('knowledge/port-closed.md:13 phrases[2]: "Could not  RESOLVE host" is also claimed by Name_Lookup (knowledge/name-lookup.md)');
    expect(lines.some((l) => /port-closed\.md:16 sections\.client: missing section "### Client side"/.test(l))).toBe(true);
  });

  it('flags content that would not fit Discord without truncation', () => {
    const dir = tmpKb();
    const long = 'x'.repeat(2000);
    edit(dir, 'port-closed.md', (s) => s.replace('title: Port closed', `title: ${'T'.repeat(300)}`).replace('1. Start the service.', `1. Start the service. ${long}`));
    const lines = lintKnowledgeBase(dir).map(formatProblem);
    expect(lines.some((l) => l.includes('port-closed.md:3 title: must be at most 256 characters'))).toBe(true);
    const dir2 = tmpKb();
    edit(dir2, 'port-closed.md', (s) => s.replace('1. Start the service.', `1. Start the service. ${long}`));
    const lines2 = lintKnowledgeBase(dir2).map(formatProblem);
    expect(lines2).toContain('knowledge/port-closed.md:31 sections.fix[0]: is 2019 characters (at most 300)');
  });

  it('flags an over-long FAQ body', () => {
    const dir = tmpKb();
    edit(dir, 'faq/ask-well.md', (s) => s + 'y'.repeat(4200));
    const lines = lintKnowledgeBase(dir).map(formatProblem);
    expect(lines.some((l) => /faq\/ask-well\.md:\d+ body: is \d+ characters \(at most 4096\)/.test(l))).toBe(true);
  });
});

describe('reading the files', () => {
  it('reads every file in order, a slice at a time, letting the event loop turn between slices', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netmedic-read-'));
    try {
      const paths = Array.from({ length: 120 }, (_v, i) => {
        const p = join(dir, `f${i}.md`);
        writeFileSync(p, `file ${i} é`);
        return p;
      });
      let turns = 0;
      let reading = true;
      const tick = () => {
        if (!reading) return;
        turns++;
        setImmediate(tick);
      };
      setImmediate(tick);
      const texts = await readTexts(paths);
      reading = false;
      expect(texts).toEqual(paths.map((_p, i) => `file ${i} é`));
      // 120 files in slices of 50: the loop turned at least between the slices.
      expect(turns).toBeGreaterThanOrEqual(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects when a file cannot be read (the loader reports the directory as unreadable)', async () => {
    await expect(readTexts([join(tmpdir(), 'netmedic-no-such-file.md')])).rejects.toThrow();
  });
});
