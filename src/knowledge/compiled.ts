/**
 * The compiled knowledge base: what the loader makes of the knowledge directory (articles with
 * their localised message phrases merged in, FAQ entries, the matcher index), stored as one JSON file at build time
 * (`npm run build` runs dist/src/kb-tools/compile.js) so a start-up reads one file instead of
 * parsing 40 YAML and markdown files.
 *
 * It is content-addressed, never trusted blindly: its key is a SHA-256 over a format version,
 * the source of the modules that produce it (so a changed parser or tokenizer invalidates it,
 * and code run from src/ under ts-jest never uses a cache made by dist/) and every file the
 * loader reads (displayed name and text). The loader reads the files anyway, hashes them
 * (about a millisecond), and uses the compiled file only when the keys are equal; anything
 * else — missing, unreadable, other key, wrong shape — falls back to parsing.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../util/paths';
import type { SerializedIndex } from '../matcher/build-index';
import type { Article, FaqEntry } from './types';

/** Bump when the compiled file's shape changes. */
const FORMAT = 'netmedic-knowledge-compiled/1';

/** The modules whose behaviour decides what the compiled file holds. */
const PRODUCERS = [
  './parse',
  './messages',
  './load',
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

export interface CompiledKnowledge {
  key: string;
  articles: Article[];
  faqs: FaqEntry[];
  /** The matcher index over `articles`. */
  index: SerializedIndex;
}

/** A file the loader read: displayed path and text. */
export interface KeyedFile {
  file: string;
  text: string;
}

/** Where `npm run build` writes the compiled shipped knowledge base. */
export function defaultCompiledPath(): string {
  return join(packageRoot(), 'dist', 'knowledge.compiled.json');
}

let producersHash: string | null = null;

function codeFingerprint(): string {
  if (producersHash === null) {
    const h = createHash('sha256');
    for (const m of PRODUCERS) {
      try {
        h.update(readFileSync(require.resolve(m)));
      } catch {
        h.update(`missing ${m}`);
      }
      h.update('\0');
    }
    producersHash = h.digest('hex');
  }
  return producersHash;
}

/** The key of a set of knowledge files (any grouping: each group's name is hashed too). */
export function knowledgeKey(groups: Record<string, readonly KeyedFile[]>): string {
  const h = createHash('sha256');
  h.update(FORMAT);
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

/** The compiled knowledge at `path` when its key is `key` and its shape is right; null otherwise. */
export function readCompiled(path: string, key: string): CompiledKnowledge | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  // The key is the first field: a stale file is rejected before parsing all of it.
  if (!text.startsWith(`{"key":${JSON.stringify(key)},`)) return null;
  try {
    const data = JSON.parse(text) as CompiledKnowledge;
    if (data.key !== key || !Array.isArray(data.articles) || !Array.isArray(data.faqs)) return null;
    if (!data.index || !Array.isArray(data.index.patterns) || !Array.isArray(data.index.anchors)) return null;
    if (!data.articles.every(isArticle) || !data.faqs.every(isFaq)) return null;
    return data;
  } catch {
    return null;
  }
}

/** The compiled file's text (key first, see readCompiled). */
export function serializeCompiled(key: string, articles: readonly Article[], faqs: readonly FaqEntry[], index: SerializedIndex): string {
  return JSON.stringify({ key, articles, faqs, index });
}
