/**
 * Knowledge translations (knowledge/i18n/<locale>/<id>.md and …/faq/<id>.md): parsing, building
 * the per-locale maps the knowledge base carries, and the mechanical checks `kb lint` runs
 * against the English original (headings, code blocks, inline code, links, untranslated text)
 * plus the coverage table. The format is described in README ("Translating an article").
 */
import MarkdownIt from 'markdown-it';
import { z } from 'zod';
import { isKnowledgeLocale, KNOWLEDGE_LOCALES } from './i18n';
import { parseArticleBody, parseFrontmatter, splitFrontmatter, str, strList, type FieldLines, type ParsedFile } from './parse';
import type { HeadingRef, KnowledgeFact } from './problems';
import type { Article, FaqEntry, KnowledgeProblem, KnowledgeTranslations, TranslatedArticle, TranslatedFaq } from './types';

type Token = ReturnType<MarkdownIt['parse']>[number];

const title = () => str().max(256);
export const translatedArticleFrontmatter = z.object({ id: str(), locale: str(), title: title(), summary: str() }).strict();
export const translatedFaqFrontmatter = z.object({ id: str(), locale: str(), title: title(), aliases: strList.optional() }).strict();

/** A file under knowledge/i18n/: `locale` is its folder's name. */
export interface RawTranslationFile {
  file: string;
  text: string;
  locale: string;
  kind: 'article' | 'faq';
}

/** An entry of knowledge/i18n/ (every folder, so that lint can name the bad ones). */
export interface LocaleFolder {
  name: string;
  file: string;
}

export interface ParsedTranslation {
  kind: 'article' | 'faq';
  /** The folder's locale. */
  folder: string;
  file: string;
  value: { id: string; locale: string; title: string; summary?: string; aliases?: string[] } | null;
  problems: KnowledgeProblem[];
  fieldLines: FieldLines;
  body: string;
  bodyLine: number;
}

export function parseTranslation(raw: RawTranslationFile): ParsedTranslation {
  const base = { kind: raw.kind, folder: raw.locale, file: raw.file };
  const split = splitFrontmatter(raw.text);
  if (!split) {
    const problem: KnowledgeProblem = { file: raw.file, line: 1, field: null, fact: { kind: 'frontmatter-missing' } };
    return { ...base, value: null, problems: [problem], fieldLines: new Map(), body: '', bodyLine: 1 };
  }
  const fm = parseFrontmatter(raw.file, split, raw.kind === 'article' ? translatedArticleFrontmatter : translatedFaqFrontmatter);
  const value = fm.parsed ? (fm.parsed as ParsedTranslation['value']) : null;
  return { ...base, value, problems: fm.problems, fieldLines: fm.fieldLines, body: split.body, bodyLine: split.bodyLine };
}

// ---- Body structure -------------------------------------------------------------------------

const md = new MarkdownIt('commonmark');

interface At {
  line: number;
}
export interface BodyStructure {
  headings: (At & { level: number; text: string })[];
  /** Fenced (and indented) code blocks: fence, info string and content, exactly. */
  fences: (At & { text: string })[];
  codeSpans: (At & { text: string })[];
  links: (At & { target: string })[];
  /** Prose of each paragraph / list item text, code spans left out; `section` counts the headings before it. */
  blocks: (At & { prose: string; section: number })[];
}

/** The structure of a markdown body whose first line is file line `bodyLine`. */
export function bodyStructure(body: string, bodyLine: number): BodyStructure {
  const tokens: Token[] = md.parse(body, {});
  const out: BodyStructure = { headings: [], fences: [], codeSpans: [], links: [], blocks: [] };
  const lineOf = (t: Token) => (t.map ? t.map[0] + bodyLine : bodyLine);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'fence' || t.type === 'code_block') {
      out.fences.push({ line: lineOf(t), text: `${t.markup}${t.info}\n${t.content}` });
      continue;
    }
    if (t.type !== 'inline') continue;
    const line = lineOf(t);
    const prev = tokens[i - 1];
    const prose: string[] = [];
    for (const c of t.children ?? []) {
      if (c.type === 'code_inline') out.codeSpans.push({ line, text: c.content });
      else if (c.type === 'link_open') out.links.push({ line, target: c.attrGet('href') ?? '' });
      else if (c.type === 'text') prose.push(c.content);
      else if (c.type === 'softbreak' || c.type === 'hardbreak') prose.push(' ');
    }
    if (prev?.type === 'heading_open') {
      out.headings.push({ line: lineOf(prev), level: Number(prev.tag.slice(1)), text: t.content.trim() });
    } else {
      out.blocks.push({ line, prose: prose.join('').replace(/\s+/g, ' ').trim(), section: out.headings.length });
    }
  }
  return out;
}

