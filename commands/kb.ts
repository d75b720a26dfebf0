/**
 * /kb reload (moderators): load the knowledge base again from disk. An invalid new version is
 * rejected with its problems and the previous one stays in service.
 * /kb gaps [days]: the most frequent unanswered errors in this server (the learning loop), each
 * with a Teach button (teach.ts: the same pick-article-or-FAQ menus as "Teach netmedic").
 * /kb stats [weeks]: answer rate, helpful rate and top articles per week.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { randomBytes } from 'node:crypto';
import { canManageFaq } from '../src/interaction/faq-access';
import type { GuildFaqView } from '../src/faq/view';
import { MODERATOR_DEFAULT_PERMISSIONS } from '../src/interaction/permissions';
import { subcommandOf, type SubcommandOptions } from '../src/interaction/arguments';
import type { ChatInputContext, CommandModule } from '../src/interaction/types';
import { localizedKnowledge } from '../src/knowledge/i18n';
import { problemLine } from '../src/render/knowledge-problems';
import { teachIds } from '../src/render/custom-ids';
import { renderGaps } from '../src/render/gaps';
import { commandReference } from '../src/render/command-names';
import { commandIdsFor } from '../src/interaction/command-ids';
import { messagesFor } from '../src/render/i18n/messages';
import { count } from '../src/render/i18n/numbers';
import { renderStats } from '../src/render/stats';
import { LIMITS } from '../src/render/limits';
import { localizeGuildFaq } from './faq';

const definition = {
  name: 'kb',
  description: 'Knowledge base tools (moderators)',
  type: ApplicationCommandType.ChatInput,
  default_member_permissions: MODERATOR_DEFAULT_PERMISSIONS,
  options: [
    { type: ApplicationCommandOptionType.Subcommand, name: 'reload', description: 'Reload the articles and FAQ entries from disk' },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'gaps',
      description: 'The most frequent errors netmedic could not answer here',
      options: [{ type: ApplicationCommandOptionType.Integer, name: 'days', description: 'How far back (default 7)', min_value: 1, max_value: 365 }],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'stats',
      description: 'Answer rate, helpful rate and top articles per week in this server',
      options: [{ type: ApplicationCommandOptionType.Integer, name: 'weeks', description: 'How many weeks back (default 4)', min_value: 1, max_value: 25 }],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'phrases',
      description: 'The phrases taught in this server (Teach netmedic), and removing one',
      options: [{ type: ApplicationCommandOptionType.Integer, name: 'remove', description: 'The number of the phrase to remove (from the list)', min_value: 1 }],
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

type OptionsOfSub<S extends string> = SubcommandOptions<typeof definition, S>;

/** A FAQ entry's title as this server has it, in the reader's language when it is a shipped entry; the id if it is gone. */
function faqTitle(ctx: ChatInputContext, view: GuildFaqView | null, id: string): string {
  const entry = view?.faq(id);
  return entry ? localizeGuildFaq(ctx, entry, ctx.locale).title : id;
}

async function gaps(ctx: ChatInputContext, options: OptionsOfSub<'gaps'>): Promise<void> {
  const guildId = ctx.guildId ?? ctx.dataGuildId ?? null;
  if (!guildId || !ctx.services.learning) {
    await ctx.reply({ content: messagesFor(ctx.locale)('kb-gaps-no-server'), ephemeral: true });
    return;
  }
  const days = options.days ?? 7;
  const [{ clusters, total }, on] = await Promise.all([ctx.services.learning.gaps(guildId, days), ctx.services.learning.learning(guildId)]);
  const components = await teachButtons(ctx, guildId, clusters.map((c) => c.text));
  await ctx.reply({ embeds: [renderGaps(clusters, total, days, on, ctx.locale)], components, ephemeral: true });
}

/** One "Teach n" button per cluster (moderators): the texts wait in a draft, so custom ids stay short. */
async function teachButtons(ctx: ChatInputContext, guildId: string, texts: string[]): Promise<APIActionRowComponent<APIComponentInMessageActionRow>[]> {
  const faqs = ctx.services.faqs;
  if (!faqs || !ctx.services.phrases || texts.length === 0 || !(await canManageFaq(ctx))) return [];
  const draftId = randomBytes(8).toString('hex');
  const t = messagesFor(ctx.locale);
  const shown = texts.slice(0, 10);
  await faqs.repo.saveDraft(guildId, draftId, ctx.user.id, { gaps: shown });
  const rows: APIActionRowComponent<APIComponentInMessageActionRow>[] = [];
  for (let i = 0; i < shown.length; i += LIMITS.buttonsPerRow) {
    rows.push({
      type: ComponentType.ActionRow,
      components: shown.slice(i, i + LIMITS.buttonsPerRow).map((_, j) => ({ type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: teachIds.encode({ kind: 'gap', draftId, index: i + j }), label: t('kb-gaps-teach', { n: String(i + j + 1) }) })),
    });
  }
  return rows;
}

