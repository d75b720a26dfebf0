/**
 * Knowledge translations (knowledge/i18n/<locale>/…): loading into per-locale maps, the
 * `localized` lookup with English fallback, and every check `kb lint` makes of a translation.
 * Fixtures: test/knowledge/fixtures/valid/i18n/ru (a valid article and FAQ translation); each
 * problem is made by editing a copy.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { command as kbCommand } from '../../src/cli/commands/kb';
import { knowledgeLocaleFor, localized, localizedFaq } from '../../src/knowledge/i18n';
import { lintKnowledgeDir } from '../../src/kb-tools/lint';
import { loadKnowledgeBaseSync } from '../../src/knowledge/load';
import { formatProblem } from '../../src/render/knowledge-problems';
import type { KnowledgeBase } from '../../src/knowledge/types';

const VALID = join(__dirname, 'fixtures', 'valid');
const RU = 'i18n/ru/port-closed.md';
const RU_FAQ = 'i18n/ru/faq/ask-well.md';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(join(d, '..'), { recursive: true, force: true });
});
function tmpKb(): string {
  const root = mkdtempSync(join(tmpdir(), 'netmedic-i18n-'));
  const dir = join(root, 'knowledge');
  cpSync(VALID, dir, { recursive: true });
  dirs.push(dir);
  return dir;
}
function edit(dir: string, file: string, fn: (s: string) => string): void {
  const p = join(dir, file);
  const before = readFileSync(p, 'utf8');
  const after = fn(before);
  if (after === before) throw new Error(`edit of ${file} changed nothing`);
  writeFileSync(p, after);
}
function load(dir: string): KnowledgeBase {
  const r = loadKnowledgeBaseSync(dir);
  if (!('kb' in r)) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r.kb;
}
/** Lint lines about translations only (the fixture lacks the required articles on purpose). */
function translationProblems(dir: string, requireTranslations = false): string[] {
  return lintKnowledgeDir(dir, { requireTranslations }).problems.map(formatProblem).filter((l) => l.includes('/i18n'));
}

describe('loading translations', () => {
  it('maps a translated article onto the English sections and falls back to English', () => {
    const kb = load(VALID);
    const ru = localized(kb, 'port-closed', 'ru')!;
    expect(ru.locale).toBe('ru');
    expect(ru.title).toBe('Порт закрыт');
    expect(ru.summary).toBe('Узел ответил, но на этом порту ничего не слушает.');
    expect(ru.sections.meaning).toMatch(/^Машина работает/);
    expect(ru.sections.causes.server).toEqual(['Служба остановлена.', 'Она слушает другой порт.']);
    expect(ru.sections.causes.client).toEqual(['Опечатка в номере порта.']);
    expect(ru.sections.fix).toEqual(['Запустите службу.', 'Проверьте номер порта.']);
    expect(ru.sections.test.windows).toBe('Test-NetConnection example.com -Port 443');
    expect(ru.headings?.[0]).toBe('Что это значит');
    // Codes, phrases, related and category stay the English file's.
    expect(ru.codes).toEqual(kb.article('port-closed')!.codes);
    expect(ru.related).toEqual(['name-lookup']);

    expect(localized(kb, 'port-closed', 'de')).toMatchObject({ locale: 'en', title: 'Port closed' });
    expect(localized(kb, 'port-closed', undefined)).toMatchObject({ locale: 'en', title: 'Port closed' });
    expect(localized(kb, 'name-lookup', 'ru')).toMatchObject({ locale: 'en' });
    expect(localized(kb, 'nowhere', 'ru')).toBeUndefined();
    expect(kb.translations?.articleIds('ru')).toEqual(['port-closed']);
    expect(kb.translations?.locales()).toEqual(['ru']);
    // Built once, then the same object.
    expect(kb.translations?.article('ru', 'port-closed')).toBe(kb.translations?.article('ru', 'port-closed'));
  });

  it('translates FAQ entries, keeping the English aliases', () => {
    const kb = load(VALID);
    const f = localizedFaq(kb, 'ask-well', 'ru')!;
    expect(f.title).toBe('Как правильно попросить о помощи');
    expect(f.body).toMatch(/^Вставьте ошибку \*\*целиком\*\*/);
    expect(f.aliases).toEqual(['asking', 'help', 'вопрос', 'помощь']);
    expect(localizedFaq(kb, 'ask-well', 'fr')).toMatchObject({ locale: 'en', title: 'How to ask for help' });
  });

  it('serves es-419 with the es-ES translation', () => {
    expect(knowledgeLocaleFor('es-419')).toBe('es-ES');
    expect(knowledgeLocaleFor('en-US')).toBeNull();
    const dir = tmpKb();
    mkdirSync(join(dir, 'i18n', 'es-ES'), { recursive: true });
    writeFileSync(
      join(dir, 'i18n', 'es-ES', 'port-closed.md'),
      readFileSync(join(dir, RU), 'utf8').replace('locale: ru', 'locale: es-ES').replace('title: Порт закрыт', 'title: Puerto cerrado'),
    );
    const kb = load(dir);
    expect(localized(kb, 'port-closed', 'es-419')).toMatchObject({ locale: 'es-ES', title: 'Puerto cerrado' });
    expect(localized(kb, 'port-closed', 'es-ES')!.title).toBe('Puerto cerrado');
  });

  it('refuses a translation with frontmatter problems, with file, line and field', () => {
    const dir = tmpKb();
    edit(dir, RU, (s) => s.replace('locale: ru\n', 'locale: ru\ncodes: [ECONNREFUSED]\n').replace(/summary: .*\n/, ''));
    const r = loadKnowledgeBaseSync(dir);
    expect('problems' in r && r.problems.map(formatProblem)).toEqual(
      expect.arrayContaining(['knowledge/i18n/ru/port-closed.md:4 codes: unknown field', 'knowledge/i18n/ru/port-closed.md:2 summary: is required']),
    );
  });
});

