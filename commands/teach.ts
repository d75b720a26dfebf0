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
import { LIMITS, truncate } from '../src/render/limits';

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
  const result = match(sample, kb);
  const first = [result.match, ...result.alternatives].filter((m) => m !== null).map((m) => m.id);
  const ordered = [...first.map((id) => kb.article(id)!).filter(Boolean), ...kb.articles.filter((a) => !first.includes(a.id))].slice(0, LIMITS.selectOptions);
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
          placeholder: 'Choose the article',
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
          placeholder: '…or the FAQ entry',
          options: entries.map((e) => ({ label: truncate(e.title, 100), value: e.id, description: truncate(`FAQ ${e.id}`, 100) })),
        },
      ],
    });
  }
  await ctx.reply({ ephemeral: true, content: `Which article or FAQ entry answers this? netmedic will learn:\n${quote(phrase)}`, components });
}

async function messageContextMenu(ctx: MessageContextMenuContext): Promise<void> {
  if (!ctx.guildId || !ctx.services.phrases || !ctx.services.faqs) {
    await ctx.reply({ content: 'Phrases are taught per server: use this in a server.', ephemeral: true });
    return;
  }
  if (!(await canManageFaq(ctx))) {
    await ctx.reply({ content: 'Only moderators can teach netmedic.', ephemeral: true });
    return;
  }
  const phrase = normalizePaste(ctx.target.content);
  if (phraseWords(phrase).length < 2) {
    await ctx.reply({ content: 'That message has no distinctive error text to learn (after removing hosts, numbers and secrets).', ephemeral: true });
    return;
  }
  await offerTargets(ctx, ctx.guildId, phrase, ctx.target.content);
}

async function component(ctx: ComponentContext): Promise<void> {
  const id = teachIds.decode(ctx.customId);
  const guildId = ctx.guildId ?? ctx.dataGuildId ?? null;
  if (!id || !guildId || !ctx.services.phrases || !ctx.services.faqs) {
    await ctx.reply({ content: 'That menu is not supported any more.', ephemeral: true });
    return;
  }
  if (!(await canManageFaq(ctx))) {
    await ctx.reply({ content: 'Only moderators can teach netmedic.', ephemeral: true });
    return;
  }
  if (id.kind === 'gap') {
    // The /kb gaps reply's draft lists its clusters' texts; it stays usable for every Teach button.
    const draft = (await ctx.services.faqs.repo.readDraft(guildId, id.draftId, ctx.user.id)) as { gaps?: string[] } | null;
    const phrase = draft?.gaps?.[id.index];
    if (!phrase) {
      await ctx.reply({ content: 'These buttons expired (15 minutes) or belong to someone else; run `/kb gaps` again.', ephemeral: true });
      return;
    }
    if (phraseWords(phrase).length < 2) {
      await ctx.reply({ content: 'That error has no distinctive words to learn (only hosts, numbers or secrets).', ephemeral: true });
      return;
    }
    await offerTargets(ctx, guildId, phrase, phrase);
    return;
  }
  const chosen = ctx.values[0] ?? '';
  const action = id.kind;
  const target =
    action === 'faq'
      ? (await ctx.services.faqs.view(guildId)).faq(chosen)
      : ctx.services.knowledge.current().article(chosen);
  const draft = (await ctx.services.faqs.repo.takeDraft(guildId, id.draftId, ctx.user.id)) as { phrase?: string } | null;
  if (!draft?.phrase || !target) {
    await ctx.update({ content: 'This menu expired or was already used; run Teach netmedic again.', components: [] });
    return;
  }
  await ctx.services.phrases.put(guildId, draft.phrase, target.id, ctx.user.id, action === 'faq' ? 'faq' : 'article');
  await ctx.update({
    content: `Learnt: ${quote(draft.phrase)} → **${action === 'faq' ? `FAQ: ${target.title}` : target.title}**, in this server only. \`/kb phrases\` lists and removes what was taught.`,
    components: [],
  });
}

export const command: CommandModule = { definition, messageContextMenu, componentPrefix: teachIds.prefix, component };
