/**
 * `netmedic kb lint`: everything the loader checks, plus the format's rules and the project's
 * requirements (see docs/knowledge-format.md):
 * - id equals the file name and is kebab-case; ids are unique (articles and FAQ entries are
 *   separate id spaces; within each, duplicates are errors);
 * - `related` ids exist; a code or phrase (normalized) belongs to one article only;
 * - required sections are present and non-empty, with the format's length limits;
 * - every article's explain reply and full-article pages fit Discord's limits without truncation;
 *   FAQ bodies fit an embed description;
 * - the required articles exist, and there are at least MIN_FAQ FAQ entries;
 * - localised messages (knowledge/messages/*.yaml) name an existing article and a declared
 *   source, match only text that is in the catalogue text, and no message phrase is given twice
 *   or belongs to another article;
 * - translations (knowledge/i18n/): known locale folder, frontmatter, an English original, the
 *   same headings, code blocks, inline code and link targets, nothing left in English, and their
 *   rendering fits Discord; a coverage table per locale (missing translations are problems only
 *   with `requireTranslations`).
 *
 * It renders every article the way the bot would, so it sits above both the knowledge engine and
 * the renderer (see .dependency-cruiser.cjs), never inside the engine. Its problems are in words
 * (ProblemReport): the engine's facts worded by src/render/knowledge-problems.ts, and its own
 * checks' operator diagnostics, in English.
 */
import type { APIEmbed } from 'discord-api-types/v10';
import { typedCodeKey } from '../matcher/build-index';
import { normalizePattern } from '../matcher/tokenize';
import { buildArticlePages, buildExplainEmbed, buildFaqEmbed } from '../render/explain';
import { embedLength, LIMITS } from '../render/limits';
import { applyArticleTranslation, applyFaqTranslation } from '../knowledge/i18n';
import { englishSides, parseKnowledgeFiles, readKnowledgeFilesSync, defaultKnowledgeDir, unreadableProblem, type ParsedKnowledge } from '../knowledge/load';
import { buildTranslations, lintLocaleFolders, lintTranslation, missingTranslationProblems, translationCoverage, type CoverageRow } from '../knowledge/translations';
import { messagePhrases, type ParsedMessageFile } from '../knowledge/messages';
import { parseFaq, type ParsedFile } from '../knowledge/parse';
import type { Article, FaqEntry } from '../knowledge/types';
import type { EmbedOverflow, KnowledgeFact } from '../knowledge/problems';
import type { KnowledgeProblem } from '../knowledge/types';
import { describeProblem, embedOverflowText, type ProblemReport } from '../render/knowledge-problems';

export const REQUIRED_ARTICLES = [
  'connection-refused',
  'connection-timeout',
  'connection-reset',
  'dns-failure',
  'host-unreachable',
  'tls-certificate',
  'tls-protocol',
  'http-404',
  'http-forbidden',
  'http-5xx',
  'http-429',
  'iptv-xtream',
  // Issue 12: the UDP/game verdicts and the line check's states link these.
  'game-server',
  'iptv-account',
] as const;
export const MIN_FAQ = 12;
/** Locales that must have a message file in knowledge/messages/ (issue 8: localised system messages). */
export const REQUIRED_MESSAGE_LOCALES = ['de', 'es', 'fr', 'it', 'pt', 'pt-BR', 'ru', 'tr', 'pl', 'nl', 'zh-CN', 'ja'] as const;

const LIMITS_FORMAT = { meaning: 600, item: 300, causesPerSide: 8, steps: 8, faqBody: LIMITS.description } as const;

function isKebab(id: string): boolean {
  if (!id || id.startsWith('-') || id.endsWith('-') || id.includes('--')) return false;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45)) return false;
  }
  return true;
}

function baseName(file: string): string {
  const slash = file.lastIndexOf('/');
  const name = slash >= 0 ? file.slice(slash + 1) : file;
  return name.endsWith('.md') ? name.slice(0, -3) : name;
}

