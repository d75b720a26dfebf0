/**
 * A server's FAQ as it is in service: the shipped entries (knowledge/faq) as defaults, replaced
 * by the server's own row with the same id, or hidden by it; plus the server's own entries.
 * Pure: built from the shipped list and the server's rows.
 */
import type { FaqEntry } from '../knowledge/types';
import { nearestFaqs } from '../knowledge/search';
import type { StoredFaq } from '../store/faq-repo';
import { fold, indexDocs, rankDocs } from './search';

export type FaqSource = 'shipped' | 'server' | 'override';

export interface GuildFaq extends FaqEntry {
  source: FaqSource;
  /** The row's version (0: a shipped entry this server has not changed). */
  version: number;
  pinned: boolean;
}

export interface GuildFaqView {
  guildId: string;
  entries: readonly GuildFaq[];
  /** Shipped entries this server hid (restorable), with the hiding row's version. */
  hidden: readonly GuildFaq[];
  faq(id: string): GuildFaq | undefined;
  /** By id, alias or title (case-insensitive). */
  find(name: string): GuildFaq | undefined;
  /** Autocomplete order. */
  search(typed: string, limit?: number): GuildFaq[];
  /** "Did you mean": the nearest entries to a miss. */
  nearest(typed: string, n?: number): GuildFaq[];
  shipped(id: string): FaqEntry | undefined;
}

export function buildGuildView(guildId: string, shipped: readonly FaqEntry[], rows: readonly StoredFaq[]): GuildFaqView {
  const rowById = new Map(rows.map((r) => [r.id, r]));
  const shippedById = new Map(shipped.map((f) => [f.id, f]));
  const entries: GuildFaq[] = [];
  const hidden: GuildFaq[] = [];
  const fromRow = (r: StoredFaq, source: FaqSource): GuildFaq => ({
    id: r.id,
    title: r.title,
    aliases: r.aliases,
    body: r.body,
    file: `server:${r.id}`,
    source,
    version: r.version,
    pinned: r.pinned,
  });
  for (const f of shipped) {
    const r = rowById.get(f.id);
    if (!r) entries.push({ ...f, source: 'shipped', version: 0, pinned: false });
    else if (r.hidden) hidden.push({ ...f, source: 'shipped', version: r.version, pinned: false });
    else entries.push(fromRow(r, 'override'));
  }
  for (const r of rows) if (!shippedById.has(r.id) && !r.hidden) entries.push(fromRow(r, 'server'));
  entries.sort((a, b) => a.title.localeCompare(b.title));

  const byId = new Map(entries.map((e) => [e.id, e]));
  // Names a post may use: id first, then titles, then aliases (the first claim of a name wins).
  const byName = new Map<string, GuildFaq>();
  for (const e of entries) byName.set(fold(e.id), e);
  for (const e of entries) if (!byName.has(fold(e.title))) byName.set(fold(e.title), e);
  for (const e of entries) for (const a of e.aliases) if (!byName.has(fold(a))) byName.set(fold(a), e);
  const docs = indexDocs(entries);
  const asKb = { faqs: entries };
  return {
    guildId,
    entries,
    hidden,
    faq: (id) => byId.get(id),
    find: (name) => byName.get(fold(name)),
    search: (typed, limit = 25) => rankDocs(docs, typed, limit),
    nearest: (typed, n = 3) => nearestFaqs(asKb, typed, n) as GuildFaq[],
    shipped: (id) => shippedById.get(id),
  };
}
