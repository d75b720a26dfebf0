/**
 * A check refused by a limit (cooldown, server rate, busy), in the reader's language (pure). The
 * refusal is data (src/interaction/services.ts); the words are in locales/<locale>/limits.ftl.
 */
import type { CheckRefusal } from '../limits/refusal';
import { messagesFor } from './i18n/messages';

export function refusalText(refusal: CheckRefusal, locale?: string): string {
  const t = messagesFor(locale);
  const retry = refusal.retryAfterSeconds;
  switch (refusal.reason) {
    case 'cooldown':
      return t('limits-cooldown', { every: refusal.everySeconds, retry });
    case 'guild-rate':
      return t('limits-guild-rate', { max: refusal.perMinute, retry });
    case 'busy':
      return t('limits-busy', { running: refusal.running, waiting: refusal.waiting, retry });
  }
}