/** How an embed breaks Discord's limits, as data (checked before any fitting). */
export function embedOverflows(embed: APIEmbed): EmbedOverflow[] {
  const out: EmbedOverflow[] = [];
  if ((embed.title?.length ?? 0) > LIMITS.title) out.push({ part: 'title', length: embed.title!.length, limit: LIMITS.title });
  if ((embed.description?.length ?? 0) > LIMITS.description) out.push({ part: 'description', length: embed.description!.length, limit: LIMITS.description });
  if ((embed.fields?.length ?? 0) > LIMITS.fields) out.push({ part: 'fields', count: embed.fields!.length, limit: LIMITS.fields });
  for (const f of embed.fields ?? []) {
    if (f.name.length > LIMITS.fieldName) out.push({ part: 'field-name', name: f.name.slice(0, 40), length: f.name.length, limit: LIMITS.fieldName });
    if (f.value.length > LIMITS.fieldValue) out.push({ part: 'field-value', name: f.name, length: f.value.length, limit: LIMITS.fieldValue });
    if (!f.value.trim()) out.push({ part: 'field-empty', name: f.name });
  }
  if ((embed.footer?.text.length ?? 0) > LIMITS.footer) out.push({ part: 'footer', length: embed.footer!.text.length, limit: LIMITS.footer });
  const total = embedLength(embed);
  if (total > LIMITS.totalPerMessage) out.push({ part: 'total', length: total, limit: LIMITS.totalPerMessage });
  return out;
}

/** Problems with an embed against Discord's limits, in English (the operator's `kb lint` lines). */
export function embedLimitProblems(embed: APIEmbed): string[] {
  return embedOverflows(embed).map((o) => embedOverflowText(o));
}

function lintArticle(p: ParsedFile<Article>, a: Article, problems: ProblemReport[]): void {
  const at = (field: string) => p.fieldLines.get(field) ?? 1;
  const push = (line: number | null, field: string | null, message: string) => problems.push({ file: a.file, line, field, message });
  problems.push(...idProblems(a.file, a.id, at('id')).map(describeProblem));
  if (a.codes.length + a.phrases.length === 0) push(at('codes'), 'codes', 'an article needs at least one code or phrase to be matched');
  if (a.summary.length > 300) push(at('summary'), 'summary', `is ${a.summary.length} characters; keep it to one sentence (at most 300)`);
  a.codes.forEach((c, i) => {
    if (c.includes(':') && !typedCodeKey(c) && !c.includes('::')) push(at(`codes[${i}]`), `codes[${i}]`, `unknown typed code kind in "${c}" (expected errno:, winsock:, curl:, http: or exit:)`);
    if (!normalizePattern(c) && !typedCodeKey(c)) push(at(`codes[${i}]`), `codes[${i}]`, 'has no letters or digits to match');
  });
  a.phrases.forEach((ph, i) => {
    if (!normalizePattern(ph)) push(at(`phrases[${i}]`), `phrases[${i}]`, 'has no letters or digits to match');
  });

  problems.push(...p.bodyProblems.map(describeProblem));
  const s = a.sections;
  const L = p.sectionLines;
  const bodyLine = p.bodyLine;
  const required: [keyof typeof L, string][] = [
    ['meaning', '## What it means'],
    ['causes', '## Common causes'],
    ['server', '### Server side'],
    ['client', '### Client side'],
    ['fix', '## How to fix'],
    ['test', '## Test it'],
    ['windows', '### Windows'],
    ['macos', '### macOS'],
    ['linux', '### Linux'],
  ];
  for (const [key, heading] of required) {
    if (L[key] === undefined) push(bodyLine, `sections.${key}`, `missing section "${heading}"`);
  }
  if (L.meaning !== undefined && !s.meaning) push(L.meaning, 'sections.meaning', 'is empty');
  if (s.meaning.length > LIMITS_FORMAT.meaning) push(L.meaning ?? bodyLine, 'sections.meaning', `is ${s.meaning.length} characters (at most ${LIMITS_FORMAT.meaning})`);
  for (const side of ['server', 'client'] as const) {
    const list = s.causes[side];
    if (L[side] !== undefined && list.length === 0) push(L[side], `sections.causes.${side}`, 'has no bullet items');
    if (list.length > LIMITS_FORMAT.causesPerSide) push(L[side] ?? bodyLine, `sections.causes.${side}`, `has ${list.length} causes (at most ${LIMITS_FORMAT.causesPerSide})`);
    list.forEach((c, i) => {
      if (c.length > LIMITS_FORMAT.item) push(L[side] ?? bodyLine, `sections.causes.${side}[${i}]`, `is ${c.length} characters (at most ${LIMITS_FORMAT.item})`);
      if (!c) push(L[side] ?? bodyLine, `sections.causes.${side}[${i}]`, 'is empty');
    });
  }
  if (L.fix !== undefined && s.fix.length === 0) push(L.fix, 'sections.fix', 'has no numbered steps');
  if (s.fix.length > LIMITS_FORMAT.steps) push(L.fix ?? bodyLine, 'sections.fix', `has ${s.fix.length} steps (at most ${LIMITS_FORMAT.steps})`);
  s.fix.forEach((step, i) => {
    if (step.length > LIMITS_FORMAT.item) push(L.fix ?? bodyLine, `sections.fix[${i}]`, `is ${step.length} characters (at most ${LIMITS_FORMAT.item})`);
  });
  for (const os of ['windows', 'macos', 'linux'] as const) {
    if (L[os] !== undefined && !s.test[os].trim()) push(L[os], `sections.test.${os}`, 'has no code block');
  }

  for (const msg of articleRenderProblems(a)) push(bodyLine, 'render', msg);
}

