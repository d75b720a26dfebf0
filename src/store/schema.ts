/**
 * The database's tables as Kysely sees them (one interface per table). Both engines store the
 * same shapes: text ids (Discord snowflakes are text), integers for flags (0/1) and versions,
 * and epoch milliseconds as 64-bit integers (pg's int8 parser is set to Number in open.ts).
 */
import type { Generated } from 'kysely';

/** A server's FAQ entry, or its override / hiding of a shipped entry with the same id. */
export interface FaqEntryTable {
  guild_id: string;
  id: string;
  title: string;
  /** JSON array of strings. */
  aliases: string;
  body: string;
  /** 1: the shipped entry with this id is hidden in this server (title and body are unused). */
  hidden: number;
  pinned: number;
  /** Starts at 1, +1 on every change: an edit names the version it started from. */
  version: number;
  created_by: string;
  created_at: number;
  updated_by: string;
  updated_at: number;
}

/** A server's FAQ change counter: +1 in every transaction that changes its entries (no row: 0). */
export interface FaqVersionTable {
  guild_id: string;
  version: number;
}

/** One row per change of an entry: who, when, what it became. */
export interface FaqHistoryTable {
  seq: Generated<number>;
  guild_id: string;
  entry_id: string;
  version: number;
  action: string;
  user_id: string;
  at: number;
  title: string;
  aliases: string;
  body: string;
}

export interface FaqUsageTable {
  guild_id: string;
  entry_id: string;
  uses: number;
  last_used_at: number;
}

/** A modal's content waiting for Save or Cancel (expires after DRAFT_TTL_MS). */
export interface FaqDraftTable {
  guild_id: string;
  draft_id: string;
  user_id: string;
  payload: string;
  created_at: number;
}

export interface GuildSettingsTable {
  guild_id: string;
  moderator_role_id: string | null;
  /** 1: unanswered pastes are recorded for /kb gaps (the default). */
  learning: Generated<number>;
  /** Days unanswered pastes, answers and votes are kept; null: KB_GAPS_RETENTION_DAYS. */
  gaps_retention_days: Generated<number | null>;
  updated_at: number;
}

/** An unmatched or low-confidence paste, normalised (no secrets, hosts, numbers; never the author). */
export interface KbGapTable {
  seq: Generated<number>;
  guild_id: string;
  text: string;
  /** The best (unconfident) guess, if any. */
  article_id: string | null;
  confidence: number;
  /** 'explain', 'message' (Explain this error) or 'auto'. */
  source: string;
  at: number;
}

/** A phrase a server taught: its normalised error text answers with `article_id`, in that server only. */
export interface KbPhraseTable {
  guild_id: string;
  phrase: string;
  /** The article id, or the FAQ entry id when `target_kind` is 'faq'. */
  article_id: string;
  created_by: string;
  created_at: number;
  target_kind: Generated<string>;
}

/** An explain reply that answered (learning on): what it answered with, never the paste or the author. */
export interface KbAnswerTable {
  seq: Generated<number>;
  guild_id: string;
  /** An article id, or `faq/<id>` for an answer with a FAQ entry (a taught phrase). */
  target: string;
  source: string;
  at: number;
}

/** A Helpful / Not helpful vote: one per voter per reply, changeable. */
export interface KbVoteTable {
  guild_id: string;
  message_id: string;
  /** sha256 of server, message and user: enough to keep one vote per person, not who it was. */
  voter: string;
  target: string;
  helpful: number;
  at: number;
}

export interface DatabaseSchema {
  faq_entries: FaqEntryTable;
  faq_history: FaqHistoryTable;
  faq_versions: FaqVersionTable;
  faq_usage: FaqUsageTable;
  faq_drafts: FaqDraftTable;
  guild_settings: GuildSettingsTable;
  kb_gaps: KbGapTable;
  kb_phrases: KbPhraseTable;
  kb_answers: KbAnswerTable;
  kb_votes: KbVoteTable;
}
