/**
 * The compiled knowledge base: what the loader makes of a knowledge directory (articles with
 * their localised message phrases merged in, FAQ entries, the matcher index, the translations),
 * stored as one file so a start-up reads one file instead of parsing 400 YAML and markdown files
 * and building the index. The same format serves two places:
 * - `npm run build` compiles the shipped knowledge base to dist/knowledge.compiled (src/kb-tools/compile.ts);
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
 *   and modification time (the start-up loader checks this one: a `stat` per file, no file
 *   read), split in two: the articles, FAQ and messages (`stamp`) and one per translation folder
 *   (`stamp@<locale>`), so that an English start-up stats no translation file. Code run from
 *   src/ under ts-jest never matches a file made by dist/.
 * Anything else — missing, unreadable, truncated, other keys, wrong shape — means parsing.
 */
import type * as Crypto from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../util/paths';
import type { IndexSource, SerializedIndex } from '../matcher/build-index';
import { lazyArray, LookupMap, LookupSet, readLookup, writeLookup } from './compiled-lazy';
import type { Article, FaqEntry, TranslatedArticle, TranslatedFaq } from './types';

/** Bump when the compiled file's layout or a section's shape changes. */
export const COMPILED_FORMAT = 'netmedic-knowledge-compiled/3';

/**
 * The modules whose behaviour decides what the compiled file holds (code modules without their
 * extension: `.js` under dist/, `.ts` under ts-jest).
 */
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
  '../matcher/tables/lexicon.json',
  '../matcher/tables/tls.json',
  '../matcher/tables/topics.json',
  '../matcher/tables/vague.json',
];

/** The sections of the matcher index, one per SerializedIndex field. */
export const INDEX_FIELDS = ['patterns', 'anchors', 'typed', 'httpClassOwner', 'fuzzyVocab', 'deletions', 'surfaceStems', 'surfaceDeletions', 'keywords', 'singleCodes', 'prefixes', 'stemVocab'] as const satisfies readonly (keyof SerializedIndex)[];

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
  /** Section name → [start, end) byte offsets after the header line (the stat stamp is the `stamp` section). */
  sections: Record<string, [number, number]>;
}

/** An opened compiled file: its keys and its sections, each parsed once on first use. */
export interface CompiledFile {
  key: string | null;
  /** The stat stamp (see snapshot.ts's knowledgeStamp), or null. */
  stamp(): string | null;
  /** The stat stamp of one translation folder (snapshot.ts's localeStamp), or null. */
  localeStamp(locale: string): string | null;
  has(name: string): boolean;
  /** Section names, in the order they were written. */
  names(): string[];
  section<T>(name: string): T;
  /**
   * A list section: the array, whose elements are parsed one by one on first access when the
   * section was written with element offsets (see LIST_SECTIONS), else all at once.
   */
  list<T>(name: string): readonly T[];
  /** Bytes [start, end) of a section, read from the file (binary sections: the key lookups). */
  read(name: string, start: number, end: number): Buffer;
  /** The ids of a list section's entries, in order (read without parsing the entries), or null. */
  ids(name: string): readonly string[] | null;
}

/**
 * Sections written as lists with per-element offsets: a match reads a few dozen of 1,400
 * patterns and the articles it scores, a check the one article of its verdict.
 */
const LIST_SECTIONS: ReadonlySet<string> = new Set(['articles', 'faqs', 'index.patterns']);
const OFFSETS = '@offsets';
/** Beside the list sections of entries with ids (articles, FAQ): the ids, in order. */
const IDS = '@ids';
/**
 * Index maps and sets also written as hash tables (see writeLookup): a match looks up a few
 * dozen words; parsing the ~2,000 keys of each map to find them costs more than the match.
 */
const LOOKUP_FIELDS = ['anchors', 'typed', 'httpClassOwner', 'deletions', 'surfaceStems', 'surfaceDeletions', 'keywords', 'singleCodes'] as const;
const LOOKUP_SET_FIELDS = ['fuzzyVocab', 'stemVocab'] as const;
const LOOKUP = '@lookup';
/** Prefix of the sections holding each translation folder's stat stamp. */
const LOCALE_STAMP = 'stamp@';

