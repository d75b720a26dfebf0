/**
 * The compiled knowledge base: what the loader makes of a knowledge directory (articles with
 * their localised message phrases merged in, FAQ entries, the matcher index, the translations),
 * stored as one file so a start-up reads one file instead of parsing 400 YAML and markdown files
 * and building the index. The same format serves two places:
 * - `npm run build` compiles the shipped knowledge base to dist/knowledge.compiled (compile.ts);
 * - the start-up loader (snapshot.ts) writes one per other knowledge directory into the cache
 *   folder after its first full load.
 *
 * Layout: one JSON header line, then the sections' JSON texts back to back. The header names
 * each section's byte range, so a reader parses only the sections it touches: `explain` parses
 * the articles and the few index sections its words need, `check` the articles only, and the
 * fuzzy-matching tables (the largest part) are parsed only for a word that is not in the index.
 *
 * A compiled file is never trusted blindly. Its header carries two keys, each of which must
 * equal the one computed now:
 * - `key`, over the *contents* of every file the loader reads and the source of the modules that
 *   produce the data (the full loader, load.ts, reads the files anyway and checks this one);
 * - `stamp`, over every file's path, size and modification time and the producing modules' size
 *   and modification time (the start-up loader checks this one: a few hundred `stat` calls,
 *   no file read). Code run from src/ under ts-jest never matches a file made by dist/.
 * Anything else — missing, unreadable, truncated, other keys, wrong shape — means parsing.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../util/paths';
import type { SerializedIndex } from '../matcher/build-index';
import type { Article, FaqEntry, TranslatedArticle, TranslatedFaq } from './types';

/** Bump when the compiled file's layout or a section's shape changes. */
export const COMPILED_FORMAT = 'netmedic-knowledge-compiled/2';

/** The modules whose behaviour decides what the compiled file holds. */
const PRODUCERS = [
  './parse',
  './messages',
  './load',
  './translations',
  '../matcher/tokenize',
  '../matcher/build-index',
  '../matcher/code-tables',
  '../matcher/tables/curl.json',
  '../matcher/tables/errno.json',
  '../matcher/tables/exceptions.json',
  '../matcher/tables/http.json',
  '../matcher/tables/tls.json',
  '../matcher/tables/topics.json',
];

/** The sections of the matcher index, one per SerializedIndex field. */
export const INDEX_FIELDS = ['patterns', 'anchors', 'typed', 'httpClassOwner', 'fuzzyVocab', 'deletions', 'keywords', 'singleCodes', 'prefixes', 'stemVocab'] as const satisfies readonly (keyof SerializedIndex)[];

export interface CompiledKnowledge {
  key: string;
  articles: Article[];
  faqs: FaqEntry[];
  /** The matcher index over `articles` (each field parsed on first access). */
  index: SerializedIndex;
}

/** One locale's translations as stored: what KnowledgeTranslations answers for it, in its order. */
export interface CompiledLocale {
  articles: TranslatedArticle[];
  faqs: TranslatedFaq[];
}

/** A file the loader read: displayed path and text. */
export interface KeyedFile {
  file: string;
  text: string;
}

interface Header {
  format: string;
  /** Content key (see knowledgeKey), or null when the writer did not compute it. */
  key: string | null;
  /** Stat stamp (see snapshot.ts's knowledgeStamp), or null. */
  stamp: string | null;
  /** Section name → [start, end) byte offsets after the header line. */
  sections: Record<string, [number, number]>;
}

/** An opened compiled file: its keys and its sections, each parsed once on first use. */
export interface CompiledFile {
  key: string | null;
  stamp: string | null;
  has(name: string): boolean;
  /** Section names, in the order they were written. */
  names(): string[];
  section<T>(name: string): T;
}

/** Where `npm run build` writes the compiled shipped knowledge base. */
export function defaultCompiledPath(): string {
  return join(packageRoot(), 'dist', 'knowledge.compiled');
}

let producersHash: string | null = null;
let producersStamp: string | null = null;

/**
 * This module's folder in the source tree: __dirname, or `<dist>/src/knowledge` when this module
 * runs bundled into dist/cli.js (cli/bundle.ts), so that the producers are the same files either way.
 */
const HERE = /[\\/]knowledge$/.test(__dirname) ? __dirname : join(__dirname, 'src', 'knowledge');

function producerPath(m: string): string | null {
  try {
    return require.resolve(join(HERE, m));
  } catch {
    return null;
  }
}

/** The producing modules' source, hashed (for the content key). */
function codeFingerprint(): string {
  if (producersHash === null) {
    const h = createHash('sha256');
    for (const m of PRODUCERS) {
      const path = producerPath(m);
      try {
        h.update(path ? readFileSync(path) : `missing ${m}`);
      } catch {
        h.update(`missing ${m}`);
      }
      h.update('\0');
    }
    producersHash = h.digest('hex');
  }
  return producersHash;
}

/** The producing modules' paths, sizes and modification times (for the stat stamp). */
export function codeStamp(): string {
  if (producersStamp === null) {
    const lines: string[] = [COMPILED_FORMAT];
    for (const m of PRODUCERS) {
      const path = producerPath(m);
      try {
        const s = statSync(path ?? m);
        lines.push(`${path}\t${s.size}\t${s.mtimeMs}`);
      } catch {
        lines.push(`missing ${m}`);
      }
    }
    producersStamp = lines.join('\n');
  }
  return producersStamp;
}

