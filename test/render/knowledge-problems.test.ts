import { embedOverflows, lintFaqText } from '../../src/kb-tools/lint';
import { lintFaqEntry } from '../../src/faq/markdown';
import { readImport } from '../../src/faq/archive';
import type { KnowledgeFact, KnowledgeFactKind } from '../../src/knowledge/problems';
import { describeProblems, importProblemLines } from '../../src/render/faq';
import { messagesFor, UI_LOCALES } from '../../src/render/i18n/messages';
import { embedOverflowText, formatProblem, problemMessage } from '../../src/render/knowledge-problems';
import { SAMPLE_FACTS } from './knowledge-problem-samples';

/** What the English formatter printed before the words moved to kb-problems.ftl: the `kb lint` contract. */
const ENGLISH = [
  "cannot read the knowledge directory: ENOENT: no such file or directory",
  "missing YAML frontmatter (the file must start with a \"---\" line and close it with another)",
  "YAML: bad indentation of a mapping entry (3:5)",
  "frontmatter must be a YAML mapping",
  "unknown field",
  "is required",
  "expected a string",
  "expected a list of strings",
  "expected a mapping of source keys to descriptions",
  "expected a list of messages",
  "must not be empty",
  "must be at most 4096 characters",
  "Invalid input",
  "duplicate article id \"dns-failure\" (also in knowledge/dns.md)",
  "duplicate FAQ id \"panel-url\" (also in knowledge/faq/panel.md)",
  "unknown section \"## Notes\"",
  "section \"## How to fix\" appears twice",
  "section \"## Test it\" is out of order",
  "unknown sub-heading \"### Router\" (expected \"Server side\" or \"Client side\")",
  "unknown sub-heading \"### BSD\" (expected Windows, macOS or Linux)",
  "unexpected sub-heading \"### Extra\"",
  "unexpected heading level h4",
  "cause outside \"### Server side\" / \"### Client side\"",
  "\"How to fix\" must be a numbered list",
  "code block outside an OS sub-heading",
  "more than one code block",
  "unknown locale folder \"xx\" (expected one of de, fr)",
  "id \"panel-url\" does not match the file name \"panel.md\"",
  "\"de\" does not match the folder \"fr\"",
  "extra translation: there is no English article \"nope\"",
  "extra translation: there is no English FAQ entry \"nope\"",
  "is left in English",
  "heading 3 differs from the English (9 headings): expected \"## How to fix\", found \"### Cómo\"",
  "heading 10 differs from the English (9 headings): expected no more headings, found none",
  "heading \"## Test it\" is left in English",
  "code block 2 of the English (knowledge/dns-failure.md:40) is missing",
  "code block 4 is not in the English (it has 3)",
  "code block 1 differs from the English (knowledge/dns-failure.md:31); code blocks must be byte-identical and in the same order",
  "inline code `nslookup x` is not in the English (changed or added)",
  "inline code `dig +short` of the English (knowledge/dns-failure.md:12) is missing or changed",
  "link 1 (to \"https://example.com\", knowledge/faq/a.md:7) is missing",
  "link 2 (to \"https://example.org\") is not in the English",
  "link 1 goes to \"https://a.example\"; the English links to \"https://b.example\"",
  "section \"## What it means\" is left in English (its text is the English text)",
  "the text before the first heading is left in English",
  "left in English: \"Short paragraph.\"",
  "left in English: \"A paragraph that is long enough to be cut after fifty-sev…\"",
  "missing de translation of article \"dns-failure\"",
  "missing fr translation of FAQ entry \"panel-url\"",
];

