/**
 * Loading the knowledge base: knowledge/*.md are articles, knowledge/faq/*.md FAQ entries,
 * knowledge/messages/*.yaml localised system messages (see messages.ts), whose texts become
 * phrases of their articles; knowledge/i18n/<locale>/[faq/]*.md translations (see translations.ts),
 * attached as `kb.translations`; README.md (any case) and other files are ignored.
 *
 * The loader refuses a knowledge base with frontmatter problems (YAML, schema) or duplicate ids,
 * and reports every problem with file, line and field. Body-structure and style problems are
 * the linter's business (src/kb-tools/lint.ts): the loader still builds sections from what it finds.
 *
 * Ids: articles and FAQ entries are separate id spaces (they are looked up by different
 * commands and buttons); an id must be unique within its space.
 */
import { readdirSync, readFileSync, writeFileSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { attachIndex, buildMatcherIndex, deserializeIndex, serializeIndex, type SerializedIndex } from '../matcher/build-index';
import { defaultCompiledPath, knowledgeKey, readCompiled, serializeCompiled, type KeyedFile } from './compiled';
import { packageRoot } from '../util/paths';
import { normalizePattern } from '../matcher/tokenize';
import type * as MessagesModule from './messages';
import type { MessageFile, ParsedMessageFile } from './messages';
import type * as ParseModule from './parse';
import type { ParsedFile } from './parse';
import type * as TranslationsModule from './translations';
import type { EnglishSide, LocaleFolder, ParsedTranslation, RawTranslationFile } from './translations';
import type { Article, FaqEntry, KnowledgeBase, KnowledgeProblem, KnowledgeTranslations } from './types';

export type LoadResult = { kb: KnowledgeBase } | { problems: KnowledgeProblem[] };

/** `<packageRoot>/knowledge`. */
export function defaultKnowledgeDir(): string {
  return join(packageRoot(), 'knowledge');
}

/**
 * The articles with the phrases of their localised messages added (a message for an unknown
 * article is left out: lint reports it). Phrases an article already has are not repeated.
 */
export function withMessagePhrases(articles: readonly Article[], files: readonly MessageFile[]): Article[] {
  const extra = new Map<string, string[]>();
  for (const f of files) {
    for (const m of f.messages) {
      const list = extra.get(m.article) ?? [];
      list.push(...parsers().messages.messagePhrases(m));
      extra.set(m.article, list);
    }
  }
  if (extra.size === 0) return [...articles];
  return articles.map((a) => {
    const add = extra.get(a.id);
    if (!add) return a;
    const seen = new Set([...a.codes, ...a.phrases].map(normalizePattern));
    const phrases = [...a.phrases];
    for (const p of add) {
      const key = normalizePattern(p);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      phrases.push(p);
    }
    return { ...a, phrases };
  });
}

/**
 * A knowledge base over the given articles and entries, with O(1) lookups and a prebuilt matcher
 * index. Localised messages, when given, are merged into their articles' phrases first.
 */
/** What a knowledge base may come with besides its files' content. */
export interface KnowledgeExtras {
  /** Translations, or a function that builds them on first use (the compiled start-up). */
  translations?: KnowledgeTranslations | (() => KnowledgeTranslations | undefined);
  /** A prebuilt index over exactly these articles (the compiled knowledge base's). */
  index?: SerializedIndex;
}

export function createKnowledgeBase(
  inputArticles: readonly Article[],
  faqs: readonly FaqEntry[],
  messages: readonly MessageFile[] = [],
  extras: KnowledgeExtras = {},
): KnowledgeBase {
  const articles = withMessagePhrases(inputArticles, messages);
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const faqById = new Map(faqs.map((f) => [f.id, f]));
  const kb: KnowledgeBase = {
    articles: Object.freeze([...articles]),
    faqs: Object.freeze([...faqs]),
    article: (id) => articleById.get(id),
    faq: (id) => faqById.get(id),
  };
  const { translations, index } = extras;
  if (typeof translations === 'function') {
    let built: KnowledgeTranslations | undefined;
    let done = false;
    Object.defineProperty(kb, 'translations', {
      enumerable: true,
      get: () => {
        if (!done) {
          built = translations();
          done = true;
        }
        return built;
      },
    });
  } else if (translations) {
    kb.translations = translations;
  }
  attachIndex(kb, index && messages.length === 0 ? deserializeIndex(index, kb.articles) : buildMatcherIndex(kb.articles));
  return kb;
}

export interface RawFile {
  /** Path relative to the knowledge directory ("dns-failure.md", "faq/test-a-port.md"). */
  file: string;
  text: string;
}

function isContentFile(name: string): boolean {
  return name.endsWith('.md') && name.toLowerCase() !== 'readme.md' && !name.startsWith('.');
}

function isMessageFile(name: string): boolean {
  return (name.endsWith('.yaml') || name.endsWith('.yml')) && !name.startsWith('.');
}

/** The knowledge directory's files, relative paths shown as `<dir basename>/<path>`. */
export interface KnowledgeFiles {
  articles: RawFile[];
  faqs: RawFile[];
  /** knowledge/messages/*.yaml */
  messages: RawFile[];
  /** knowledge/i18n/<locale>/*.md and knowledge/i18n/<locale>/faq/*.md */
  translations?: RawTranslationFile[];
  /** Every folder under knowledge/i18n/ (lint names the unknown ones). */
  localeFolders?: LocaleFolder[];
}

function isMissing(err: unknown): boolean {
  return (err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR';
}

/** A folder's names; none when the folder is missing. */
function listOrNothing(path: string): string[] {
  try {
    return readdirSync(path);
  } catch (err) {
    if (isMissing(err)) return [];
    throw err;
  }
}

/** The translation files to read, from the listing of knowledge/i18n/ (folders only) and each folder's faq/. */
function translationPaths(dir: string, folders: Dirent[]): { folders: LocaleFolder[]; files: Omit<RawTranslationFile, 'text'>[]; paths: string[] } {
  const out: { folders: LocaleFolder[]; files: Omit<RawTranslationFile, 'text'>[]; paths: string[] } = { folders: [], files: [], paths: [] };
  for (const d of folders.filter((e) => e.isDirectory() && !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    out.folders.push({ name: d.name, file: displayPath(dir, `i18n/${d.name}`) });
    for (const [sub, kind] of [[`i18n/${d.name}`, 'article'], [`i18n/${d.name}/faq`, 'faq']] as const) {
      for (const name of listOrNothing(join(dir, sub)).filter(isContentFile).sort()) {
        out.files.push({ file: displayPath(dir, `${sub}/${name}`), locale: d.name, kind });
        out.paths.push(join(dir, sub, name));
      }
    }
  }
  return out;
}

/** Displayed path of a file: `<dir basename>/<relative path>`, like `knowledge/dns-failure.md`. */
function displayPath(dir: string, rel: string): string {
  const parts = dir.replace(/[\\/]+$/, '').split(/[\\/]/);
  const base = parts[parts.length - 1] || dir;
  return `${base}/${rel}`;
}

/** Every knowledge file to read, in order, with where its text goes; listing is cheap and synchronous. */
interface KnowledgeListing {
  /** Articles, FAQ entries and message files: [group, displayed path] per file. */
  files: { group: 'articles' | 'faqs' | 'messages'; file: string }[];
  translations: Omit<RawTranslationFile, 'text'>[];
  localeFolders: LocaleFolder[];
  /** The paths to read: `files` first, then `translations`, in their order. */
  paths: string[];
}

function listKnowledgeFiles(dir: string): KnowledgeListing {
  const listing: KnowledgeListing = { files: [], translations: [], localeFolders: [], paths: [] };
  const groups = [['articles', '', isContentFile], ['faqs', 'faq', isContentFile], ['messages', 'messages', isMessageFile]] as const;
  for (const [group, sub, keep] of groups) {
    let names: string[];
    try {
      names = readdirSync(join(dir, sub));
    } catch (err) {
      // The knowledge folder itself must exist; its subfolders may not.
      if (sub && (err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw err;
    }
    for (const name of names.filter(keep).sort()) {
      listing.files.push({ group, file: displayPath(dir, sub ? `${sub}/${name}` : name) });
      listing.paths.push(join(dir, sub, name));
    }
  }
  let entries: Dirent[] = [];
  try {
    entries = readdirSync(join(dir, 'i18n'), { withFileTypes: true });
  } catch (err) {
    if (!isMissing(err)) throw err;
  }
  const t = translationPaths(dir, entries);
  listing.translations = t.files;
  listing.localeFolders = t.folders;
  listing.paths.push(...t.paths);
  return listing;
}

/** The listed files with their texts (`texts` in the order of `listing.paths`). */
function withTexts(listing: KnowledgeListing, texts: readonly string[]): KnowledgeFiles {
  const out: KnowledgeFiles = { articles: [], faqs: [], messages: [], translations: [], localeFolders: listing.localeFolders };
  listing.files.forEach(({ group, file }, i) => out[group].push({ file, text: texts[i]! }));
  const offset = listing.files.length;
  out.translations = listing.translations.map((f, i) => ({ ...f, text: texts[offset + i]! }));
  return out;
}

export function readKnowledgeFilesSync(dir: string): KnowledgeFiles {
  const listing = listKnowledgeFiles(dir);
  return withTexts(listing, listing.paths.map((path) => readFileSync(path, 'utf8')));
}

/** Files read per turn of the event loop by readTexts. */
const READ_SLICE = 50;

/**
 * The texts of `paths`, read synchronously a slice at a time with a turn of the event loop
 * between slices. Some 400 small files through fs/promises cost several times their synchronous
 * reads (an open, a stat, a read and a close each, every one a thread-pool trip and a promise),
 * which was most of a cold load; a slice takes a millisecond or two, so whatever runs beside the
 * load (the start-up's database connection) still gets its turns.
 */
export async function readTexts(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < paths.length; i++) {
    if (i > 0 && i % READ_SLICE === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    out.push(readFileSync(paths[i]!, 'utf8'));
  }
  return out;
}

/** readKnowledgeFilesSync, letting the event loop turn between slices of files (readTexts). */
export async function readKnowledgeFiles(dir: string): Promise<KnowledgeFiles> {
  const listing = listKnowledgeFiles(dir);
  return withTexts(listing, await readTexts(listing.paths));
}

export interface ParsedKnowledge {
  articles: ParsedFile<Article>[];
  faqs: ParsedFile<FaqEntry>[];
  messages: ParsedMessageFile[];
  translations: ParsedTranslation[];
  localeFolders: LocaleFolder[];
  /** Loader-level problems: frontmatter (of translations too), message files' shape, and duplicate ids. */
  problems: KnowledgeProblem[];
}

/**
 * The parsers (js-yaml, zod, markdown-it) load on first use: a start-up served by the compiled
 * knowledge base never needs them.
 */
function parsers(): { parse: typeof ParseModule; messages: typeof MessagesModule; translations: typeof TranslationsModule } {
  /* eslint-disable @typescript-eslint/no-require-imports */
  return {
    parse: require('./parse') as typeof ParseModule,
    messages: require('./messages') as typeof MessagesModule,
    translations: require('./translations') as typeof TranslationsModule,
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
}

export function parseKnowledgeFiles(files: { articles: RawFile[]; faqs: RawFile[]; messages?: RawFile[]; translations?: RawTranslationFile[]; localeFolders?: LocaleFolder[] }): ParsedKnowledge {
  const { parseArticle, parseFaq } = parsers().parse;
  const { parseMessageFile } = parsers().messages;
  const { parseTranslation } = parsers().translations;
  const articles = files.articles.map((f) => parseArticle(f.file, f.text));
  const faqs = files.faqs.map((f) => parseFaq(f.file, f.text));
  const messages = (files.messages ?? []).map((f) => parseMessageFile(f.file, f.text));
  const translations = (files.translations ?? []).map(parseTranslation);
  const problems: KnowledgeProblem[] = [];
  for (const p of [...articles, ...faqs, ...messages, ...translations]) problems.push(...p.problems);
  const checkDuplicates = <T extends { id: string; file: string }>(parsed: ParsedFile<T>[], of: 'article' | 'faq') => {
    const first = new Map<string, string>();
    for (const p of parsed) {
      if (!p.value) continue;
      const other = first.get(p.value.id);
      if (other) problems.push({ file: p.value.file, line: p.fieldLines.get('id') ?? 1, field: 'id', fact: { kind: 'duplicate-id', of, id: p.value.id, otherFile: other } });
      else first.set(p.value.id, p.value.file);
    }
  };
  checkDuplicates(articles, 'article');
  checkDuplicates(faqs, 'faq');
  return { articles, faqs, messages, translations, localeFolders: files.localeFolders ?? [], problems };
}

/** English articles and FAQ entries by id, with their parsed files (for translations). */
export function englishSides(parsed: ParsedKnowledge): { articles: Map<string, EnglishSide<Article>>; faqs: Map<string, EnglishSide<FaqEntry>> } {
  const articles = new Map<string, EnglishSide<Article>>();
  const faqs = new Map<string, EnglishSide<FaqEntry>>();
  for (const p of parsed.articles) if (p.value && !articles.has(p.value.id)) articles.set(p.value.id, { parsed: p, value: p.value });
  for (const p of parsed.faqs) if (p.value && !faqs.has(p.value.id)) faqs.set(p.value.id, { parsed: p, value: p.value });
  return { articles, faqs };
}

function finish(parsed: ParsedKnowledge): LoadResult {
  if (parsed.problems.length) return { problems: parsed.problems };
  const en = englishSides(parsed);
  return {
    kb: createKnowledgeBase(
      parsed.articles.map((p) => p.value!),
      parsed.faqs.map((p) => p.value!),
      parsed.messages.map((p) => p.value!),
      { translations: parsers().translations.buildTranslations(parsed.translations, en.articles, en.faqs) },
    ),
  };
}

function unreadable(dir: string, err: unknown): LoadResult {
  return { problems: [unreadableProblem(dir, err)] };
}

export interface LoadOptions {
  /**
   * The compiled knowledge file to try first (see compiled.ts); `false` to always parse.
   * Default: the one `npm run build` writes for the shipped knowledge base. It is used only when
   * its key matches the files just read, so a changed or other directory is always parsed.
   */
  compiled?: string | false;
  /**
   * Parsing holds the thread; with this, the files are read at once but parsed only once it has
   * settled. The runtime passes "the database has been sent its start", so the database server
   * works on it while this process parses.
   */
  parseAfter?: Promise<unknown>;
}

/** The key of the files the loader read: every group of files with text (the compiled file's key). */
export function knowledgeFilesKey(files: KnowledgeFiles): string {
  const groups: Record<string, readonly KeyedFile[]> = { articles: files.articles, faqs: files.faqs, messages: files.messages, translations: files.translations ?? [] };
  return knowledgeKey(groups);
}

/** The translations of already-read files: parses them with their English originals (first use only). */
function translationsOf(files: KnowledgeFiles): KnowledgeTranslations | undefined {
  if (!files.translations?.length) return undefined;
  const parsed = parseKnowledgeFiles(files);
  const en = englishSides(parsed);
  return parsers().translations.buildTranslations(parsed.translations, en.articles, en.faqs);
}

function fromFiles(files: KnowledgeFiles, options: LoadOptions): LoadResult {
  const path = options.compiled === undefined ? defaultCompiledPath() : options.compiled;
  if (path) {
    const compiled = readCompiled(path, knowledgeFilesKey(files));
    if (compiled) return { kb: createKnowledgeBase(compiled.articles, compiled.faqs, [], { index: compiled.index, translations: () => translationsOf(files) }) };
  }
  return finish(parseKnowledgeFiles(files));
}

/** Load and validate `dir`. Never throws for bad content; problems are returned instead. */
export async function loadKnowledgeBase(dir: string = defaultKnowledgeDir(), options: LoadOptions = {}): Promise<LoadResult> {
  let files;
  try {
    files = await readKnowledgeFiles(dir);
  } catch (err) {
    return unreadable(dir, err);
  }
  await options.parseAfter?.catch(() => undefined);
  return fromFiles(files, options);
}

export function loadKnowledgeBaseSync(dir: string = defaultKnowledgeDir(), options: LoadOptions = {}): LoadResult {
  let files;
  try {
    files = readKnowledgeFilesSync(dir);
  } catch (err) {
    return unreadable(dir, err);
  }
  return fromFiles(files, options);
}

/**
 * Parse `dir` and write its compiled form to `out` (build time). Returns the problems instead
 * when the knowledge base does not load; nothing is written then.
 */
export function compileKnowledgeBase(dir: string = defaultKnowledgeDir(), out: string = defaultCompiledPath()): { problems: KnowledgeProblem[] } {
  const files = readKnowledgeFilesSync(dir);
  const parsed = parseKnowledgeFiles(files);
  if (parsed.problems.length) return { problems: parsed.problems };
  const articles = withMessagePhrases(
    parsed.articles.map((p) => p.value!),
    parsed.messages.map((p) => p.value!),
  );
  const faqs = parsed.faqs.map((p) => p.value!);
  writeFileSync(out, serializeCompiled(knowledgeFilesKey(files), articles, faqs, serializeIndex(buildMatcherIndex(articles))));
  return { problems: [] };
}

/** The knowledge directory itself could not be read (`err`: the system's error). */
export function unreadableProblem(dir: string, err: unknown): KnowledgeProblem {
  return { file: dir, line: null, field: null, fact: { kind: 'directory-unreadable', detail: (err as Error).message } };
}