/** The explain reply (with and without a typical context) and every page, against Discord's limits. */
function articleRenderProblems(a: Article): string[] {
  const out: string[] = [];
  const renders: [string, APIEmbed][] = [
    ['explain reply', buildExplainEmbed(a, {}, null, true)],
    [
      'explain reply',
      buildExplainEmbed(a, { host: 'very-long-subdomain.customer-12345.example-hosting-provider.com', port: 65535, tool: 'browser', service: { port: 65535, name: 'x' } }, {
        id: a.id,
        title: a.title,
        confidence: 0.5,
        evidence: [
          { kind: 'code', code: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', fuzzy: false },
          { kind: 'phrase', phrase: 'a long phrase that matched the text', fuzzy: false },
          { kind: 'typed', key: 'errno:111', means: 'ECONNREFUSED' },
        ],
      }, false, [
        { id: 'x', title: 'An alternative with a long title for testing', confidence: 0.4, evidence: [] },
        { id: 'y', title: 'Another alternative with a long title', confidence: 0.4, evidence: [] },
        { id: 'z', title: 'A third alternative with a long title', confidence: 0.4, evidence: [] },
      ]),
    ],
  ];
  buildArticlePages(a).forEach((page, i) => renders.push([`full article page ${i + 1}`, page]));
  const seen = new Set<string>();
  for (const [what, embed] of renders) {
    for (const msg of embedLimitProblems(embed)) {
      const key = `${what}: ${msg}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(`${what} does not fit Discord's limits: ${msg}`);
    }
  }
  return out;
}

/** The id is kebab-case and names the file. */
function idProblems(file: string, id: string, line: number): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  if (!isKebab(id)) problems.push({ file, line, field: 'id', fact: { kind: 'id-not-kebab', id } });
  if (baseName(file) !== id) problems.push({ file, line, field: 'id', fact: { kind: 'id-not-file-name', id, fileStem: baseName(file) } });
  return problems;
}

/** An FAQ body over the format's limit, and its embed against Discord's. */
function faqBodyFacts(body: string, embed: APIEmbed): { field: string; fact: KnowledgeFact }[] {
  const out: { field: string; fact: KnowledgeFact }[] = [];
  if (body.length > LIMITS_FORMAT.faqBody) out.push({ field: 'body', fact: { kind: 'text-too-long', length: body.length, max: LIMITS_FORMAT.faqBody } });
  for (const overflow of embedOverflows(embed)) out.push({ field: 'render', fact: { kind: 'faq-embed-overflow', overflow } });
  return out;
}

/** The format's checks of one FAQ entry, as facts (a moderator's entry shows them in their language). */
function lintFaq(p: ParsedFile<FaqEntry>, f: FaqEntry): KnowledgeProblem[] {
  const problems = idProblems(f.file, f.id, p.fieldLines.get('id') ?? 1);
  if (!f.body) problems.push({ file: f.file, line: p.bodyLine, field: 'body', fact: { kind: 'text-empty' } });
  for (const { field, fact } of faqBodyFacts(f.body, buildFaqEmbed(f))) problems.push({ file: f.file, line: p.bodyLine, field, fact });
  return problems;
}

/**
 * One FAQ file on its own, with the same checks `kb lint` applies to a shipped entry (used for
 * imports and for what a moderator typed in Discord). The entry is returned only when clean; the
 * problems are facts, for the reader's language.
 */
export function lintFaqText(file: string, text: string): { entry: FaqEntry | null; problems: KnowledgeProblem[] } {
  const parsed = parseFaq(file, text);
  if (!parsed.value) return { entry: null, problems: parsed.problems };
  const problems = lintFaq(parsed, parsed.value);
  return { entry: problems.length ? null : parsed.value, problems };
}

