/**
 * A start-up cache around the loader (load.ts), for short-lived processes such as the CLI.
 *
 * The first successful load of a knowledge directory writes a snapshot: the English articles
 * (localised message phrases already merged) and FAQ entries, under a stamp made of every file's
 * relative path, size and modification time plus the loader's own files. A later process that
 * finds the same stamp builds the knowledge base from the snapshot: no markdown, YAML or schema
 * module loads, and nothing is parsed. Any added, removed or changed file (or a rebuilt loader)
 * changes the stamp, and the directory is loaded — and validated — by load.ts as before.
 * Translations stay with load.ts: the first translation lookup loads the directory in full.
 *
 * Where: util/cache-dir.ts (NETMEDIC_CACHE_DIR, else `<package>/node_modules/.cache/netmedic/`).
 * The cache is only an optimisation: a snapshot that cannot be read or written is ignored.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cacheDir } from '../util/cache-dir';
import { packageRoot } from '../util/paths';
import type * as LoadModule from './load';
import type { Article, FaqEntry, KnowledgeBase, KnowledgeProblem, KnowledgeTranslations } from './types';

/** Bump when the snapshot's shape changes. */
const FORMAT = 1;
/** Snapshots kept per cache folder (one per knowledge directory); the oldest go first. */
const KEEP = 16;

interface Snapshot {
  format: number;
  stamp: string;
  articles: Article[];
  faqs: FaqEntry[];
}

export type SnapshotLoadResult = { kb: KnowledgeBase; from: 'snapshot' | 'files' } | { problems: KnowledgeProblem[] };

function load(): typeof LoadModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./load') as typeof LoadModule;
}

/** `<packageRoot>/knowledge` (as load.ts's, without loading the loader). */
export function defaultKnowledgeDir(): string {
  return join(packageRoot(), 'knowledge');
}

/** Every file under `dir` (dot-files too), as `path size mtime` lines in a stable order. */
function listing(dir: string, rel = '', out: string[] = []): string[] {
  const entries = readdirSync(join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) listing(dir, path, out);
    else {
      const s = statSync(join(dir, path));
      out.push(`${path}\t${s.size}\t${s.mtimeMs}`);
    }
  }
  return out;
}

/** The stamp of `dir` as it is now: its files, and the loader's (a rebuilt loader parses anew). */
export function knowledgeStamp(dir: string): string {
  const hash = createHash('sha256').update(`format ${FORMAT}\n`);
  for (const m of ['./load', './parse', './messages', './translations']) {
    const s = statSync(require.resolve(m));
    hash.update(`${m}\t${s.size}\t${s.mtimeMs}\n`);
  }
  hash.update(listing(dir).join('\n'));
  return hash.digest('hex');
}

function snapshotFile(folder: string, dir: string): string {
  return join(folder, `kb-${createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 16)}.json`);
}

function readSnapshot(file: string, stamp: string): Snapshot | null {
  try {
    const s = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
    return s.format === FORMAT && s.stamp === stamp && Array.isArray(s.articles) && Array.isArray(s.faqs) ? s : null;
  } catch {
    return null;
  }
}

function writeSnapshot(folder: string, file: string, snapshot: Snapshot): void {
  try {
    mkdirSync(folder, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(snapshot));
    renameSync(tmp, file);
    const old = readdirSync(folder)
      .filter((n) => /^kb-[0-9a-f]{16}\.json$/.test(n))
      .map((n) => ({ path: join(folder, n), mtime: statSync(join(folder, n)).mtimeMs }))
      .sort((a, b) => b.mtime - a.mtime)
      .slice(KEEP);
    for (const o of old) unlinkSync(o.path);
  } catch {
    // A read-only install or a full disk: the next start parses again.
  }
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

/** The knowledge base of a snapshot: the same shape and lookups as load.ts's createKnowledgeBase. */
function fromSnapshot(s: Snapshot, dir: string): KnowledgeBase {
  const articleById = new Map(s.articles.map((a) => [a.id, a]));
  const faqById = new Map(s.faqs.map((f) => [f.id, f]));
  const kb: KnowledgeBase = {
    articles: Object.freeze([...s.articles]),
    faqs: Object.freeze([...s.faqs]),
    article: (id) => articleById.get(id),
    faq: (id) => faqById.get(id),
    translations: lazyTranslations(dir),
  };
  // No prebuilt matcher index: matcher/build-index.ts's indexFor builds it on the first match, so
  // a command that only looks articles up by id (check, faq) never pays for it.
  return kb;
}

/**
 * Load `dir` through its snapshot when the stamp matches, else through load.ts (and write the
 * snapshot when that load succeeds). Problems are those of load.ts, unchanged.
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
  const file = folder && stamp ? snapshotFile(folder, dir) : null;
  if (file && stamp) {
    const s = readSnapshot(file, stamp);
    if (s) return { kb: fromSnapshot(s, dir), from: 'snapshot' };
  }
  const loaded = await load().loadKnowledgeBase(dir);
  if ('problems' in loaded) return loaded;
  if (folder && file && stamp) writeSnapshot(folder, file, { format: FORMAT, stamp, articles: [...loaded.kb.articles], faqs: [...loaded.kb.faqs] });
  return { kb: loaded.kb, from: 'files' };
}
