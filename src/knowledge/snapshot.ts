/**
 * The start-up loader for short-lived processes such as the CLI: a knowledge directory whose
 * files have not changed since it was compiled is served from its compiled file (compiled.ts),
 * without loading the parsers or the loader and without building the matcher index.
 *
 * Which compiled file: for the shipped knowledge base, the one `npm run build` writes
 * (dist/knowledge.compiled); for any directory, the one this loader wrote into the cache folder
 * after the directory's first full load. Either is used only when its stamp — every file's
 * relative path, size and modification time, plus the producing modules' — equals the
 * directory's stamp now. Any added, removed or changed file (or a rebuilt loader) changes the
 * stamp, and the directory is loaded — and validated — by load.ts as before; that load then
 * writes a new compiled file into the cache folder.
 *
 * Cache folder: util/cache-dir.ts (NETMEDIC_CACHE_DIR, else `<package>/node_modules/.cache/netmedic/`;
 * `off` disables it and the stamp check: every load goes through load.ts, which reads every file
 * and still uses the shipped compiled file when its content key matches).
 * The cache is only an optimisation: a compiled file that cannot be read or written is ignored.
 */
import { mkdirSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type * as BuildIndexModule from '../matcher/build-index';
import { cacheDir } from '../util/cache-dir';
import { packageRoot } from '../util/paths';
import { codeStamp, defaultCompiledPath, lazyEntries, lazySerializedIndex, openCompiled, serializeCompiledFile, type CompiledFile, type CompiledLocale } from './compiled';
import type * as LoadModule from './load';
import type { KnowledgeBase, KnowledgeProblem, KnowledgeTranslations, TranslatedArticle, TranslatedFaq } from './types';

/** Compiled files kept per cache folder (one per knowledge directory); the oldest go first. */
const KEEP = 16;

export type SnapshotLoadResult = { kb: KnowledgeBase; from: 'snapshot' | 'files' } | { problems: KnowledgeProblem[] };

/** The matcher's index module, only where an index is written (a start-up that matches loads it itself). */
function buildIndex(): typeof BuildIndexModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../matcher/build-index') as typeof BuildIndexModule;
}

/**
 * The key under which a knowledge base offers its stored index to the matcher (build-index.ts's
 * indexFor reads it): a registered symbol, so that a `check`, which never matches, does not load
 * the matcher to attach an index it would not use.
 */
const STORED_INDEX = Symbol.for('netmedic.knowledge.storedIndex');

function load(): typeof LoadModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./load') as typeof LoadModule;
}

/** `<packageRoot>/knowledge` (as load.ts's, without loading the loader). */
export function defaultKnowledgeDir(): string {
  return join(packageRoot(), 'knowledge');
}

/**
 * Every file under `dir` (dot-files too), as `path size mtime` lines in a stable order. One
 * `stat` per file is most of a start-up's knowledge check, so paths are joined by hand
 * (path.join's normalising costs more than the system call).
 */
function listing(dir: string, rel = '', out: string[] = []): string[] {
  const base = rel ? `${dir}/${rel}` : dir;
  // Names only, then the one stat each file needs anyway tells folders apart: cheaper than
  // readdir's file types (Dirent objects) on top of the stats.
  const names = readdirSync(base).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const path = rel ? `${rel}/${name}` : name;
    const s = statSync(`${base}/${name}`);
    if (s.isDirectory()) listing(dir, path, out);
    else out.push(`${path}\t${s.size}\t${s.mtimeMs}`);
  }
  return out;
}

/**
 * The stamp of `dir` as it is now: its files, and the producing modules (a rebuilt loader parses
 * anew). The listing itself, not a digest of it: compared as text, and no crypto module to load.
 */
export function knowledgeStamp(dir: string): string {
  return `${codeStamp()}\n${listing(dir).join('\n')}`;
}

