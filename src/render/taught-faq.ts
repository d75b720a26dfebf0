/** The explain reply when a phrase taught in this server points at a FAQ entry: that entry, with the vote row. Pure. */
import type { Reply } from './reply';
import type { FaqEntry } from '../knowledge/types';
import { renderFaqEmbed } from './explain';
import { voteRow } from './votes';

export function faqTarget(id: string): string {
  return `faq/${id}`;
}

export function renderTaughtFaqReply(entry: FaqEntry): Reply {
  const embed = renderFaqEmbed(entry);
  return { embeds: [{ ...embed, footer: { text: `${embed.footer?.text ?? ''} · taught in this server` } }], components: [voteRow(faqTarget(entry.id))] };
}
