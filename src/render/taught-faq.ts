/** The explain reply when a phrase taught in this server points at a FAQ entry: that entry, with the vote row. Pure. */
import type { Reply } from './reply';
import type { FaqEntry } from '../knowledge/types';
import { renderFaqEmbed } from './explain';
import { messagesFor } from './i18n/messages';
import { voteRow } from './votes';

export function faqTarget(id: string): string {
  return `faq/${id}`;
}

export function renderTaughtFaqReply(entry: FaqEntry, locale?: string | null): Reply {
  const embed = renderFaqEmbed(entry, locale);
  const taught = messagesFor(locale)('explain-taught-footer');
  return { embeds: [{ ...embed, footer: { text: `${embed.footer?.text ?? ''} · ${taught}` } }], components: [voteRow(faqTarget(entry.id), locale)] };
}