/** Words of two or more letters. */
function wordCount(text: string): number {
  return text.match(/\p{L}{2,}/gu)?.length ?? 0;
}

/**
 * Lower-case words of two or more letters: what makes a text prose. Names, acronyms and numbers
 * ("Linux: ufw (Ubuntu/Debian)", "Terraria: TCP 7777") are legitimately the same in every language.
 */
function proseWords(text: string): number {
  return text.match(/(?<!\p{L})\p{Ll}{2,}(?!\p{L})/gu)?.length ?? 0;
}

const hashes = (level: number) => '#'.repeat(level);
const headingRef = (h: { level: number; text: string }): HeadingRef => ({ level: h.level, text: h.text });

// ---- Building the knowledge base's translations ---------------------------------------------

/** The English side of a translation: its parsed file (body kept by the parser). */
export interface EnglishSide<T> {
  parsed: ParsedFile<T>;
  value: T;
}

/**
 * The article body's sections from a translation: its headings are mapped by position onto the
 * English ones (same level), then parsed like an English body.
 */
const englishHeadings = new WeakMap<object, BodyStructure['headings']>();

function translatedSections(t: ParsedTranslation, en: EnglishSide<Article>): { sections: Article['sections']; headings: string[] } {
  let enHeadings = englishHeadings.get(en.parsed);
  if (!enHeadings) {
    enHeadings = bodyStructure(en.parsed.body ?? '', en.parsed.bodyLine).headings;
    englishHeadings.set(en.parsed, enHeadings);
  }
  const trHeadings = bodyStructure(t.body, t.bodyLine).headings;
  const lines = t.body.split('\n');
  trHeadings.forEach((h, i) => {
    const e = enHeadings[i];
    if (e && e.level === h.level) lines[h.line - t.bodyLine] = `${hashes(e.level)} ${e.text}`;
  });
  const parsed = parseArticleBody(t.file, lines.join('\n'), t.bodyLine);
  return { sections: parsed.sections, headings: trHeadings.map((h) => h.text) };
}

/**
 * The per-locale lookups, from translations with valid frontmatter, a known locale folder matching
 * their `locale`, and an English original (anything else is lint's to report). Article bodies
 * are parsed on first lookup, so loading stays cheap however many locales there are.
 */
export function buildTranslations(
  parsed: readonly ParsedTranslation[],
  articles: ReadonlyMap<string, EnglishSide<Article>>,
  faqs: ReadonlyMap<string, EnglishSide<FaqEntry>>,
): KnowledgeTranslations {
  const arts = new Map<string, Map<string, ParsedTranslation>>();
  const fqs = new Map<string, Map<string, ParsedTranslation>>();
  for (const t of parsed) {
    const v = t.value;
    if (!v || !isKnowledgeLocale(t.folder) || v.locale !== t.folder) continue;
    const [into, known] = t.kind === 'article' ? [arts, articles.has(v.id)] : [fqs, faqs.has(v.id)];
    if (!known) continue;
    const map = into.get(t.folder) ?? new Map<string, ParsedTranslation>();
    map.set(v.id, t);
    into.set(t.folder, map);
  }
  const builtArticles = new Map<string, TranslatedArticle>();
  const builtFaqs = new Map<string, TranslatedFaq>();
  return {
    locales: () => [...new Set([...arts.keys(), ...fqs.keys()])],
    articleIds: (locale) => [...(arts.get(locale)?.keys() ?? [])],
    faqIds: (locale) => [...(fqs.get(locale)?.keys() ?? [])],
    article(locale, id) {
      const t = arts.get(locale)?.get(id);
      if (!t) return undefined;
      const key = `${locale}/${id}`;
      let built = builtArticles.get(key);
      if (!built) {
        const v = t.value!;
        const { sections, headings } = translatedSections(t, articles.get(id)!);
        built = { id, locale, title: v.title, summary: v.summary ?? '', sections, headings, file: t.file };
        builtArticles.set(key, built);
      }
      return built;
    },
    faq(locale, id) {
      const t = fqs.get(locale)?.get(id);
      if (!t) return undefined;
      const key = `${locale}/${id}`;
      let built = builtFaqs.get(key);
      if (!built) {
        const v = t.value!;
        built = { id, locale, title: v.title, aliases: v.aliases ?? [], body: t.body.trim(), file: t.file };
        builtFaqs.set(key, built);
      }
      return built;
    },
  };
}

