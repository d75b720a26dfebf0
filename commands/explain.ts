/**
 * /explain text:<error> [public] — match a pasted error against the knowledge base.
 * Also owns the `explain:` buttons: "Full article" (ephemeral, paged) and alternatives.
 */
import { matchInGuild, outcomeOf, type GuildMatchResult } from '../src/learn/guild-match';
import type { MatchOutcome } from '../src/learn/service';
import { recordGap } from '../src/learn/record';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { optionsOf } from '../src/interaction/arguments';
import type { AutocompleteChoice, ChatInputContext, CommandModule, ComponentContext } from '../src/interaction/types';
import { replyLocale } from '../src/interaction/locale';
import { commandMention, commandReference } from '../src/render/command-names';
import { commandIdsFor } from '../src/interaction/command-ids';
import { messagesFor } from '../src/render/i18n/messages';
import { localizedKnowledge } from '../src/knowledge/i18n';
import { searchArticles } from '../src/knowledge/search';
import type { KnowledgeBase } from '../src/knowledge/types';
import { match, MAX_INPUT } from '../src/matcher/match';
import { renderArticleExplain, renderArticlePageReply, renderExplainReply } from '../src/render/explain';
import { explainIds } from '../src/render/custom-ids';
import { LIMITS, truncate } from '../src/render/limits';
import { discordText } from '../src/render/sanitize';
import { renderTaughtFaqReply } from '../src/render/taught-faq';
import { localizeGuildFaq } from './faq';

const definition = {
  name: 'explain',
  description: 'Explain a network error: paste the error text',
  type: ApplicationCommandType.ChatInput,
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'text',
      description: 'The error as you saw it (ECONNREFUSED, ERR_CONNECTION_TIMED_OUT, curl: (7) …)',
      required: true,
      autocomplete: true,
      max_length: MAX_INPUT,
    },
    { type: ApplicationCommandOptionType.Boolean, name: 'public', description: 'Show the answer to the channel (default: yes)' },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Articles shown when nothing is typed yet: the errors people paste most. */
const HOISTED = ['connection-refused', 'connection-timeout', 'connection-reset', 'dns-failure', 'tls-certificate', 'iptv-xtream', 'http-5xx', 'http-forbidden', 'http-404'];

/** Autocomplete: matched and searched in `kb` (English), titles shown from `view` (the asker's language). */
export function explainChoices(typed: string, kb: KnowledgeBase, view: KnowledgeBase = kb, locale?: string | null): AutocompleteChoice[] {
  const text = typed.trim();
  const title = (a: { id: string; title: string }) => view.article(a.id)?.title ?? a.title;
  if (!text) {
    const hoisted = HOISTED.map((id) => kb.article(id)).filter((a) => a !== undefined);
    return [...hoisted, ...kb.articles.filter((a) => !HOISTED.includes(a.id))].map((a) => ({ name: title(a), value: a.id }));
  }
  const choices: AutocompleteChoice[] = [];
  // Something that reads like a pasted error: offer the matcher's answer first. A short paste is
  // kept as the value so the command still sees its host and port.
  const result = match(text, kb);
  if (result.match) {
    const value = text.length <= 100 ? text : result.match.id;
    const name = messagesFor(locale)('explain-choice-best', { title: title(result.match), percent: String(Math.round(result.match.confidence * 100)) });
    choices.push({ name: truncate(name, LIMITS.choiceLength), value });
  }
  for (const { article, code } of searchArticles(kb, text)) {
    choices.push({ name: code ? `${title(article)} — ${code}` : title(article), value: article.id });
  }
  return choices;
}

async function chatInput(ctx: ChatInputContext): Promise<void> {
  const options = optionsOf(definition, ctx);
  const text = options.text.trim();
  const visible = options.public !== false;
  const kb = ctx.services.knowledge.current();
  if (!text) {
    const example = `\`${commandMention('explain', ctx.locale)} connect ECONNREFUSED 10.0.0.5:5432\``;
    await ctx.reply({ content: messagesFor(ctx.locale)('explain-empty', { command: commandReference('explain', ctx.locale, commandIdsFor(ctx)), example }), ephemeral: true });
    return;
  }
  // An article id comes from picking an autocomplete entry.
  const chosen = localizedKnowledge(kb, replyLocale(ctx, visible)).article(text.toLowerCase());
  if (chosen) {
    await ctx.reply({ ...renderArticleExplain(chosen, {}, replyLocale(ctx, visible)), ephemeral: !visible });
    return;
  }
  // Built-in first; a phrase this server taught may answer only what the built-in could not.
  const guildId = ctx.guildId ?? ctx.dataGuildId ?? null;
  // The answer goes out first; the metric, the log line and the learning record follow it, so
  // none of them sits between the interaction arriving and its acknowledgement. The match
  // result is handed straight to answer() and kept by nothing here while the answer is on its
  // way: collections during a burst copy what is still referenced, a hundred times over.
  const answered = answer(ctx, await matchInGuild(ctx.services, guildId, text, kb), kb, visible);
  await answered.sent;
  ctx.services.metrics?.explain(answered.outcome.match !== null);
  ctx.log.info(answered.logFields, answered.logMessage);
  recordGap(ctx.services, guildId, text, answered.outcome, 'explain', ctx.log);
}