async function stats(ctx: ChatInputContext, options: OptionsOfSub<'stats'>): Promise<void> {
  const guildId = ctx.guildId ?? ctx.dataGuildId ?? null;
  if (!guildId || !ctx.services.learning) {
    await ctx.reply({ content: messagesFor(ctx.locale)('kb-stats-no-server'), ephemeral: true });
    return;
  }
  const weeks = options.weeks ?? 4;
  const result = await ctx.services.learning.stats(guildId, weeks);
  const kb = localizedKnowledge(ctx.services.knowledge.current(), ctx.locale);
  const view = ctx.services.faqs ? await ctx.services.faqs.view(guildId) : null;
  const label = (target: string) => (target.startsWith('faq/') ? `FAQ ${faqTitle(ctx, view, target.slice(4))}` : (kb.article(target)?.title ?? target));
  await ctx.reply({ embeds: [renderStats(result, label, ctx.locale, commandIdsFor(ctx))], ephemeral: true });
}

async function phrases(ctx: ChatInputContext, options: OptionsOfSub<'phrases'>): Promise<void> {
  const guildId = ctx.guildId ?? ctx.dataGuildId ?? null;
  const service = ctx.services.phrases;
  const t = messagesFor(ctx.locale);
  if (!guildId || !service) {
    await ctx.reply({ content: t('kb-phrases-no-server'), ephemeral: true });
    return;
  }
  let rows = await service.list(guildId);
  let note = '';
  if (options.remove !== undefined) {
    const row = rows[options.remove - 1];
    if (!row) {
      await ctx.reply({ content: t('kb-phrases-no-such', { n: String(options.remove), command: commandReference('kb.phrases', ctx.locale, commandIdsFor(ctx)) }), ephemeral: true });
      return;
    }
    await service.remove(guildId, row.phrase);
    note = `${t('kb-phrases-removed', { phrase: `\`${row.phrase.replace(/`/g, "'").slice(0, 200)}\`` })}\n\n`;
    rows = await service.list(guildId);
  }
  const kb = localizedKnowledge(ctx.services.knowledge.current(), ctx.locale);
  const view = rows.some((r) => r.kind === 'faq') && ctx.services.faqs ? await ctx.services.faqs.view(guildId) : null;
  const targetName = (r: (typeof rows)[number]) => (r.kind === 'faq' ? `FAQ: ${faqTitle(ctx, view, r.articleId)}` : (kb.article(r.articleId)?.title ?? r.articleId));
  const lines = rows.map((r, i) => `${i + 1}. \`${r.phrase.replace(/`/g, "'").slice(0, 150)}\` → ${targetName(r)}`);
  let listing = '';
  for (const line of lines) {
    if (listing.length + line.length + 1 > LIMITS.content - 200) break;
    listing += line + '\n';
  }
  await ctx.reply({ content: note + (listing || t('kb-phrases-none')), ephemeral: true });
}

async function chatInput(ctx: ChatInputContext): Promise<void> {
  const args = subcommandOf(definition, ctx);
  if (args?.subcommand === 'gaps') return gaps(ctx, args.options);
  if (args?.subcommand === 'phrases') return phrases(ctx, args.options);
  if (args?.subcommand === 'stats') return stats(ctx, args.options);
  const t = messagesFor(ctx.locale);
  if (args?.subcommand !== 'reload') {
    await ctx.reply({ content: t('kb-use-reload', { command: commandReference('kb.reload', ctx.locale, commandIdsFor(ctx)) }), ephemeral: true });
    return;
  }
  await ctx.defer({ ephemeral: true });
  const outcome = await ctx.services.knowledge.reload();
  if (outcome.ok) {
    await ctx.edit({ content: t('kb-reloaded', { articles: count(outcome.kb.articles.length), faqs: count(outcome.kb.faqs.length) }) });
    return;
  }
  const current = ctx.services.knowledge.current();
  const lines = outcome.problems.map((p) => problemLine(t, p));
  let listing = '';
  for (const line of lines) {
    if (listing.length + line.length + 1 > LIMITS.content - 300) break;
    listing += line + '\n';
  }
  const hidden = lines.length - (listing.split('\n').length - 1);
  const more = hidden > 0 ? `${t('kb-reload-more', { count: count(hidden), command: '`npx netmedic kb lint`' })}\n` : '';
  const rejected = t('kb-reload-rejected', { problems: count(lines.length), articles: count(current.articles.length), faqs: count(current.faqs.length) });
  await ctx.edit({ content: `${rejected}\n\`\`\`\n${listing}${more}\`\`\`` });
}

export const command: CommandModule = { definition, chatInput };
