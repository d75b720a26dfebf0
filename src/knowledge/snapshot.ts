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
 * writes a new compiled file into the cache folder. Translation folders have a stamp each; a
 * caller that shows no translation (the CLI in English) leaves them to be checked when a locale
 * is first looked up (see CachedLoadOptions).
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

/** The folder of translations (one sub-folder per locale). */
const I18N = 'i18n';

/**
 * Every file under `dir` (dot-files too), as `path size mtime` lines in a stable order. One
 * `stat` per file is most of a start-up's knowledge check, so paths are joined by hand
 * (path.join's normalising costs more than the system call). `enter` decides which folders are
 * listed inside; a folder it refuses is one `path/` line (its name only).
 */
function listing(dir: string, enter: (path: string) => boolean, rel = '', out: string[] = []): string[] {
  const base = rel ? `${dir}/${rel}` : dir;
  // Names only, then the one stat each file needs anyway tells folders apart: cheaper than
  // readdir's file types (Dirent objects) on top of the stats.
  const names = readdirSync(base).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const path = rel ? `${rel}/${name}` : name;
    const s = statSync(`${base}/${name}`);
    if (!s.isDirectory()) out.push(`${path}\t${s.size}\t${s.mtimeMs}`);
    else if (enter(path)) listing(dir, enter, path, out);
    else out.push(`${path}/`);
  }
  return out;
}

/** A translation folder (`i18n/<locale>`) is stamped on its own (see localeStamp). */
const isLocaleFolder = (path: string): boolean => path.startsWith(`${I18N}/`) && path.indexOf('/', I18N.length + 1) < 0;

/**
 * The stamp of `dir` as it is now: its files but the translations' (the translation folders are
 * named, their files are in each locale's stamp), and the producing modules (a rebuilt loader
 * parses anew). The listing itself, not a digest of it: compared as text, and no crypto module to
 * load. An English start-up (the CLI's) thus stats the articles, FAQ and messages only.
 */
export function knowledgeStamp(dir: string): string {
  return `${codeStamp()}\n${listing(dir, (path) => !isLocaleFolder(path)).join('\n')}`;
}

/** The stamp of one translation folder, `dir/i18n/<locale>` (checked when that locale is first used). */
export function localeStamp(dir: string, locale: string): string {
  return listing(`${dir}/${I18N}/${locale}`, () => true).join('\n');
}