/** The key of a set of knowledge files (any grouping: each group's name is hashed too). */
export function knowledgeKey(groups: Record<string, readonly KeyedFile[]>): string {
  const h = createHash('sha256');
  h.update(COMPILED_FORMAT);
  h.update('\0');
  h.update(codeFingerprint());
  for (const name of Object.keys(groups).sort()) {
    h.update(`\0group ${name}\0`);
    for (const f of groups[name]!) {
      h.update(`${f.file}\0${f.text.length}\0`);
      h.update(f.text);
      h.update('\0');
    }
  }
  return h.digest('hex');
}

function isArticle(a: unknown): a is Article {
  const x = a as Article;
  return !!x && typeof x.id === 'string' && Array.isArray(x.codes) && Array.isArray(x.phrases) && Array.isArray(x.related) && typeof x.sections === 'object' && x.sections !== null;
}

function isFaq(f: unknown): f is FaqEntry {
  const x = f as FaqEntry;
  return !!x && typeof x.id === 'string' && typeof x.title === 'string' && Array.isArray(x.aliases) && typeof x.body === 'string';
}

function isHeader(h: unknown): h is Header {
  const x = h as Header;
  return !!x && x.format === COMPILED_FORMAT && typeof x.sections === 'object' && x.sections !== null;
}

/**
 * Open the compiled file at `path`: the header is read and checked (format, and that the file
 * holds every byte the header names); sections are parsed on first use. Null when unusable.
 */
export function openCompiled(path: string): CompiledFile | null {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch {
    return null;
  }
  const nl = buf.indexOf(10);
  if (nl < 0) return null;
  let header: unknown;
  try {
    header = JSON.parse(buf.toString('utf8', 0, nl));
  } catch {
    return null;
  }
  if (!isHeader(header)) return null;
  const base = nl + 1;
  const ranges = header.sections;
  for (const r of Object.values(ranges)) {
    if (!Array.isArray(r) || typeof r[0] !== 'number' || typeof r[1] !== 'number' || r[0] < 0 || r[1] < r[0] || base + r[1] > buf.length) return null;
  }
  const parsed = new Map<string, unknown>();
  return {
    key: typeof header.key === 'string' ? header.key : null,
    stamp: typeof header.stamp === 'string' ? header.stamp : null,
    has: (name) => Object.prototype.hasOwnProperty.call(ranges, name),
    names: () => Object.keys(ranges),
    section<T>(name: string): T {
      if (parsed.has(name)) return parsed.get(name) as T;
      const r = ranges[name];
      if (!r) throw new Error(`compiled knowledge: no section "${name}" in ${path}`);
      const value = JSON.parse(buf.toString('utf8', base + r[0], base + r[1])) as unknown;
      parsed.set(name, value);
      return value as T;
    },
  };
}

/** The index sections of `file` as a SerializedIndex whose fields parse on first access. */
export function lazySerializedIndex(file: CompiledFile): SerializedIndex {
  const out = {} as SerializedIndex;
  for (const field of INDEX_FIELDS) {
    Object.defineProperty(out, field, { enumerable: true, get: () => file.section(`index.${field}`) });
  }
  return out;
}

function hasIndex(file: CompiledFile): boolean {
  return INDEX_FIELDS.every((f) => file.has(`index.${f}`));
}

/** The articles and FAQ entries of `file` when they have the right shape (parses both), else null. */
export function compiledEntries(file: CompiledFile): { articles: Article[]; faqs: FaqEntry[] } | null {
  if (!file.has('articles') || !file.has('faqs') || !hasIndex(file)) return null;
  try {
    const articles = file.section<unknown>('articles');
    const faqs = file.section<unknown>('faqs');
    if (!Array.isArray(articles) || !Array.isArray(faqs) || !articles.every(isArticle) || !faqs.every(isFaq)) return null;
    return { articles, faqs };
  } catch {
    return null;
  }
}

/** The compiled knowledge at `path` when its content key is `key` and its shape is right; null otherwise. */
export function readCompiled(path: string, key: string): CompiledKnowledge | null {
  const file = openCompiled(path);
  if (!file || file.key !== key) return null;
  const entries = compiledEntries(file);
  return entries ? { key, ...entries, index: lazySerializedIndex(file) } : null;
}

/** Everything a compiled file may hold; `translations` by locale. */
export interface CompiledContent {
  articles: readonly Article[];
  faqs: readonly FaqEntry[];
  index: SerializedIndex;
  translations?: Record<string, CompiledLocale>;
}

/** The compiled file's bytes: the header line, then each section's JSON. */
export function serializeCompiledFile(keys: { key: string | null; stamp: string | null }, content: CompiledContent): Buffer {
  const texts: [string, string][] = [
    ['articles', JSON.stringify(content.articles)],
    ['faqs', JSON.stringify(content.faqs)],
    ...INDEX_FIELDS.map((f): [string, string] => [`index.${f}`, JSON.stringify(content.index[f])]),
    ...Object.entries(content.translations ?? {}).map(([locale, t]): [string, string] => [`translations.${locale}`, JSON.stringify(t)]),
  ];
  const sections: Record<string, [number, number]> = {};
  const bodies: Buffer[] = [];
  let at = 0;
  for (const [name, text] of texts) {
    const body = Buffer.from(text, 'utf8');
    sections[name] = [at, at + body.length];
    at += body.length;
    bodies.push(body);
  }
  const header: Header = { format: COMPILED_FORMAT, key: keys.key, stamp: keys.stamp, sections };
  return Buffer.concat([Buffer.from(JSON.stringify(header) + '\n', 'utf8'), ...bodies]);
}

/** The compiled file's bytes with a content key only (load.ts's compileKnowledgeBase). */
export function serializeCompiled(key: string, articles: readonly Article[], faqs: readonly FaqEntry[], index: SerializedIndex): Buffer {
  return serializeCompiledFile({ key, stamp: null }, { articles, faqs, index });
}
