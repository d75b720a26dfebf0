/**
 * Message context menu "Teach netmedic" (moderators): pick the article or FAQ entry that answers
 * that message; the message's error text, normalised (secrets, hosts, numbers and ids removed),
 * becomes a phrase of this server. The next paste of that error here — reworded a little, another
 * host or port — gets that article (or that FAQ entry, as this server has it), when the built-in
 * matcher has no confident answer of its own.
 *
 * Custom ids: `teach:pick:<draft>` (the article menu), `teach:faq:<draft>` (the FAQ menu; both
 * menus share one draft, used once), `teach:gap:<draft>:<n>` (a Teach button under /kb gaps: opens
 * the same menus for the n-th cluster's text).
 */
import { ApplicationCommandType, ComponentType, type APIActionRowComponent, type APIComponentInMessageActionRow, type RESTPostAPIContextMenuApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { randomBytes } from 'node:crypto';
import { canManageFaq } from '../src/interaction/faq-access';
import type { GuildFaq } from '../src/faq/view';
import { MODERATOR_DEFAULT_PERMISSIONS } from '../src/interaction/permissions';
import type { CommandModule, ComponentContext, MessageContextMenuContext } from '../src/interaction/types';
import { normalizePaste } from '../src/learn/normalize';
import { phraseWords } from '../src/learn/phrases';
import { match } from '../src/matcher/match';
import { teachIds } from '../src/render/custom-ids';
import { localizedKnowledge } from '../src/knowledge/i18n';
import { commandReference } from '../src/render/command-names';
import { commandIdsFor } from '../src/interaction/command-ids';
import { messagesFor } from '../src/render/i18n/messages';
import { LIMITS, truncate } from '../src/render/limits';
import { localizeGuildFaq } from './faq';

const definition = {
  name: 'Teach netmedic',
  type: ApplicationCommandType.Message,
  default_member_permissions: MODERATOR_DEFAULT_PERMISSIONS,
  dm_permission: false,
} as const satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody;

const quote = (phrase: string) => `\`${truncate(phrase.replace(/`/g, "'"), 300)}\``;

/**
 * FAQ entries whose names (id, title, aliases) share the most words with the phrase first, then
 * those whose body does; pinned ones first among equals.
 */
export function rankFaqTargets(phrase: string, entries: readonly GuildFaq[]): GuildFaq[] {
  const words = new Set(phraseWords(phrase).filter((w) => w.length > 2));
  const shared = (text: string) => phraseWords(normalizePaste(text)).filter((w) => words.has(w)).length;
  return entries
    .map((e) => ({ e, names: shared(`${e.id.replace(/-/g, ' ')} ${e.title} ${e.aliases.join(' ')}`), body: shared(e.body.slice(0, 1000)) }))
    .sort((a, b) => b.names - a.names || b.body - a.body || Number(b.e.pinned) - Number(a.e.pinned) || a.e.title.localeCompare(b.e.title))
    .map((x) => x.e);
}

/** Saves the phrase as a draft and answers with the two menus: articles, then this server's FAQ entries. */
async function offerTargets(ctx: MessageContextMenuContext | ComponentContext, guildId: string, phrase: string, sample: string): Promise<void> {
  const { faqs } = ctx.services;
  if (!faqs) return;
  const kb = ctx.services.knowledge.current();
  const t = messagesFor(ctx.locale);
  const result = match(sample, kb);
  const first = [result.match, ...result.alternatives].filter((m) => m !== null).map((m) => m.id);
  // Matched in English, shown in the moderator's language.
  const view = localizedKnowledge(kb, ctx.locale);
  const ordered = [...first.map((id) => view.article(id)!).filter(Boolean), ...view.articles.filter((a) => !first.includes(a.id))].slice(0, LIMITS.selectOptions);
  const entries = rankFaqTargets(phrase, (await faqs.view(guildId)).entries).slice(0, LIMITS.selectOptions);
  const draftId = randomBytes(8).toString('hex');
  await faqs.repo.saveDraft(guildId, draftId, ctx.user.id, { phrase });
  const components: APIActionRowComponent<APIComponentInMessageActionRow>[] = [
    {
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.StringSelect,
          custom_id: teachIds.encode({ kind: 'pick', draftId }),
          placeholder: truncate(t('teach-pick-article'), LIMITS.selectPlaceholder),
          options: ordered.map((a) => ({ label: truncate(a.title, 100), value: a.id, description: truncate(a.summary, 100) })),
        },
      ],
    },
  ];
  if (entries.length > 0) {
    components.push({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.StringSelect,
          custom_id: teachIds.encode({ kind: 'faq', draftId }),
          placeholder: truncate(t('teach-pick-faq'), LIMITS.selectPlaceholder),
          options: entries.map((e) => ({ label: truncate(localizeGuildFaq(ctx, e, ctx.locale).title, 100), value: e.id, description: truncate(`FAQ ${e.id}`, 100) })),
        },
      ],
    });
  }
  await ctx.reply({ ephemeral: true, content: `${t('teach-question')}\n${quote(phrase)}`, components });
}