/** Lint already-parsed files (for tests and for callers that have the texts). */
export function lintParsed(parsed: ParsedKnowledge, knowledgeFile = 'knowledge'): ProblemReport[] {
  const problems: ProblemReport[] = parsed.problems.map(describeProblem);
  const articles = parsed.articles.filter((p) => p.value);
  const faqs = parsed.faqs.filter((p) => p.value);
  for (const p of articles) lintArticle(p, p.value!, problems);
  for (const p of faqs) problems.push(...lintFaq(p, p.value!).map(describeProblem));

  const ids = new Set(articles.map((p) => p.value!.id));
  for (const p of articles) {
    const a = p.value!;
    a.related.forEach((r, i) => {
      if (!ids.has(r)) problems.push({ file: a.file, line: p.fieldLines.get(`related[${i}]`) ?? p.fieldLines.get('related') ?? 1, field: `related[${i}]`, message: `unknown article id "${r}"` });
      if (r === a.id) problems.push({ file: a.file, line: p.fieldLines.get(`related[${i}]`) ?? 1, field: `related[${i}]`, message: 'an article cannot be related to itself' });
    });
  }

  // A code or phrase (normalized) may belong to one article only.
  const owner = new Map<string, { id: string; file: string }>();
  for (const p of articles) {
    const a = p.value!;
    const mine = new Set<string>();
    const check = (field: 'codes' | 'phrases', value: string, i: number) => {
      const key = typedCodeKey(value) ?? normalizePattern(value);
      if (!key) return;
      const line = p.fieldLines.get(`${field}[${i}]`) ?? 1;
      if (mine.has(key)) {
        problems.push({ file: a.file, line, field: `${field}[${i}]`, message: `"${value}" is listed twice in this article (after normalization)` });
        return;
      }
      mine.add(key);
      const other = owner.get(key);
      if (other) problems.push({ file: a.file, line, field: `${field}[${i}]`, message: `"${value}" is also claimed by ${other.id} (${other.file})` });
      else owner.set(key, { id: a.id, file: a.file });
    };
    a.codes.forEach((c, i) => check('codes', c, i));
    a.phrases.forEach((ph, i) => check('phrases', ph, i));
  }

  lintMessages(parsed.messages, ids, owner, problems);
  const locales = new Set(parsed.messages.map((p) => p.value?.locale));
  for (const loc of REQUIRED_MESSAGE_LOCALES) {
    if (!locales.has(loc)) problems.push({ file: `${knowledgeFile}/messages/${loc}.yaml`, line: null, field: null, message: `required locale "${loc}" has no message file` });
  }

  problems.push(...lintTranslations(parsed));

  for (const id of REQUIRED_ARTICLES) {
    if (!ids.has(id)) problems.push({ file: `${knowledgeFile}/${id}.md`, line: null, field: null, message: `required article "${id}" is missing` });
  }
  if (faqs.length < MIN_FAQ) problems.push({ file: `${knowledgeFile}/faq`, line: null, field: null, message: `${faqs.length} FAQ entries; at least ${MIN_FAQ} are required` });
  return problems;
}

/** Translations: locale folders, each file against its English original, and their renders. */
function lintTranslations(parsed: ParsedKnowledge): ProblemReport[] {
  const problems = lintLocaleFolders(parsed.localeFolders).map(describeProblem);
  const en = englishSides(parsed);
  for (const t of parsed.translations) {
    const id = t.value?.id ?? '';
    const side = t.kind === 'article' ? en.articles.get(id) : en.faqs.get(id);
    const original = side && { body: side.parsed.body ?? '', bodyLine: side.parsed.bodyLine, file: side.value.file, ...(t.kind === 'article' ? { summary: (side.value as Article).summary } : {}) };
    problems.push(...lintTranslation(t, original).map(describeProblem));
  }
  const built = buildTranslations(parsed.translations, en.articles, en.faqs);
  for (const locale of built.locales()) {
    for (const id of built.articleIds(locale)) {
      const t = built.article(locale, id)!;
      for (const msg of articleRenderProblems(applyArticleTranslation(en.articles.get(id)!.value, t))) problems.push({ file: t.file, line: null, field: 'render', message: msg });
    }
    for (const id of built.faqIds(locale)) {
      const t = built.faq(locale, id)!;
      for (const { field, fact } of faqBodyFacts(t.body, buildFaqEmbed(applyFaqTranslation(en.faqs.get(id)!.value, t)))) problems.push(describeProblem({ file: t.file, line: null, field, fact }));
    }
  }
  return problems;
}