/** FNV-1a (64-bit) of a string, as 16 hex digits: a file name per directory, not a security check. */
function fnv1a64(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

function cachedCompiledPath(folder: string, dir: string): string {
  return join(folder, `kb-${fnv1a64(resolve(dir))}.compiled`);
}

/** The data behind `translations`, per locale, as a compiled file stores it. */
export function compiledTranslations(t: KnowledgeTranslations | undefined): Record<string, CompiledLocale> {
  const out: Record<string, CompiledLocale> = {};
  if (!t) return out;
  for (const locale of t.locales()) {
    out[locale] = {
      articles: t.articleIds(locale).map((id) => t.article(locale, id)).filter((a): a is TranslatedArticle => a !== undefined),
      faqs: t.faqIds(locale).map((id) => t.faq(locale, id)).filter((f): f is TranslatedFaq => f !== undefined),
    };
  }
  return out;
}

/** KnowledgeTranslations answered from a compiled file's `translations.<locale>` sections. */
function translationsFrom(file: CompiledFile): KnowledgeTranslations {
  const locales = file
    .names()
    .filter((n) => n.startsWith('translations.'))
    .map((n) => n.slice('translations.'.length));
  const byLocale = new Map<string, { data: CompiledLocale; articles: Map<string, TranslatedArticle>; faqs: Map<string, TranslatedFaq> }>();
  const of = (locale: string) => {
    if (!locales.includes(locale)) return undefined;
    let entry = byLocale.get(locale);
    if (!entry) {
      const data = file.section<CompiledLocale>(`translations.${locale}`);
      entry = { data, articles: new Map(data.articles.map((a) => [a.id, a])), faqs: new Map(data.faqs.map((f) => [f.id, f])) };
      byLocale.set(locale, entry);
    }
    return entry;
  };
  return {
    locales: () => [...locales],
    articleIds: (locale) => of(locale)?.data.articles.map((a) => a.id) ?? [],
    faqIds: (locale) => of(locale)?.data.faqs.map((f) => f.id) ?? [],
    article: (locale, id) => of(locale)?.articles.get(id),
    faq: (locale, id) => of(locale)?.faqs.get(id),
  };
}

/** Translations that load the whole directory (through load.ts) on their first lookup. */
function lazyTranslations(dir: string): KnowledgeTranslations {
  let loaded: KnowledgeTranslations | null = null;
  const get = (): KnowledgeTranslations | null => {
    if (loaded) return loaded;
    const r = load().loadKnowledgeBaseSync(dir);
    if ('kb' in r && r.kb.translations) loaded = r.kb.translations;
    return loaded;
  };
  return {
    locales: () => get()?.locales() ?? [],
    articleIds: (locale) => get()?.articleIds(locale) ?? [],
    faqIds: (locale) => get()?.faqIds(locale) ?? [],
    article: (locale, id) => get()?.article(locale, id),
    faq: (locale, id) => get()?.faq(locale, id),
  };
}

/**
 * The knowledge base of a compiled file: the same shape and lookups as load.ts's
 * createKnowledgeBase. Articles, FAQ entries and each index section are parsed on first use.
 * Null when the entries do not have the right shape.
 */
function fromCompiled(file: CompiledFile, dir: string): KnowledgeBase | null {
  const entries = lazyEntries(file);
  if (!entries) return null;
  const { articles, faqs } = entries;
  let articleAt: Map<string, number> | null = null;
  let faqAt: Map<string, number> | null = null;
  const at = (ids: readonly string[]) => {
    const m = new Map<string, number>();
    ids.forEach((id, i) => m.set(id, i)); // the last of a repeated id, as a Map built from entries
    return m;
  };
  const hasTranslations = file.names().some((n) => n.startsWith('translations.'));
  const kb: KnowledgeBase = {
    articles,
    faqs,
    article: (id) => {
      const i = (articleAt ??= at(entries.articleIds)).get(id);
      return i === undefined ? undefined : articles[i];
    },
    faq: (id) => {
      const i = (faqAt ??= at(entries.faqIds)).get(id);
      return i === undefined ? undefined : faqs[i];
    },
    translations: hasTranslations ? translationsFrom(file) : lazyTranslations(dir),
  };
  Object.defineProperty(kb, STORED_INDEX, { value: () => lazySerializedIndex(file), enumerable: false });
  return kb;
}

function writeCompiled(folder: string, file: string, stamp: string, kb: KnowledgeBase): void {
  try {
    mkdirSync(folder, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, serializeCompiledFile({ key: null, stamp }, { articles: kb.articles, faqs: kb.faqs, index: buildIndex().serializeIndex(buildIndex().indexFor(kb)), translations: compiledTranslations(kb.translations) }));
    renameSync(tmp, file);
    const old = readdirSync(folder)
      .filter((n) => /^kb-[0-9a-f]{16}\.compiled$/.test(n))
      .map((n) => ({ path: join(folder, n), mtime: statSync(join(folder, n)).mtimeMs }))
      .sort((a, b) => b.mtime - a.mtime)
      .slice(KEEP);
    for (const o of old) unlinkSync(o.path);
  } catch {
    // A read-only install or a full disk: the next start parses again.
  }
}

/**
 * Load `dir` from a compiled file whose stamp matches, else through load.ts (and write the
 * compiled file into the cache folder when that load succeeds). Problems are those of load.ts,
 * unchanged.
 */
export async function loadKnowledgeBaseCached(dir: string = defaultKnowledgeDir(), env: Record<string, string | undefined> = process.env): Promise<SnapshotLoadResult> {
  const folder = cacheDir(env);
  let stamp: string | null = null;
  if (folder) {
    try {
      stamp = knowledgeStamp(dir);
    } catch {
      stamp = null; // unreadable: load.ts says why
    }
  }
  const cached = folder && stamp ? cachedCompiledPath(folder, dir) : null;
  if (cached && stamp) {
    const candidates = resolve(dir) === resolve(defaultKnowledgeDir()) ? [defaultCompiledPath(), cached] : [cached];
    for (const path of candidates) {
      const file = openCompiled(path);
      if (!file || file.stamp() !== stamp) continue;
      const kb = fromCompiled(file, dir);
      if (kb) return { kb, from: 'snapshot' };
    }
  }
  const loaded = await load().loadKnowledgeBase(dir);
  if ('problems' in loaded) return loaded;
  if (folder && cached && stamp) writeCompiled(folder, cached, stamp, loaded.kb);
  return { kb: loaded.kb, from: 'files' };
}