/** An answer on its way, and the little that the metric, the log line and the learning record need of it. */
interface Answered {
  sent: Promise<void>;
  logFields: Record<string, string | number | boolean | null>;
  logMessage: string;
  outcome: MatchOutcome;
}

function answer(ctx: ChatInputContext, result: GuildMatchResult, kb: KnowledgeBase, visible: boolean): Answered {
  if (result.faqAnswer) {
    const locale = replyLocale(ctx, visible);
    return {
      sent: ctx.reply({ ...renderTaughtFaqReply(localizeGuildFaq(ctx, result.faqAnswer, locale), locale), ephemeral: !visible }),
      logFields: { faq: result.faqAnswer.id },
      logMessage: 'explain answered by a taught FAQ entry',
      outcome: outcomeOf(result),
    };
  }
  // "No confident match" only helps the asker: keep it out of the channel.
  const ephemeral = !visible || !result.match;
  const locale = replyLocale(ctx, !ephemeral);
  const outcome = outcomeOf(result);
  return {
    sent: ctx.reply({ ...renderExplainReply(result, localizedKnowledge(kb, locale), ctx.services.voice, locale), ephemeral }),
    logFields: { match: outcome.match?.id ?? null, confidence: outcome.match?.confidence ?? 0, confident: outcome.confident },
    logMessage: 'explain',
    outcome,
  };
}

/** `explain:vote:yes|no:<target>`: one vote per user per reply (pressing the other changes it). */
async function vote(ctx: ComponentContext, helpful: boolean, target: string): Promise<void> {
  const guildId = ctx.guildId ?? ctx.dataGuildId ?? null;
  const t = messagesFor(ctx.locale);
  if (!guildId || !ctx.services.learning) {
    await ctx.reply({ content: t('explain-vote-not-kept'), ephemeral: true });
    return;
  }
  // The target only labels the vote; anything odd in a crafted custom id is stored as "-".
  const label = /^[a-z0-9][a-z0-9/_-]{0,90}$/.test(target) ? target : '-';
  const before = await ctx.services.learning.vote(guildId, ctx.message.id, ctx.user.id, label, helpful);
  const vote = helpful ? 'helpful' : 'not-helpful';
  const content = before === null ? t('explain-vote-counted', { vote }) : before === helpful ? t('explain-vote-same', { vote }) : t('explain-vote-changed', { vote });
  await ctx.reply({ content, ephemeral: true });
}

/**
 * `explain:article:<id>:<page>` opens the full article; `explain:page:` turns its pages; `explain:show:<id>` shows an
 * alternative; `explain:vote:yes|no:<target>` records a vote.
 */
async function component(ctx: ComponentContext): Promise<void> {
  const decoded = explainIds.decode(ctx.customId);
  if (!decoded) {
    await ctx.reply({ content: messagesFor(ctx.locale)('explain-button-unsupported'), ephemeral: true });
    return;
  }
  if (decoded.kind === 'vote') return vote(ctx, decoded.helpful, decoded.target);
  // Article pages and alternatives open ephemerally: in the presser's language.
  const kb = localizedKnowledge(ctx.services.knowledge.current(), ctx.locale);
  const id = decoded.articleId;
  const t = messagesFor(ctx.locale);
  const article = kb.article(id);
  if (!article) {
    await ctx.reply({ content: t('explain-article-gone', { id: discordText(id, 100) }), ephemeral: true });
    return;
  }
  if (decoded.kind === 'article') await ctx.reply(renderArticlePageReply(article, decoded.page, kb, ctx.locale));
  else if (decoded.kind === 'page') await ctx.update(renderArticlePageReply(article, decoded.page, kb, ctx.locale));
  else await ctx.reply({ ...renderArticleExplain(article, {}, ctx.locale), ephemeral: true });
}

export const command: CommandModule = {
  definition,
  chatInput,
  async autocomplete(ctx) {
    const kb = ctx.services.knowledge.current();
    await ctx.respond(explainChoices(ctx.focused.value, kb, localizedKnowledge(kb, ctx.locale), ctx.locale));
  },
  componentPrefix: explainIds.prefix,
  component,
};
