/**
 * The FAQ service the commands use: a server's view and the changes, each one transaction in the
 * repository with a version check. The view is cached per server with its search index, and
 * never served stale: every use first reads the server's change counter (one primary-key read,
 * raised by every change in the same transaction, from whichever process) and rebuilds the view
 * when it moved.
 */
import type { FaqEntry } from '../knowledge/types';
import type { FaqFields, FaqHistoryRow, FaqRepo, StoredFaq, UsageRow } from '../store/faq-repo';
import { buildGuildView, type GuildFaq, type GuildFaqView } from './view';

export type ChangeResult =
  | { ok: true; entry: StoredFaq | null }
  /** Someone else changed it meanwhile: `current` is what it is now (null: gone). */
  | { ok: false; reason: 'conflict'; current: GuildFaq | null }
  | { ok: false; reason: 'exists'; current: GuildFaq }
  | { ok: false; reason: 'missing' };

export interface FaqServiceOptions {
  repo: FaqRepo;
  /** The shipped entries now in service (they change on /kb reload). */
  shipped: () => readonly FaqEntry[];
  /** How long the moderator role is cached (default 5000 ms). FAQ views are never served stale. */
  ttlMs?: number;
  now?: () => number;
}

export interface FaqService {
  view(guildId: string): Promise<GuildFaqView>;
  add(guildId: string, id: string, fields: FaqFields, userId: string): Promise<ChangeResult>;
  /** expectedVersion: the version the editor started from (0: the shipped text). */
  edit(guildId: string, id: string, expectedVersion: number, fields: FaqFields, userId: string, action?: 'edit' | 'alias'): Promise<ChangeResult>;
  /** A server's own entry is deleted; a shipped one (overridden or not) is hidden. */
  remove(guildId: string, id: string, expectedVersion: number, userId: string): Promise<ChangeResult>;
  /** Bring back the shipped default (drops the override or the hiding). */
  restore(guildId: string, id: string, userId: string): Promise<ChangeResult>;
  pin(guildId: string, id: string, pinned: boolean, userId: string): Promise<ChangeResult>;
  importAll(guildId: string, items: (FaqFields & { id: string })[], userId: string): Promise<number>;
  history(guildId: string, id: string): Promise<FaqHistoryRow[]>;
  recordUse(guildId: string, id: string): Promise<void>;
  usage(guildId: string): Promise<UsageRow[]>;
  moderatorRole(guildId: string): Promise<string | null>;
  setModeratorRole(guildId: string, roleId: string | null): Promise<void>;
  repo: FaqRepo;
}

export function createFaqService(options: FaqServiceOptions): FaqService {
  const { repo, shipped } = options;
  const ttlMs = options.ttlMs ?? 5000;
  const now = options.now ?? Date.now;
  interface Cached {
    view: Promise<GuildFaqView>;
    shipped: readonly FaqEntry[];
    /** The change counter read before the rows were. */
    version: number;
  }
  const cache = new Map<string, Cached>();
  const roles = new Map<string, { role: string | null; at: number }>();

  async function view(guildId: string): Promise<GuildFaqView> {
    const current = shipped();
    // The counter first, the rows after: a change landing in between leaves the view labelled
    // with the older counter, so the next use rebuilds it (never the other way round).
    const version = await repo.version(guildId);
    const hit = cache.get(guildId);
    if (hit && hit.shipped === current && hit.version === version) return hit.view;
    // One build per server and counter, shared by the uses that arrive while it runs.
    const built = repo.list(guildId).then((rows) => buildGuildView(guildId, current, rows));
    if (cache.size > 5000) cache.clear();
    const entry: Cached = { view: built, shipped: current, version };
    cache.set(guildId, entry);
    built.catch(() => {
      if (cache.get(guildId) === entry) cache.delete(guildId);
    });
    return built;
  }

  const fresh = async (guildId: string, id: string) => {
    cache.delete(guildId);
    const v = await view(guildId);
    return v.faq(id) ?? v.hidden.find((h) => h.id === id) ?? null;
  };

  async function done<T extends { ok: boolean }>(guildId: string, id: string, res: T & ({ ok: true; entry: StoredFaq } | { ok: false })): Promise<ChangeResult> {
    cache.delete(guildId);
    if (res.ok) return { ok: true, entry: (res as { entry: StoredFaq }).entry };
    return { ok: false, reason: 'conflict', current: await fresh(guildId, id) };
  }

  return {
    repo,
    view,
    async add(guildId, id, fields, userId) {
      const v = await view(guildId);
      const existing = v.faq(id);
      if (existing) return { ok: false, reason: 'exists', current: existing };
      const hiddenRow = v.hidden.find((h) => h.id === id);
      // Adding an id whose shipped entry is hidden replaces the hiding with the new text.
      const res = hiddenRow
        ? await repo.save(guildId, id, hiddenRow.version, fields, { hidden: false }, 'add', userId)
        : await repo.save(guildId, id, 0, fields, { hidden: false }, 'add', userId);
      if (!res.ok) {
        cache.delete(guildId);
        const current = await fresh(guildId, id);
        return current ? { ok: false, reason: 'exists', current } : { ok: false, reason: 'conflict', current: null };
      }
      return done(guildId, id, res);
    },
    async edit(guildId, id, expectedVersion, fields, userId, action = 'edit') {
      const res = await repo.save(guildId, id, expectedVersion, fields, {}, action, userId);
      return done(guildId, id, res);
    },
    async remove(guildId, id, expectedVersion, userId) {
      const v = await view(guildId);
      const base = v.shipped(id);
      if (!base) return done(guildId, id, await repo.delete(guildId, id, expectedVersion, 'remove', userId));
      const entry = v.faq(id);
      const fields = entry ?? base;
      return done(guildId, id, await repo.save(guildId, id, expectedVersion, { title: fields.title, aliases: [...fields.aliases], body: fields.body }, { hidden: true, pinned: false }, 'hide', userId));
    },
    async restore(guildId, id, userId) {
      const v = await view(guildId);
      if (!v.shipped(id)) return { ok: false, reason: 'missing' };
      const row = await repo.get(guildId, id);
      if (!row) return { ok: true, entry: null };
      return done(guildId, id, await repo.delete(guildId, id, row.version, 'restore', userId));
    },
    async pin(guildId, id, pinned, userId) {
      const v = await view(guildId);
      const entry = v.faq(id);
      if (!entry) return { ok: false, reason: 'missing' };
      const fields = { title: entry.title, aliases: [...entry.aliases], body: entry.body };
      return done(guildId, id, await repo.save(guildId, id, entry.version, fields, { pinned }, pinned ? 'pin' : 'unpin', userId));
    },
    async importAll(guildId, items, userId) {
      try {
        return await repo.importAll(guildId, items, userId);
      } finally {
        cache.delete(guildId);
      }
    },
    history: (guildId, id) => repo.history(guildId, id),
    recordUse: (guildId, id) => repo.recordUse(guildId, id),
    usage: (guildId) => repo.usage(guildId),
    async moderatorRole(guildId) {
      const hit = roles.get(guildId);
      if (hit && now() - hit.at < ttlMs) return hit.role;
      const role = await repo.moderatorRole(guildId);
      roles.set(guildId, { role, at: now() });
      return role;
    },
    async setModeratorRole(guildId, roleId) {
      await repo.setModeratorRole(guildId, roleId);
      roles.delete(guildId);
    },
  };
}
