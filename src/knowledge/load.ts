/**
 * Loading the knowledge base: knowledge/*.md are articles, knowledge/faq/*.md FAQ entries,
 * knowledge/messages/*.yaml localised system messages (see messages.ts), whose texts become
 * phrases of their articles; README.md (any case) and other files are ignored.
 *
 * The loader refuses a knowledge base with frontmatter problems (YAML, schema) or duplicate ids,
 * and reports every problem with file, line and field. Body-structure and style problems are
 * the linter's business (lint.ts): the loader still builds sections from what it finds.
 *
 * Ids: articles and FAQ entries are separate id spaces (they are looked up by different
 * commands and buttons); an id must be unique within its space.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { attachIndex, buildMatcherIndex, deserializeIndex, serializeIndex, type SerializedIndex } from '../matcher/build-index';
import { defaultCompiledPath, knowledgeKey, readCompiled, serializeCompiled, type KeyedFile } from './compiled';
import { packageRoot } from '../util/paths';
import { normalizePattern } from '../matcher/tokenize';
import type * as MessagesModule from './messages';
import type { MessageFile, ParsedMessageFile } from './messages';
import type * as ParseModule from './parse';
import type { ParsedFile } from './parse';
import type { Article, FaqEntry, KnowledgeBase, KnowledgeProblem } from './types';

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
export function createKnowledgeBase(
  inputArticles: readonly Article[],
  faqs: readonly FaqEntry[],
  messages: readonly MessageFile[] = [],
  /** A prebuilt index over exactly these articles (the compiled knowledge base's). */
  index?: SerializedIndex,
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
}

/** Displayed path of a file: `<dir basename>/<relative path>`, like `knowledge/dns-failure.md`. */
function displayPath(dir: string, rel: string): string {
  const parts = dir.replace(/[\\/]+$/, '').split(/[\\/]/);
  const base = parts[parts.length - 1] || dir;
  return `${base}/${rel}`;
}

export function readKnowledgeFilesSync(dir: string): KnowledgeFiles {
  const list = (sub: string, keep: (name: string) => boolean = isContentFile) => {
    let names: string[];
    try {
      names = readdirSync(join(dir, sub));
    } catch (err) {
      if (sub && (err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    return names
      .filter(keep)
      .sort()
      .map((name) => ({ file: displayPath(dir, sub ? `${sub}/${name}` : name), text: readFileSync(join(dir, sub, name), 'utf8') }));
  };
  return { articles: list(''), faqs: list('faq'), messages: list('messages', isMessageFile) };
}

export async function readKnowledgeFiles(dir: string): Promise<KnowledgeFiles> {
  const list = async (sub: string, keep: (name: string) => boolean = isContentFile) => {
    let names: string[];
    try {
      names = await readdir(join(dir, sub));
    } catch (err) {
      if (sub && (err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    names = names.filter(keep).sort();
    return Promise.all(names.map(async (name) => ({ file: displayPath(dir, sub ? `${sub}/${name}` : name), text: await readFile(join(dir, sub, name), 'utf8') })));
  };
  const [articles, faqs, messages] = await Promise.all([list(''), list('faq'), list('messages', isMessageFile)]);
  return { articles, faqs, messages };
}

export interface ParsedKnowledge {
  articles: ParsedFile<Article>[];
  faqs: ParsedFile<FaqEntry>[];
  messages: ParsedMessageFile[];
  /** Loader-level problems: frontmatter, message files' shape, and duplicate ids. */
  problems: KnowledgeProblem[];
}

/**
 * The parsers (js-yaml, zod, markdown-it) load on first use: a start-up served by the compiled
 * knowledge base never needs them.
 */
function parsers(): { parse: typeof ParseModule; messages: typeof MessagesModule } {
  /* eslint-disable @typescript-eslint/no-require-imports */
  return { parse: require('./parse') as typeof ParseModule, messages: require('./messages') as typeof MessagesModule };
  /* eslint-enable @typescript-eslint/no-require-imports */
}

export function parseKnowledgeFiles(files: { articles: RawFile[]; faqs: RawFile[]; messages?: RawFile[] }): ParsedKnowledge {
  const { parseArticle, parseFaq } = parsers().parse;
  const { parseMessageFile } = parsers().messages;
  const articles = files.articles.map((f) => parseArticle(f.file, f.text));
  const faqs = files.faqs.map((f) => parseFaq(f.file, f.text));
  const messages = (files.messages ?? []).map((f) => parseMessageFile(f.file, f.text));
  const problems: KnowledgeProblem[] = [];
  for (const p of [...articles, ...faqs, ...messages]) problems.push(...p.problems);
  const checkDuplicates = <T extends { id: string; file: string }>(parsed: ParsedFile<T>[], what: string) => {
    const first = new Map<string, string>();
    for (const p of parsed) {
      if (!p.value) continue;
      const other = first.get(p.value.id);
      if (other) problems.push({ file: p.value.file, line: p.fieldLines.get('id') ?? 1, field: 'id', message: `duplicate ${what} id "${p.value.id}" (also in ${other})` });
      else first.set(p.value.id, p.value.file);
    }
  };
  checkDuplicates(articles, 'article');
  checkDuplicates(faqs, 'FAQ');
  return { articles, faqs, messages, problems };
}

function finish(parsed: ParsedKnowledge): LoadResult {
  if (parsed.problems.length) return { problems: parsed.problems };
  return {
    kb: createKnowledgeBase(
      parsed.articles.map((p) => p.value!),
      parsed.faqs.map((p) => p.value!),
      parsed.messages.map((p) => p.value!),
    ),
  };
}

function unreadable(dir: string, err: unknown): LoadResult {
  return { problems: [{ file: dir, line: null, field: null, message: `cannot read the knowledge directory: ${(err as Error).message}` }] };
}

export interface LoadOptions {
  /**
   * The compiled knowledge file to try first (see compiled.ts); `false` to always parse.
   * Default: the one `npm run build` writes for the shipped knowledge base. It is used only when
   * its key matches the files just read, so a changed or other directory is always parsed.
   */
  compiled?: string | false;
}

/** The key of the files the loader read: every group of files, whatever the groups are. */
function keyOf(files: KnowledgeFiles): string {
  return knowledgeKey(files as unknown as Record<string, readonly KeyedFile[]>);
}

function fromFiles(files: KnowledgeFiles, options: LoadOptions): LoadResult {
  const path = options.compiled === undefined ? defaultCompiledPath() : options.compiled;
  if (path) {
    const compiled = readCompiled(path, keyOf(files));
    if (compiled) return { kb: createKnowledgeBase(compiled.articles, compiled.faqs, [], compiled.index) };
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
  writeFileSync(out, serializeCompiled(keyOf(files), articles, faqs, serializeIndex(buildMatcherIndex(articles))));
  return { problems: [] };
}

/** Format a problem as `file:line field: message`. */
export function formatProblem(p: KnowledgeProblem): string {
  const where = p.line !== null ? `${p.file}:${p.line}` : p.file;
  return p.field ? `${where} ${p.field}: ${p.message}` : `${where}: ${p.message}`;
}