/** The format's own checks of an entry, with the text `kb lint` has always printed for them. */
const LINT_FACTS: [KnowledgeFact, string][] = [
  [{ kind: 'id-not-kebab', id: 'Bad_Id' }, '"Bad_Id" is not kebab-case (lower-case letters, digits and single hyphens)'],
  [{ kind: 'text-empty' }, 'is empty'],
  [{ kind: 'text-too-long', length: 5000, max: 4096 }, 'is 5000 characters (at most 4096)'],
  [{ kind: 'faq-embed-overflow', overflow: { part: 'title', length: 300, limit: 256 } }, "FAQ embed does not fit Discord's limits: title is 300 characters (limit 256)"],
  [{ kind: 'faq-embed-overflow', overflow: { part: 'description', length: 5000, limit: 4096 } }, "FAQ embed does not fit Discord's limits: description is 5000 characters (limit 4096)"],
  [{ kind: 'faq-embed-overflow', overflow: { part: 'fields', count: 30, limit: 25 } }, "FAQ embed does not fit Discord's limits: 30 fields (limit 25)"],
  [{ kind: 'faq-embed-overflow', overflow: { part: 'field-name', name: 'Causes', length: 300, limit: 256 } }, "FAQ embed does not fit Discord's limits: field \"Causes\" name is 300 characters (limit 256)"],
  [{ kind: 'faq-embed-overflow', overflow: { part: 'field-value', name: 'Causes', length: 2000, limit: 1024 } }, "FAQ embed does not fit Discord's limits: field \"Causes\" is 2000 characters (limit 1024)"],
  [{ kind: 'faq-embed-overflow', overflow: { part: 'field-empty', name: 'Causes' } }, "FAQ embed does not fit Discord's limits: field \"Causes\" is empty"],
  [{ kind: 'faq-embed-overflow', overflow: { part: 'footer', length: 3000, limit: 2048 } }, "FAQ embed does not fit Discord's limits: footer is 3000 characters (limit 2048)"],
  [{ kind: 'faq-embed-overflow', overflow: { part: 'total', length: 7000, limit: 6000 } }, "FAQ embed does not fit Discord's limits: 7000 characters in total (limit 6000)"],
];

const ALL_FACTS: KnowledgeFact[] = [...SAMPLE_FACTS, ...LINT_FACTS.map(([f]) => f)];
/** Facts whose text is another program's (the schema library's message): the same in every language. */
const VERBATIM = new Set(['field-invalid']);

describe('knowledge problems in words', () => {
  it('English is byte-identical to the kb lint output (no digit grouping, no isolation marks)', () => {
    expect(SAMPLE_FACTS.map((f) => problemMessage(f))).toEqual(ENGLISH);
    expect(SAMPLE_FACTS.map((f) => problemMessage(f, messagesFor('en')))).toEqual(ENGLISH);
    for (const [fact, text] of LINT_FACTS) expect(problemMessage(fact)).toBe(text);
  });

  it('covers every kind of fact', () => {
    // Every kind is a key here (the type checker insists), and every key has a sample above.
    const kinds: Record<KnowledgeFactKind, true> = {
      'directory-unreadable': true, 'frontmatter-missing': true, yaml: true, 'frontmatter-not-mapping': true, 'field-unknown': true,
      'field-required': true, 'field-type': true, 'field-empty': true, 'field-too-long': true, 'field-invalid': true, 'duplicate-id': true,
      'section-unknown': true, 'section-twice': true, 'section-out-of-order': true, 'sub-heading-unknown': true, 'sub-heading-unexpected': true,
      'heading-level': true, 'cause-outside-side': true, 'fix-not-numbered': true, 'code-outside-os': true, 'code-block-twice': true,
      'locale-folder-unknown': true, 'id-not-file-name': true, 'locale-not-folder': true, 'translation-extra': true, 'summary-in-english': true,
      'heading-differs': true, 'heading-in-english': true, 'code-block-missing': true, 'code-block-extra': true, 'code-block-differs': true,
      'code-span-extra': true, 'code-span-missing': true, 'link-missing': true, 'link-extra': true, 'link-differs': true,
      'section-in-english': true, 'block-in-english': true, 'translation-missing': true, 'id-not-kebab': true, 'text-empty': true,
      'text-too-long': true, 'faq-embed-overflow': true,
    };
    expect([...new Set(ALL_FACTS.map((f) => f.kind))].sort()).toEqual(Object.keys(kinds).sort());
    for (const f of ALL_FACTS) expect(problemMessage(f)).not.toMatch(/^kb-problem-/);
  });

  it.each(UI_LOCALES.filter((l) => l !== 'en'))('%s: every fact has its own words, with every number and name kept', (locale) => {
    const t = messagesFor(locale);
    for (const fact of ALL_FACTS) {
      const text = problemMessage(fact, t);
      expect(text).not.toMatch(/^kb-problem-/);
      if (!VERBATIM.has(fact.kind)) expect(text).not.toBe(problemMessage(fact));
      for (const value of Object.values(fact).filter((v) => typeof v === 'string' && v !== fact.kind && !['article', 'faq', 'causes', 'test', 'string', 'string-list', 'source-mapping', 'message-list'].includes(v as string))) {
        expect(text).toContain(value === (fact as { prose?: string }).prose ? (value as string).slice(0, 20) : value);
      }
      for (const value of Object.values(fact).filter((v): v is number => typeof v === 'number')) expect(text).toContain(String(value));
    }
  });

  it('German and Russian read as such', () => {
    expect(problemMessage({ kind: 'text-too-long', length: 5000, max: 4096 }, messagesFor('de'))).toBe('hat 5000 Zeichen (höchstens 4096)');
    expect(problemMessage({ kind: 'field-type', expected: 'string-list' }, messagesFor('ru'))).toBe('ожидается список строк');
    expect(embedOverflowText({ part: 'total', length: 7000, limit: 6000 }, messagesFor('fr'))).toBe('7000 caractères au total (limite 6000)');
  });

  it('embedOverflows finds what embedLimitProblems words', () => {
    const long = 'x'.repeat(300);
    expect(embedOverflows({ title: long, fields: [{ name: 'A', value: ' ' }] })).toEqual([
      { part: 'title', length: 300, limit: 256 },
      { part: 'field-empty', name: 'A' },
    ]);
  });
});