describe('kb lint of translations', () => {
  it('finds nothing wrong with the valid fixture and reports coverage per locale', () => {
    expect(translationProblems(VALID)).toEqual([]);
    const { coverage } = lintKnowledgeDir(VALID);
    expect(coverage.map((r) => r.locale)).toEqual(['es-ES', 'pt-BR', 'fr', 'de', 'it', 'tr', 'ru']);
    expect(coverage.find((r) => r.locale === 'ru')).toEqual({
      locale: 'ru',
      articles: 1,
      articleTotal: 2,
      faqs: 1,
      faqTotal: 1,
      missingArticles: ['name-lookup'],
      missingFaqs: [],
    });
    expect(coverage.find((r) => r.locale === 'de')).toMatchObject({ articles: 0, faqs: 0, missingArticles: ['name-lookup', 'port-closed'], missingFaqs: ['ask-well'] });
  });

  it('reports missing translations only with requireTranslations', () => {
    expect(translationProblems(VALID, true)).toEqual(
      expect.arrayContaining(['valid/i18n/ru/name-lookup.md: missing ru translation of article "name-lookup"', 'valid/i18n/de/faq/ask-well.md: missing de translation of FAQ entry "ask-well"']),
    );
    expect(translationProblems(VALID, true)).toHaveLength(7 * 3 - 2);
  });

  it('reports a translation without an English original, and a bad locale folder', () => {
    const dir = tmpKb();
    writeFileSync(join(dir, 'i18n', 'ru', 'nowhere.md'), readFileSync(join(dir, RU), 'utf8').replace('id: port-closed', 'id: nowhere'));
    mkdirSync(join(dir, 'i18n', 'russian'));
    writeFileSync(join(dir, 'i18n', 'russian', 'port-closed.md'), readFileSync(join(dir, RU), 'utf8'));
    const lines = translationProblems(dir);
    expect(lines).toContain('knowledge/i18n/ru/nowhere.md:2 id: extra translation: there is no English article "nowhere"');
    expect(lines).toContain('knowledge/i18n/russian locale: unknown locale folder "russian" (expected one of es-ES, pt-BR, fr, de, it, tr, ru)');
    // The bad folder's files are not served as any locale.
    expect(localized(load(dir), 'port-closed', 'ru')!.file).toBe('knowledge/i18n/ru/port-closed.md');
  });

  it('checks id against the file name and locale against the folder', () => {
    const dir = tmpKb();
    edit(dir, RU, (s) => s.replace('locale: ru', 'locale: de'));
    edit(dir, RU_FAQ, (s) => s.replace('id: ask-well', 'id: ask-better'));
    const lines = translationProblems(dir);
    expect(lines).toContain('knowledge/i18n/ru/port-closed.md:3 locale: "de" does not match the folder "ru"');
    expect(lines).toContain('knowledge/i18n/ru/faq/ask-well.md:2 id: id "ask-better" does not match the file name "ask-well.md"');
    expect(lintKnowledgeDir(dir).coverage.find((r) => r.locale === 'ru')).toMatchObject({ articles: 0, faqs: 0 });
  });

  it('reports a heading sequence that differs from the English', () => {
    const dir = tmpKb();
    edit(dir, RU, (s) => s.replace('### На стороне клиента', '## На стороне клиента'));
    expect(translationProblems(dir)).toEqual([
      'knowledge/i18n/ru/port-closed.md:19 headings: heading 4 differs from the English (10 headings): expected "### Client side", found "## На стороне клиента"',
    ]);
    const dir2 = tmpKb();
    edit(dir2, RU, (s) => s.replace('## См. также\n\n- [Не удалось разрешить имя](name-lookup)\n', ''));
    expect(translationProblems(dir2)).toEqual(
      expect.arrayContaining(['knowledge/i18n/ru/port-closed.md:7 headings: heading 10 differs from the English (10 headings): expected "## Related", found none']),
    );
  });

  it('reports a code block that is changed, missing, or in another order', () => {
    const dir = tmpKb();
    edit(dir, RU, (s) => s.replace('Test-NetConnection example.com -Port 443', 'Test-NetConnection пример.рф -Port 443'));
    expect(translationProblems(dir)).toEqual([
      'knowledge/i18n/ru/port-closed.md:32 code: code block 1 differs from the English (knowledge/port-closed.md:40); code blocks must be byte-identical and in the same order',
    ]);
    const dir2 = tmpKb();
    edit(dir2, RU, (s) => s.replace('```powershell\nTest-NetConnection example.com -Port 443\n```\n', ''));
    const lines = translationProblems(dir2);
    expect(lines.some((l) => /code: code block 1 differs/.test(l))).toBe(true);
    expect(lines).toContain('knowledge/i18n/ru/port-closed.md:7 code: code block 3 of the English (knowledge/port-closed.md:52) is missing');
    // A trailing space is a difference too: byte-identical means byte-identical.
    const dir3 = tmpKb();
    edit(dir3, RU, (s) => s.replace('```sh\nnc -vz example.com 443\n```\n\n## См.', '```sh\nnc -vz example.com 443 \n```\n\n## См.'));
    expect(translationProblems(dir3)).toEqual([expect.stringMatching(/port-closed\.md:44 code: code block 3 differs/)]);
    // The same blocks in another order.
    const dir4 = tmpKb();
    edit(dir4, 'port-closed.md', (s) => s.replace('```sh\nnc -vz example.com 443\n```\n\n### Linux', '```sh\nnc -vz example.com 80\n```\n\n### Linux'));
    edit(dir4, RU, (s) => s.replace('```sh\nnc -vz example.com 443\n```\n\n## См.', '```sh\nnc -vz example.com 80\n```\n\n## См.'));
    expect(translationProblems(dir4)).toEqual([expect.stringMatching(/port-closed\.md:38 code: code block 2 differs/), expect.stringMatching(/port-closed\.md:44 code: code block 3 differs/)]);
  });

  it('reports inline code that is changed, missing or added', () => {
    const dir = tmpKb();
    edit(dir, 'port-closed.md', (s) => s.replace('1. Start the service.', '1. Start the service (`systemctl start app`).'));
    edit(dir, RU, (s) => s.replace('1. Запустите службу.', '1. Запустите службу (`systemctl start приложение`).').replace('2. Проверьте номер порта.', '2. Проверьте номер порта (`ss -tlnp`).'));
    const lines = translationProblems(dir);
    expect(lines).toContain('knowledge/i18n/ru/port-closed.md:25 code: inline code `systemctl start приложение` is not in the English (changed or added)');
    expect(lines).toContain('knowledge/i18n/ru/port-closed.md:26 code: inline code `ss -tlnp` is not in the English (changed or added)');
    expect(lines).toContain('knowledge/i18n/ru/port-closed.md:7 code: inline code `systemctl start app` of the English (knowledge/port-closed.md:33) is missing or changed');
    expect(lines).toHaveLength(3);
  });

  it('reports a changed link target', () => {
    const dir = tmpKb();
    edit(dir, RU, (s) => s.replace('](name-lookup)', '](port-closed)'));
    expect(translationProblems(dir)).toEqual(['knowledge/i18n/ru/port-closed.md:50 links: link 1 goes to "port-closed"; the English links to "name-lookup"']);
  });

  it('reports text left in English: a section, a heading, a paragraph, the summary', () => {
    const dir = tmpKb();
    edit(dir, RU, (s) =>
      s
        .replace('Машина работает и сразу ответила отказом: ни одна программа не принимает подключения на этом порту.', 'The machine is up, and it said no straight away: no program accepts connections on that port.')
        .replace('## Как исправить', '## How to fix')
        .replace('summary: Узел ответил, но на этом порту ничего не слушает.', 'summary: The host answered, but nothing listens on that port.'),
    );
    edit(dir, RU_FAQ, (s) => s.replace(/Вставьте.*\n/, 'Paste the **whole** error, say what you tried, and from which network.\n'));
    const lines = translationProblems(dir);
    expect(lines).toEqual(
      expect.arrayContaining([
        'knowledge/i18n/ru/port-closed.md:8 untranslated: section "## Что это значит" is left in English (its text is the English text)',
        'knowledge/i18n/ru/port-closed.md:23 headings: heading "## How to fix" is left in English',
        'knowledge/i18n/ru/port-closed.md:5 summary: is left in English',
        'knowledge/i18n/ru/faq/ask-well.md: the text before the first heading is left in English',
      ].map((l) => (l.includes('ask-well') ? 'knowledge/i18n/ru/faq/ask-well.md:7 untranslated: the text before the first heading is left in English' : l))),
    );
    expect(lines).toHaveLength(4);
    // One English paragraph among translated ones.
    const dir2 = tmpKb();
    // Names, acronyms and numbers are the same in every language: not "left in English".
    edit(dir2, RU, (s) => s.replace('- Служба остановлена.', '- The service is stopped and it will not come back.').replace('- Опечатка в номере порта.', '- Linux: ufw (Ubuntu/Debian), Terraria: TCP 7777.'));
    edit(dir2, 'port-closed.md', (s) => s.replace('- The service is stopped.', '- The service is stopped and it will not come back.').replace('- A typo in the port.', '- Linux: ufw (Ubuntu/Debian), Terraria: TCP 7777.'));
    expect(translationProblems(dir2)).toEqual(['knowledge/i18n/ru/port-closed.md:16 untranslated: left in English: "The service is stopped and it will not come back."']);
  });

  it('checks that a translated article still fits Discord', () => {
    const dir = tmpKb();
    edit(dir, RU, (s) => s.replace('1. Запустите службу.', `1. Запустите службу. ${'очень '.repeat(700)}`));
    expect(translationProblems(dir).some((l) => /ru\/port-closed\.md render: .* does not fit Discord's limits/.test(l))).toBe(true);
  });
});

describe('netmedic kb lint (translations)', () => {
  async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    let err = '';
    stdout.on('data', (d: Buffer) => (out += d.toString()));
    stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await kbCommand.run(args, { stdout, stderr, stdin: Readable.from([]), env: {} });
    return { code, out, err };
  }

  it('prints the coverage table, and makes missing translations problems with --require-translations', async () => {
    const r = await run(['lint', '--kb', VALID]);
    expect(r.err).toContain('LOCALE  ARTICLES  FAQ     MISSING');
    expect(r.err).toMatch(/ru\s+1\/2\s+1\/1\s+name-lookup\n/);
    expect(r.err).toMatch(/de\s+0\/2\s+0\/1\s+all\n/);
    expect(r.out).not.toContain('missing ru translation');
    const strict = await run(['lint', '--kb', VALID, '--require-translations']);
    expect(strict.code).toBe(1);
    expect(strict.out).toContain('valid/i18n/ru/name-lookup.md: missing ru translation of article "name-lookup"');
    expect((await run(['list', '--kb', VALID, '--require-translations'])).code).toBe(2);
  });
});
