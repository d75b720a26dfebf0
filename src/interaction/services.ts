/**
 * What command handlers may use. Built once at start-up (src/app.ts) and shared by the Discord
 * adapter, console mode and tests. Engine modules never import this: it belongs to the adapters.
 */
import type { Config } from '../config';
import type { FaqService } from '../faq/service';
import type { LearningService } from '../learn/service';
import type { PhraseService } from '../learn/phrase-service';
import type { KnowledgeBase, KnowledgeProblem } from '../knowledge/types';
import type { AgentClient } from '../agents/client';
import type { GlobalpingClient } from '../agents/globalping';
import type { CheckResult, Protocol } from '../probe/types';
import type { Voice } from '../render/voice';
import type { CommandIdBook } from './command-ids';

export interface KnowledgeStore {
  /** The knowledge base in service now. */
  current(): KnowledgeBase;
  /** Load again from disk; on problems the current one stays in service. */
  reload(): Promise<{ ok: true; kb: KnowledgeBase } | { ok: false; problems: KnowledgeProblem[] }>;
}

export interface CheckRequest {
  input: string;
  protocol: Protocol;
  /** Who asked, for cooldowns and per-guild rates (console: "console"). */
  userId: string;
  guildId: string | null;
}

export type { CheckRefusal } from '../limits/refusal';
import type { CheckRefusal } from '../limits/refusal';

/** A place for one check, held until run() or cancel(). */
export interface CheckAdmission {
  refused: false;
  /** Waits for a free slot and runs the check (a refusal only if the queue overflowed meanwhile). */
  run(onProgress?: (partial: CheckResult) => void): Promise<CheckResult | CheckRefusal>;
  /**
   * Run another probe job (e.g. the Xtream line check) in this place, under the same limits,
   * instead of the check described by the request. Same once-only rule as run().
   */
  runJob<T>(job: () => Promise<T>): Promise<T | CheckRefusal>;
  /** Give the place back without running (e.g. the interaction could not be acknowledged). */
  cancel(): void;
}

export interface CheckService {
  /** Ask the limiters first (fast, nothing probed): a refusal, or a place to run the check. */
  admit(request: CheckRequest): Promise<CheckRefusal | CheckAdmission>;
  /** admit() then run(), in one call. */
  run(request: CheckRequest, onProgress?: (partial: CheckResult) => void): Promise<CheckResult | CheckRefusal>;
}

/** Remembers recent posts so the same thing is not posted twice too quickly. */
export interface RecentPosts {
  /** Returns seconds until allowed again, or 0 (and records the post) when allowed. */
  tryPost(key: string, windowSeconds: number): number;
}

/** Counters and timings for /metrics. Optional: console mode and tests go without. */
export interface Metrics {
  interaction(kind: string, command: string, seconds: number, outcome: 'ok' | 'error' | 'unhandled'): void;
  /** Time to the initial response (HTTP mode measures it; the gateway adapter does not). */
  acknowledged(kind: string, seconds: number): void;
  check(verdict: string, seconds: number): void;
  explain(matched: boolean): void;
}

export interface Services {
  config: Config;
  version: string;
  startedAt: number;
  knowledge: KnowledgeStore;
  checks: CheckService;
  recentPosts: RecentPosts;
  /**
   * Servers' own FAQ entries over the database (absent: only the shipped entries, read-only —
   * e.g. unit tests that build services by hand).
   */
  faqs?: FaqService;
  /** The learning loop (unanswered pastes per server); absent without a database. */
  learning?: LearningService;
  /** Phrases servers taught ("Teach netmedic"); absent without a database. */
  phrases?: PhraseService;
  /** Gateway heartbeat latency in ms, or null (console mode, not connected yet). */
  gatewayPing(): number | null;
  metrics?: Metrics;
  /** Probe agents on other networks (REDIS_URL set), for `/check … from:`. */
  agents?: AgentClient;
  /** Globalping's public probes (GLOBALPING=on), extra rows for `from:`. */
  globalping?: GlobalpingClient;
  /** Whose words replies use (render/voice.ts); Discord's when absent. */
  voice?: Voice;
  /** The slash commands' ids, for clickable mentions in replies (absent: text mentions only). */
  commandIds?: CommandIdBook;
}
