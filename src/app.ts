/**
 * Builds the services every adapter shares (Discord, console, CLI): configuration, the knowledge
 * store, the check service, the recent-posts memory. Engine modules are wired here, once.
 */
import type { Logger } from 'pino';
import type { Config } from './config';
import type { KnowledgeBase, KnowledgeProblem } from './knowledge/types';
import type { AgentClient } from './agents/client';
import type { GlobalpingClient } from './agents/globalping';
import type { CheckService, KnowledgeStore, Metrics, Services } from './interaction/services';
import { CommandIdBook } from './interaction/command-ids';
import type { FaqService } from './faq/service';
import type { LearningService } from './learn/service';
import type { PhraseService } from './learn/phrase-service';
import { formatProblem } from './render/knowledge-problems';
import { createRecentPosts } from './interaction/recent-posts';
import type { Voice } from './render/voice';
import { packageVersion } from './util/paths';

export type KnowledgeLoader = (dir: string) => Promise<{ kb: KnowledgeBase } | { problems: KnowledgeProblem[] }>;

export class KnowledgeLoadError extends Error {
  readonly code = 'NETMEDIC_BAD_KNOWLEDGE';
  constructor(readonly problems: KnowledgeProblem[]) {
    super(`The knowledge base has ${problems.length} problem(s):\n` + problems.map(formatProblem).join('\n'));
    this.name = 'KnowledgeLoadError';
  }
}

/** Loads once (throws KnowledgeLoadError when invalid); reload() keeps the old one on problems. */
export async function createKnowledgeStore(dir: string, load: KnowledgeLoader, log: Logger): Promise<KnowledgeStore> {
  const first = await load(dir);
  if ('problems' in first) throw new KnowledgeLoadError(first.problems);
  let current = first.kb;
  return {
    current: () => current,
    async reload() {
      const next = await load(dir);
      if ('problems' in next) {
        log.warn({ problems: next.problems.length }, 'knowledge reload rejected; keeping the previous version');
        return { ok: false, problems: next.problems };
      }
      current = next.kb;
      log.info({ articles: current.articles.length, faqs: current.faqs.length }, 'knowledge reloaded');
      return { ok: true, kb: current };
    },
  };
}

export interface ServiceDeps {
  knowledge: KnowledgeStore;
  checks: CheckService;
  faqs?: FaqService;
  learning?: LearningService;
  phrases?: PhraseService;
  gatewayPing?: () => number | null;
  metrics?: Metrics;
  agents?: AgentClient;
  globalping?: GlobalpingClient;
  voice?: Voice;
}

export function buildServices(config: Config, deps: ServiceDeps): Services {
  return {
    config,
    version: packageVersion(),
    startedAt: Date.now(),
    knowledge: deps.knowledge,
    checks: deps.checks,
    recentPosts: createRecentPosts(),
    commandIds: new CommandIdBook(),
    faqs: deps.faqs,
    learning: deps.learning,
    phrases: deps.phrases,
    gatewayPing: deps.gatewayPing ?? (() => null),
    metrics: deps.metrics,
    agents: deps.agents,
    globalping: deps.globalping,
    ...(deps.voice ? { voice: deps.voice } : {}),
  };
}