/** The stamps of every translation folder of `dir`, by locale (what a compiled file stores). */
export function localeStamps(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  let names: string[];
  try {
    names = readdirSync(`${dir}/${I18N}`, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
  } catch {
    return out;
  }
  for (const locale of names) out[locale] = localeStamp(dir, locale);
  return out;
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

/**
 * KnowledgeTranslations answered from a compiled file's `translations.<locale>` sections. A
 * locale's section is used only while its folder's stamp (localeStamp) still equals the one the
 * file was written with: checked when the locale is first used, unless `checked` already did.
 * Once a translation folder has changed, every lookup goes through load.ts (`fresh`).
 */
function translationsFrom(file: CompiledFile, dir: string, checked: boolean, fresh: KnowledgeTranslations): KnowledgeTranslations {
  const locales = file
    .names()
    .filter((n) => n.startsWith('translations.'))
    .map((n) => n.slice('translations.'.length));
  const byLocale = new Map<string, { data: CompiledLocale; articles: Map<string, TranslatedArticle>; faqs: Map<string, TranslatedFaq> }>();
  let stale = false;
  const upToDate = (locale: string): boolean => {
    if (checked || stale) return !stale;
    let now: string | null;
    try {
      now = localeStamp(dir, locale);
    } catch {
      now = null;
    }
    stale = now === null || file.localeStamp(locale) !== now;
    return !stale;
  };
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
  // A locale without a section has no folder (the folders are in the main stamp): nothing to
  // check. A locale whose entry was read stays as read: one process, one version of a folder.
  const use = (locale: string): boolean => !locales.includes(locale) || byLocale.has(locale) || upToDate(locale);
  return {
    locales: () => [...locales],
    articleIds: (locale) => (use(locale) ? (of(locale)?.data.articles.map((a) => a.id) ?? []) : fresh.articleIds(locale)),
    faqIds: (locale) => (use(locale) ? (of(locale)?.data.faqs.map((f) => f.id) ?? []) : fresh.faqIds(locale)),
    article: (locale, id) => (use(locale) ? of(locale)?.articles.get(id) : fresh.article(locale, id)),
    faq: (locale, id) => (use(locale) ? of(locale)?.faqs.get(id) : fresh.faq(locale, id)),
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
function fromCompiled(file: CompiledFile, dir: string, translationsChecked: boolean): KnowledgeBase | null {
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
    translations: hasTranslations ? translationsFrom(file, dir, translationsChecked, lazyTranslations(dir)) : lazyTranslations(dir),
  };
  Object.defineProperty(kb, STORED_INDEX, { value: () => lazySerializedIndex(file), enumerable: false });
  return kb;
}

function writeCompiled(folder: string, file: string, stamps: { stamp: string; localeStamps: Record<string, string> }, kb: KnowledgeBase): void {
  try {
    mkdirSync(folder, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, serializeCompiledFile({ key: null, ...stamps }, { articles: kb.articles, faqs: kb.faqs, index: buildIndex().serializeIndex(buildIndex().indexFor(kb)), translations: compiledTranslations(kb.translations) }));
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

/** How loadKnowledgeBaseCached checks a compiled file's translations. */
export interface CachedLoadOptions {
  /**
   * True (the default): every translation folder's stamp is checked now, as the rest. False: each
   * locale's is checked when that locale is first looked up (an English run stats no translation
   * file); a changed folder is then read through load.ts, whose problems are not reported here.
   */
  checkTranslations?: boolean;
}

/**
 * Load `dir` from a compiled file whose stamp matches, else through load.ts (and write the
 * compiled file into the cache folder when that load succeeds). Problems are those of load.ts,
 * unchanged.
 */
export async function loadKnowledgeBaseCached(dir: string = defaultKnowledgeDir(), env: Record<string, string | undefined> = process.env, options: CachedLoadOptions = {}): Promise<SnapshotLoadResult> {
  const checkTranslations = options.checkTranslations ?? true;
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
  let nowByLocale: Record<string, string> | null = null;
  if (cached && stamp) {
    const candidates = resolve(dir) === resolve(defaultKnowledgeDir()) ? [defaultCompiledPath(), cached] : [cached];
    for (const path of candidates) {
      const file = openCompiled(path);
      if (!file || file.stamp() !== stamp) continue;
      if (checkTranslations) {
        try {
          nowByLocale ??= localeStamps(dir);
        } catch {
          break;
        }
        if (!Object.entries(nowByLocale).every(([locale, now]) => file.localeStamp(locale) === now)) continue;
      }
      const kb = fromCompiled(file, dir, checkTranslations);
      if (kb) return { kb, from: 'snapshot' };
    }
  }
  // The translations are stamped before they are read, like the rest (knowledgeStamp above): a
  // file changed while the load reads it leaves a stamp older than the file, and the next start
  // parses again instead of trusting a compiled copy of the old text.
  if (cached && stamp && !nowByLocale) {
    try {
      nowByLocale = localeStamps(dir);
    } catch {
      nowByLocale = null; // unreadable translation folders: nothing is written, the next start parses again
    }
  }
  const loaded = await load().loadKnowledgeBase(dir);
  if ('problems' in loaded) return loaded;
  if (folder && cached && stamp && nowByLocale) writeCompiled(folder, cached, { stamp, localeStamps: nowByLocale }, loaded.kb);
  return { kb: loaded.kb, from: 'files' };
}