// ---- Lint -----------------------------------------------------------------------------------

function stem(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  return name.endsWith('.md') ? name.slice(0, -3) : name;
}

/** A locale folder that is not one of KNOWLEDGE_LOCALES. */
export function lintLocaleFolders(folders: readonly LocaleFolder[]): KnowledgeProblem[] {
  return folders
    .filter((f) => !isKnowledgeLocale(f.name))
    .map((f) => ({ file: f.file, line: null, field: 'locale', fact: { kind: 'locale-folder-unknown', folder: f.name, known: KNOWLEDGE_LOCALES } }));
}

/**
 * Every check of one translation against its English original (`en` undefined: no English file
 * with that id, reported as an extra translation). Frontmatter problems are the loader's (`t.problems`).
 */
export function lintTranslation(t: ParsedTranslation, en: { body: string; bodyLine: number; summary?: string; file: string } | undefined): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const v = t.value;
  if (!v) return problems;
  const at = (field: string) => t.fieldLines.get(field) ?? 1;
  const push = (line: number | null, field: string | null, fact: KnowledgeFact) => problems.push({ file: t.file, line, field, fact });
  if (v.id !== stem(t.file)) push(at('id'), 'id', { kind: 'id-not-file-name', id: v.id, fileStem: stem(t.file) });
  if (isKnowledgeLocale(t.folder) && v.locale !== t.folder) push(at('locale'), 'locale', { kind: 'locale-not-folder', locale: v.locale, folder: t.folder });
  if (!en) {
    push(at('id'), 'id', { kind: 'translation-extra', of: t.kind, id: v.id });
    return problems;
  }
  if (en.summary !== undefined && v.summary === en.summary && proseWords(en.summary) >= 3) push(at('summary'), 'summary', { kind: 'summary-in-english' });

  const e = bodyStructure(en.body, en.bodyLine);
  const tr = bodyStructure(t.body, t.bodyLine);

  // Headings: same count, levels and order.
  const hCount = Math.max(e.headings.length, tr.headings.length);
  for (let i = 0; i < hCount; i++) {
    const eh = e.headings[i];
    const th = tr.headings[i];
    if (eh && th && eh.level === th.level) continue;
    push(th?.line ?? t.bodyLine, 'headings', { kind: 'heading-differs', index: i + 1, englishCount: e.headings.length, expected: eh ? headingRef(eh) : null, found: th ? headingRef(th) : null });
    break;
  }
  tr.headings.forEach((th, i) => {
    const eh = e.headings[i];
    if (eh && eh.level === th.level && th.text === eh.text && wordCount(th.text) >= 2) push(th.line, 'headings', { kind: 'heading-in-english', heading: headingRef(th) });
  });

  // Fenced code blocks: byte-identical, same order.
  const fCount = Math.max(e.fences.length, tr.fences.length);
  for (let i = 0; i < fCount; i++) {
    const ef = e.fences[i];
    const tf = tr.fences[i];
    if (ef && tf && ef.text === tf.text) continue;
    if (!tf) push(t.bodyLine, 'code', { kind: 'code-block-missing', index: i + 1, englishFile: en.file, englishLine: ef!.line });
    else if (!ef) push(tf.line, 'code', { kind: 'code-block-extra', index: i + 1, englishCount: e.fences.length });
    else push(tf.line, 'code', { kind: 'code-block-differs', index: i + 1, englishFile: en.file, englishLine: ef.line });
  }

  // Inline code spans: the same multiset.
  const count = new Map<string, number>();
  for (const c of e.codeSpans) count.set(c.text, (count.get(c.text) ?? 0) + 1);
  for (const c of tr.codeSpans) {
    const n = count.get(c.text) ?? 0;
    if (n > 0) count.set(c.text, n - 1);
    else push(c.line, 'code', { kind: 'code-span-extra', code: c.text });
  }
  for (const c of e.codeSpans) {
    const n = count.get(c.text) ?? 0;
    if (n > 0) {
      push(t.bodyLine, 'code', { kind: 'code-span-missing', code: c.text, englishFile: en.file, englishLine: c.line });
      count.set(c.text, n - 1);
    }
  }

  // Link targets: same targets, same order.
  const lCount = Math.max(e.links.length, tr.links.length);
  for (let i = 0; i < lCount; i++) {
    const el = e.links[i];
    const tl = tr.links[i];
    if (el && tl && el.target === tl.target) continue;
    if (!tl) push(t.bodyLine, 'links', { kind: 'link-missing', index: i + 1, target: el!.target, englishFile: en.file, englishLine: el!.line });
    else if (!el) push(tl.line, 'links', { kind: 'link-extra', index: i + 1, target: tl.target });
    else push(tl.line, 'links', { kind: 'link-differs', index: i + 1, target: tl.target, englishTarget: el.target });
  }

  // Untranslated text: a whole section whose prose is the English prose, else single blocks.
  const sectionProse = (s: BodyStructure, k: number) =>
    s.blocks
      .filter((b) => b.section === k)
      .map((b) => b.prose)
      .join(' ')
      .trim();
  const flagged = new Set<number>();
  for (let k = 0; k <= Math.min(e.headings.length, tr.headings.length); k++) {
    const prose = sectionProse(e, k);
    if (proseWords(prose) < 3 || sectionProse(tr, k) !== prose) continue;
    flagged.add(k);
    const h = k > 0 ? tr.headings[k - 1]! : null;
    push(h?.line ?? t.bodyLine, 'untranslated', { kind: 'section-in-english', heading: h ? headingRef(h) : null });
  }
  const english = new Set(e.blocks.map((b) => b.prose).filter((p) => proseWords(p) >= 3));
  for (const b of tr.blocks) {
    if (!flagged.has(b.section) && english.has(b.prose)) push(b.line, 'untranslated', { kind: 'block-in-english', prose: b.prose });
  }
  return problems;
}

