/** Adapters call this after answering: it records a gap in the background and never throws. */
import type { Logger } from 'pino';
import type { Services } from '../interaction/services';
import type { GapSource, MatchOutcome } from './service';

export function recordGap(services: Services, guildId: string | null, text: string, outcome: MatchOutcome, source: GapSource, log: Logger): void {
  if (!guildId || !services.learning || outcome.confident) return;
  services.learning.record(guildId, text, outcome, source).catch((err: unknown) => log.warn({ err }, 'could not record an unanswered paste'));
}
