/**
 * The compact reply auto-explain posts under a message that holds a recognised error: the
 * article's title and meaning, the first fix steps, the "Full article" button and the
 * Helpful / Not helpful row.
 */
import type { APIEmbed } from 'discord-api-types/v10';
import type { Reply } from './reply';
import type { KnowledgeBase } from '../knowledge/types';
import type { MatchResult } from '../matcher/match';
import { commandMention } from './command-names';
import { evidenceText } from './evidence';
import { renderExplainReply } from './explain';
import { messagesFor } from './i18n/messages';
import { fitEmbed, truncate } from './limits';
import { cleanText } from './sanitize';

/** `kb` is the view in the channel's language (knowledge/i18n), `locale` that language. */
export function renderAutoExplain(result: MatchResult, kb: KnowledgeBase, locale?: string | null): Reply | null {
  const t = messagesFor(locale);
  const article = result.match && result.confident ? kb.article(result.match.id) : undefined;
  if (!result.match || !article) return null;
  const full = renderExplainReply(result, kb, undefined, locale);
  const steps = article.sections.fix.slice(0, 2).map((s, i) => `${i + 1}. ${truncate(s, 300)}`);
  const embed: APIEmbed = {
    title: article.title,
    description: [article.summary, '', ...steps].join('\n'),
    color: full.embeds?.[0]?.color,
    footer: { text: t('explain-auto-footer', { evidence: result.match.evidence.slice(0, 2).map((e) => cleanText(evidenceText(e, t), 120)).join(', '), command: commandMention('explain', locale) }) },
  };
  const [fullArticle, votes] = full.components ?? [];
  return { embeds: [fitEmbed(embed)], components: [...(fullArticle ? [{ ...fullArticle, components: fullArticle.components.slice(0, 1) }] : []), ...(votes ? [votes] : [])] };
}