/** Where `npm run build` writes the compiled shipped knowledge base. */
export function defaultCompiledPath(): string {
  return join(packageRoot(), 'dist', 'knowledge.compiled');
}

let producersHash: string | null = null;
let producersStamp: string | null = null;

/** This module's folder (also when bundled: cli/bundle.ts keeps each module's own __dirname). */
const HERE = __dirname;

/** The extension of this build's code modules (this file's own: `.ts` under ts-jest, else `.js`). */
const CODE_EXT = /\.ts$/.test(__filename) ? '.ts' : '.js';

/** A producer's file: no module resolution (it probes several names per module), the one known path. */
function producerPath(m: string): string {
  return join(HERE, m.endsWith('.json') ? m : m + CODE_EXT);
}

/** The producing modules' source, hashed (for the content key). */
/** SHA-256 (node:crypto loads only where a content key is computed: not on the start-up path). */
function sha256(): Crypto.Hash {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('node:crypto') as typeof Crypto).createHash('sha256');
}

function codeFingerprint(): string {
  if (producersHash === null) {
    const h = sha256();
    for (const m of PRODUCERS) {
      try {
        h.update(readFileSync(producerPath(m)));
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
        const s = statSync(path);
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
  const h = sha256();
  h.update(COMPILED_FORMAT);
  h.update('\0');
  h.update(codeFingerprint());
  // One update with everything (the same bytes as an update per piece, without a call per file's
  // piece: 1,200 calls cost more than the hashing). No surrogate pair can form across pieces: each
  // text is followed by a NUL.
  const pieces: string[] = [];
  for (const name of Object.keys(groups).sort()) {
    pieces.push(`\0group ${name}\0`);
    for (const f of groups[name]!) pieces.push(`${f.file}\0${f.text.length}\0`, f.text, '\0');
  }
  h.update(pieces.join(''));
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

/** Read `length` bytes at `position` of an open file (fewer at its end). */
function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.allocUnsafe(length);
  let got = 0;
  while (got < length) {
    const n = readSync(fd, buf, got, length - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return got === length ? buf : buf.subarray(0, got);
}

/** The header line of an open file, as bytes (without the newline), or null. */
function readHeaderBytes(fd: number): Buffer | null {
  let size = 16384;
  for (;;) {
    const head = readAt(fd, 0, size);
    const nl = head.indexOf(10);
    if (nl >= 0) return head.subarray(0, nl);
    if (head.length < size) return null;
    size *= 4;
  }
}

/** Closes the file of a CompiledFile that is no longer referenced. */
const openFiles = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
});

/**
 * Open the compiled file at `path`: the header is read and checked (format, and that the file
 * holds every byte the header names); sections are read and parsed on first use, from the file
 * as it was when opened (its descriptor stays open while the CompiledFile is referenced, so a
 * cache file replaced meanwhile by another process is never misread). Null when unusable.
 */
export function openCompiled(path: string): CompiledFile | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  let keep = false;
  try {
    const size = fstatSync(fd).size;
    const headerBytes = readHeaderBytes(fd);
    if (!headerBytes) return null;
    const header = JSON.parse(headerBytes.toString('utf8')) as unknown;
    if (!isHeader(header)) return null;
    const base = headerBytes.length + 1;
    const ranges = header.sections;
    for (const r of Object.values(ranges)) {
      if (!Array.isArray(r) || typeof r[0] !== 'number' || typeof r[1] !== 'number' || r[0] < 0 || r[1] < r[0] || base + r[1] > size) return null;
    }
    const file = compiledFile(path, fd, base, header);
    openFiles.register(file, fd);
    keep = true;
    return file;
  } catch {
    return null;
  } finally {
    if (!keep) closeSync(fd);
  }
}

function compiledFile(path: string, fd: number, base: number, header: Header): CompiledFile {
  const ranges = header.sections;
  const parsed = new Map<string, unknown>();
  const read = (name: string, start: number, end: number): Buffer => {
    const r = ranges[name];
    if (!r) throw new Error(`compiled knowledge: no section "${name}" in ${path}`);
    if (start < 0 || end < start || r[0] + end > r[1]) throw new Error(`compiled knowledge: bad range in section "${name}" of ${path}`);
    const body = readAt(fd, base + r[0] + start, end - start);
    if (body.length !== end - start) throw new Error(`compiled knowledge: ${path} is truncated`);
    return body;
  };
  const sizeOf = (name: string): number => {
    const r = ranges[name];
    if (!r) throw new Error(`compiled knowledge: no section "${name}" in ${path}`);
    return r[1] - r[0];
  };
  const section = <T>(name: string): T => {
    if (parsed.has(name)) return parsed.get(name) as T;
    const value = JSON.parse(read(name, 0, sizeOf(name)).toString('utf8')) as unknown;
    parsed.set(name, value);
    return value as T;
  };
  const stringSection = (name: string): string | null => {
    if (!Object.prototype.hasOwnProperty.call(ranges, name)) return null;
    const value = section<unknown>(name);
    return typeof value === 'string' ? value : null;
  };
  return {
    key: typeof header.key === 'string' ? header.key : null,
    stamp: () => stringSection('stamp'),
    localeStamp: (locale) => stringSection(`${LOCALE_STAMP}${locale}`),
    has: (name) => Object.prototype.hasOwnProperty.call(ranges, name),
    names: () => Object.keys(ranges).filter((n) => !n.endsWith(OFFSETS) && !n.endsWith(IDS) && !n.endsWith(LOOKUP) && !n.startsWith(LOCALE_STAMP)),
    section,
    read,
    ids(name: string): readonly string[] | null {
      if (!Object.prototype.hasOwnProperty.call(ranges, name + IDS)) return null;
      const ids = section<unknown>(name + IDS);
      return Array.isArray(ids) && ids.every((id) => typeof id === 'string') ? ids : null;
    },
    list<T>(name: string): readonly T[] {
      if (parsed.has(name)) return parsed.get(name) as T[];
      if (!Object.prototype.hasOwnProperty.call(ranges, name + OFFSETS)) return section<T[]>(name);
      const offsets = section<number[]>(name + OFFSETS);
      const count = offsets.length - 1;
      const list = lazyArray<T>(count, (i) => JSON.parse(read(name, offsets[i]!, offsets[i + 1]! - 1).toString('utf8')) as T);
      parsed.set(name, list);
      return list;
    },
  };
}

/**
 * The index sections of `file`, each read on first access: maps and sets with a lookup table as
 * LookupMap / LookupSet (one key parsed per lookup), the patterns as a lazy list, the rest parsed.
 */
export function lazySerializedIndex(file: CompiledFile): IndexSource {
  const out = {} as IndexSource;
  for (const field of INDEX_FIELDS) {
    const name = `index.${field}`;
    const hashed = file.has(name + LOOKUP);
    const make = (): unknown => {
      if (LIST_SECTIONS.has(name)) return file.list(name);
      if (!hashed) return file.section(name);
      const lookup = readLookup((start, end) => file.read(name + LOOKUP, start, end));
      if ((LOOKUP_SET_FIELDS as readonly string[]).includes(field)) return new LookupSet(lookup, () => file.section<string[]>(name));
      return new LookupMap(lookup, () => file.section<[string, unknown][]>(name));
    };
    let value: unknown;
    let made = false;
    Object.defineProperty(out, field, {
      enumerable: true,
      get: () => {
        if (!made) {
          value = make();
          made = true;
        }
        return value;
      },
    });
  }
  return out;
}

/** The index sections of `file` as a SerializedIndex whose fields parse (whole) on first access. */
function serializedIndexOf(file: CompiledFile): SerializedIndex {
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

/**
 * The articles and FAQ entries of `file` for a start-up: lists whose entries parse on first
 * access, and their ids (for lookups by id without parsing). Null when a section is missing.
 */
export function lazyEntries(file: CompiledFile): { articles: readonly Article[]; faqs: readonly FaqEntry[]; articleIds: readonly string[]; faqIds: readonly string[] } | null {
  if (!hasIndex(file)) return null;
  try {
    const articleIds = file.ids('articles');
    const faqIds = file.ids('faqs');
    if (!articleIds || !faqIds) return null;
    const articles = file.list<Article>('articles');
    const faqs = file.list<FaqEntry>('faqs');
    if (articles.length !== articleIds.length || faqs.length !== faqIds.length) return null;
    return { articles, faqs, articleIds, faqIds };
  } catch {
    return null;
  }
}

/** The compiled knowledge at `path` when its content key is `key` and its shape is right; null otherwise. */
export function readCompiled(path: string, key: string): CompiledKnowledge | null {
  const file = openCompiled(path);
  if (!file || file.key !== key) return null;
  const entries = compiledEntries(file);
  return entries ? { key, ...entries, index: serializedIndexOf(file) } : null;
}

/** Everything a compiled file may hold; `translations` by locale. */
export interface CompiledContent {
  articles: readonly Article[];
  faqs: readonly FaqEntry[];
  index: SerializedIndex;
  translations?: Record<string, CompiledLocale>;
}

/** The compiled file's bytes: the header line, then each section's JSON. */
export function serializeCompiledFile(keys: { key: string | null; stamp: string | null; localeStamps?: Record<string, string> }, content: CompiledContent): Buffer {
  const texts: [string, string][] = [
    ...(keys.stamp !== null ? [['stamp', JSON.stringify(keys.stamp)] as [string, string]] : []),
    ...Object.entries(keys.localeStamps ?? {}).map(([locale, stamp]): [string, string] => [`${LOCALE_STAMP}${locale}`, JSON.stringify(stamp)]),
    ['articles', JSON.stringify(content.articles)],
    ['faqs', JSON.stringify(content.faqs)],
    ...INDEX_FIELDS.map((f): [string, string] => [`index.${f}`, JSON.stringify(content.index[f])]),
    ...Object.entries(content.translations ?? {}).map(([locale, t]): [string, string] => [`translations.${locale}`, JSON.stringify(t)]),
  ];
  const sections: Record<string, [number, number]> = {};
  const bodies: Buffer[] = [];
  let at = 0;
  const add = (name: string, body: Buffer) => {
    sections[name] = [at, at + body.length];
    at += body.length;
    bodies.push(body);
  };
  for (const [name, text] of texts) {
    if (LIST_SECTIONS.has(name)) {
      // `[e0,e1,…]` with the byte offset where each element starts (and the closing bracket's).
      const items = (JSON.parse(text) as unknown[]).map((v) => Buffer.from(JSON.stringify(v), 'utf8'));
      const offsets: number[] = [];
      let pos = 1;
      for (const item of items) {
        offsets.push(pos);
        pos += item.length + 1;
      }
      offsets.push(pos);
      const joined = Buffer.concat([Buffer.from('['), ...items.flatMap((item, i) => (i === 0 ? [item] : [Buffer.from(','), item])), Buffer.from(']')]);
      add(name, joined);
      add(name + OFFSETS, Buffer.from(JSON.stringify(offsets), 'utf8'));
      const ids = (JSON.parse(text) as { id?: unknown }[]).map((v) => v.id);
      if (ids.every((id) => typeof id === 'string')) add(name + IDS, Buffer.from(JSON.stringify(ids), 'utf8'));
    } else {
      add(name, Buffer.from(text, 'utf8'));
    }
  }
  for (const field of LOOKUP_FIELDS) {
    const table = writeLookup(content.index[field]);
    if (table) add(`index.${field}${LOOKUP}`, table);
  }
  for (const field of LOOKUP_SET_FIELDS) {
    const table = writeLookup(content.index[field].map((k) => [k, 1] as const));
    if (table) add(`index.${field}${LOOKUP}`, table);
  }
  const header: Header = { format: COMPILED_FORMAT, key: keys.key, sections };
  return Buffer.concat([Buffer.from(JSON.stringify(header) + '\n', 'utf8'), ...bodies]);
}

/** The compiled file's bytes with a content key only (load.ts's compileKnowledgeBase). */
export function serializeCompiled(key: string, articles: readonly Article[], faqs: readonly FaqEntry[], index: SerializedIndex): Buffer {
  return serializeCompiledFile({ key, stamp: null }, { articles, faqs, index });
}