// ---- Coverage -------------------------------------------------------------------------------

export interface CoverageRow {
  locale: string;
  articles: number;
  articleTotal: number;
  faqs: number;
  faqTotal: number;
  missingArticles: string[];
  missingFaqs: string[];
}

/** Per known locale: which English articles and FAQ entries have a translation (valid frontmatter, right folder). */
export function translationCoverage(articleIds: readonly string[], faqIds: readonly string[], parsed: readonly ParsedTranslation[]): CoverageRow[] {
  return KNOWLEDGE_LOCALES.map((locale) => {
    const have = (kind: 'article' | 'faq') =>
      new Set(parsed.filter((t) => t.kind === kind && t.folder === locale && t.value && t.value.locale === locale).map((t) => t.value!.id));
    const a = have('article');
    const f = have('faq');
    const missingArticles = articleIds.filter((id) => !a.has(id));
    const missingFaqs = faqIds.filter((id) => !f.has(id));
    return {
      locale,
      articles: articleIds.length - missingArticles.length,
      articleTotal: articleIds.length,
      faqs: faqIds.length - missingFaqs.length,
      faqTotal: faqIds.length,
      missingArticles,
      missingFaqs,
    };
  });
}

/** With --require-translations: every missing translation is a problem. */
export function missingTranslationProblems(rows: readonly CoverageRow[], knowledgeFile: string): KnowledgeProblem[] {
  const out: KnowledgeProblem[] = [];
  for (const r of rows) {
    for (const id of r.missingArticles) out.push({ file: `${knowledgeFile}/i18n/${r.locale}/${id}.md`, line: null, field: null, fact: { kind: 'translation-missing', locale: r.locale, of: 'article', id } });
    for (const id of r.missingFaqs) out.push({ file: `${knowledgeFile}/i18n/${r.locale}/faq/${id}.md`, line: null, field: null, fact: { kind: 'translation-missing', locale: r.locale, of: 'faq', id } });
  }
  return out;
}