async function messageContextMenu(ctx: MessageContextMenuContext): Promise<void> {
  const t = messagesFor(ctx.locale);
  if (!ctx.guildId || !ctx.services.phrases || !ctx.services.faqs) {
    await ctx.reply({ content: t('teach-no-server'), ephemeral: true });
    return;
  }
  if (!(await canManageFaq(ctx))) {
    await ctx.reply({ content: t('teach-moderators-only'), ephemeral: true });
    return;
  }
  const phrase = normalizePaste(ctx.target.content);
  if (phraseWords(phrase).length < 2) {
    await ctx.reply({ content: t('teach-nothing-to-learn'), ephemeral: true });
    return;
  }
  await offerTargets(ctx, ctx.guildId, phrase, ctx.target.content);
}

async function component(ctx: ComponentContext): Promise<void> {
  const id = teachIds.decode(ctx.customId);
  const guildId = ctx.guildId ?? ctx.dataGuildId ?? null;
  const t = messagesFor(ctx.locale);
  if (!id || !guildId || !ctx.services.phrases || !ctx.services.faqs) {
    await ctx.reply({ content: t('teach-menu-unsupported'), ephemeral: true });
    return;
  }
  if (!(await canManageFaq(ctx))) {
    await ctx.reply({ content: t('teach-moderators-only'), ephemeral: true });
    return;
  }
  if (id.kind === 'gap') {
    // The /kb gaps reply's draft lists its clusters' texts; it stays usable for every Teach button.
    const draft = (await ctx.services.faqs.repo.readDraft(guildId, id.draftId, ctx.user.id)) as { gaps?: string[] } | null;
    const phrase = draft?.gaps?.[id.index];
    if (!phrase) {
      await ctx.reply({ content: t('teach-gap-expired', { command: commandReference('kb.gaps', ctx.locale, commandIdsFor(ctx)) }), ephemeral: true });
      return;
    }
    if (phraseWords(phrase).length < 2) {
      await ctx.reply({ content: t('teach-gap-nothing-to-learn'), ephemeral: true });
      return;
    }
    await offerTargets(ctx, guildId, phrase, phrase);
    return;
  }
  const chosen = ctx.values[0] ?? '';
  const action = id.kind;
  const entry = action === 'faq' ? (await ctx.services.faqs.view(guildId)).faq(chosen) : undefined;
  const target = action === 'faq' ? entry && localizeGuildFaq(ctx, entry, ctx.locale) : localizedKnowledge(ctx.services.knowledge.current(), ctx.locale).article(chosen);
  const draft = (await ctx.services.faqs.repo.takeDraft(guildId, id.draftId, ctx.user.id)) as { phrase?: string } | null;
  if (!draft?.phrase || !target) {
    await ctx.update({ content: t('teach-menu-expired'), components: [] });
    return;
  }
  await ctx.services.phrases.put(guildId, draft.phrase, target.id, ctx.user.id, action === 'faq' ? 'faq' : 'article');
  const answer = action === 'faq' ? `FAQ: ${target.title}` : target.title;
  await ctx.update({ content: t('teach-learnt', { phrase: quote(draft.phrase), answer: `**${answer}**`, command: commandReference('kb.phrases', ctx.locale, commandIdsFor(ctx)) }), components: [] });
}

export const command: CommandModule = { definition, messageContextMenu, componentPrefix: teachIds.prefix, component };