describe('a moderator’s FAQ entry: the linter’s problems in their language', () => {
  const tooLong = { id: 'big-entry', title: 'T', aliases: [], body: 'x'.repeat(5000) };

  it('lintFaqText returns facts; kb lint words them in English as before', () => {
    const { entry, problems } = lintFaqText('Bad_Id.md', '---\nid: Bad_Id\ntitle: T\n---\n\n' + 'y'.repeat(5000) + '\n');
    expect(entry).toBeNull();
    expect(problems.map((p) => p.fact.kind)).toEqual(['id-not-kebab', 'text-too-long', 'faq-embed-overflow']);
    expect(problems.map(formatProblem)).toEqual([
      'Bad_Id.md:2 id: "Bad_Id" is not kebab-case (lower-case letters, digits and single hyphens)',
      'Bad_Id.md:5 body: is 5000 characters (at most 4096)',
      "Bad_Id.md:5 render: FAQ embed does not fit Discord's limits: description is 5000 characters (limit 4096)",
    ]);
  });

  it('/faqs add|edit: the form’s problems in German, Spanish and Turkish', () => {
    const checked = lintFaqEntry(tooLong);
    expect(checked.entry).toBeNull();
    expect(describeProblems(messagesFor('de'), checked.problems)).toBe(
      ['• body: hat 5000 Zeichen (höchstens 4096)', '• render: das FAQ-Embed passt nicht in Discords Grenzen: die Beschreibung hat 5000 Zeichen (Grenze 4096)'].join('\n'),
    );
    expect(describeProblems(messagesFor('es-419'), checked.problems)).toContain('• body: tiene 5000 caracteres (como máximo 4096)');
    expect(describeProblems(messagesFor('tr'), checked.problems)).toContain('• body: 5000 karakter (en fazla 4096)');
    expect(describeProblems(messagesFor('en'), checked.problems)).toContain('• body: is 5000 characters (at most 4096)');
  });

  it('/faqs import: a file’s parse and lint problems by file and field in the reader’s language', () => {
    const read = readImport([
      { name: 'faq/no-front.md', text: 'just text\n' },
      { name: 'faq/extra.md', text: '---\nid: extra\ntitle: T\ncolour: red\n---\n\nBody.\n' },
    ]);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(importProblemLines(messagesFor('fr'), read.problems)).toEqual([
      '• faq/no-front.md:1 : frontmatter YAML manquant (le fichier doit commencer par une ligne "---" et la refermer par une autre)',
      '• faq/extra.md:4 colour: champ inconnu',
    ]);
    expect(importProblemLines(messagesFor('pt-BR'), read.problems)[1]).toBe('• faq/extra.md:4 colour: campo desconhecido');
  });
});