/** Lint the knowledge directory. Returns every problem found (empty when all is well). */
export function lintKnowledgeBase(dir: string = defaultKnowledgeDir(), options: LintOptions = {}): ProblemReport[] {
  return lintKnowledgeDir(dir, options).problems;
}

export interface LintOptions {
  /** Every locale must translate every article and FAQ entry (missing ones become problems). */
  requireTranslations?: boolean;
}

export interface LintReport {
  problems: ProblemReport[];
  articles: number;
  faqs: number;
  /** Translation coverage per locale. */
  coverage: CoverageRow[];
}

/** Lint `dir` once: the problems, how many articles and FAQ entries were read, and translation coverage. */
export function lintKnowledgeDir(dir: string = defaultKnowledgeDir(), options: LintOptions = {}): LintReport {
  let files;
  try {
    files = readKnowledgeFilesSync(dir);
  } catch (err) {
    return { problems: [describeProblem(unreadableProblem(dir, err))], articles: 0, faqs: 0, coverage: [] };
  }
  const parts = dir.replace(/[\\/]+$/, '').split(/[\\/]/);
  const knowledgeFile = parts[parts.length - 1] || dir;
  const parsed = parseKnowledgeFiles(files);
  const problems = lintParsed(parsed, knowledgeFile);
  const ids = (list: ParsedFile<{ id: string }>[]) => [...new Set(list.filter((p) => p.value).map((p) => p.value!.id))];
  const coverage = translationCoverage(ids(parsed.articles), ids(parsed.faqs), parsed.translations);
  if (options.requireTranslations) problems.push(...missingTranslationProblems(coverage, knowledgeFile).map(describeProblem));
  return { problems, articles: parsed.articles.length, faqs: parsed.faqs.length, coverage };
}

function fileStem(file: string): string {
  const slash = file.lastIndexOf('/');
  const name = slash >= 0 ? file.slice(slash + 1) : file;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** Localised message files: see messages.ts. `owner` maps normalized article codes and phrases to their article. */
function lintMessages(files: readonly ParsedMessageFile[], ids: Set<string>, owner: Map<string, { id: string; file: string }>, problems: ProblemReport[]): void {
  const given = new Map<string, { article: string; where: string }>();
  for (const p of files) {
    const f = p.value;
    if (!f) continue;
    const push = (line: number | null, field: string | null, message: string) => problems.push({ file: f.file, line, field, message });
    if (f.locale !== fileStem(f.file)) push(p.fieldLines.get('locale') ?? 1, 'locale', `"${f.locale}" does not match the file name "${fileStem(f.file)}"`);
    const inFile = new Set<string>();
    f.messages.forEach((m, i) => {
      const line = p.fieldLines.get(`messages[${i}]`) ?? 1;
      const field = `messages[${i}]`;
      if (!Object.hasOwn(f.sources, m.source)) push(line, `${field}.source`, `unknown source "${m.source}" (declare it under sources: ${Object.keys(f.sources).join(', ') || 'none yet'})`);
      if (!ids.has(m.article)) push(line, `${field}.article`, `unknown article id "${m.article}"`);
      (m.match ?? []).forEach((part, k) => {
        if (!m.text.includes(part)) push(line, `${field}.match[${k}]`, `"${part}" is not part of the text; match only what the catalogue says`);
      });
      const phrases = messagePhrases(m).filter((ph) => normalizePattern(ph));
      if (phrases.length === 0) push(line, `${field}.text`, 'leaves nothing to match (a piece between placeholders needs two words, or give match:)');
      for (const ph of phrases) {
        const key = normalizePattern(ph);
        if (inFile.has(key)) {
          push(line, field, `"${ph}" is listed twice in this file (after normalization)`);
          continue;
        }
        inFile.add(key);
        const claimed = owner.get(key);
        if (claimed && claimed.id !== m.article) {
          push(line, field, `"${ph}" is also claimed by ${claimed.id} (${claimed.file})`);
          continue;
        }
        const other = given.get(key);
        if (other && other.article !== m.article) push(line, field, `"${ph}" is also given for ${other.article} (${other.where})`);
        else if (!other) given.set(key, { article: m.article, where: `${f.file}:${line}` });
      }
    });
  }
}
