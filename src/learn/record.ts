/**
 * Adapters call this after answering: a confident answer is counted for /kb stats (what it
 * answered with), anything else is recorded as a gap for /kb gaps. In the background; never throws.
 */
import type { Logger } from 'pino';
import type { GapSource, LearningService, MatchOutcome } from './service';

export function recordGap(services: { learning?: LearningService }, guildId: string | null, text: string, outcome: MatchOutcome, source: GapSource, log: Logger): void {
  if (!guildId || !services.learning) return;
  const done = outcome.confident && outcome.match ? services.learning.recordAnswer(guildId, outcome.match.id, source) : services.learning.record(guildId, text, outcome, source);
  done.catch((err: unknown) => log.warn({ err }, 'could not record an explain outcome'));
}
