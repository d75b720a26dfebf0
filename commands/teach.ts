/**
 * Message context menu "Teach netmedic" (moderators): pick the article that answers that message;
 * the message's error text, normalised (secrets, hosts, numbers and ids removed), becomes a phrase
 * of this server. The next paste of that error here — reworded a little, another host or port —
 * gets that article, when the built-in matcher has no confident answer of its own.
 */
import { ApplicationCommandType, ComponentType, type RESTPostAPIContextMenuApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { randomBytes } from 'node:crypto';
import { canManageFaq } from '../src/faq/access';
import { MODERATOR_DEFAULT_PERMISSIONS } from '../src/interaction/permissions';
import type { CommandModule, ComponentContext, MessageContextMenuContext } from '../src/interaction/types';
import { normalizePaste } from '../src/learn/normalize';
import { phraseWords } from '../src/learn/phrases';
import { match } from '../src/matcher/match';
import { LIMITS, truncate } from '../src/render/limits';

const definition = {
  name: 'Teach netmedic',
  type: ApplicationCommandType.Message,
  default_member_permissions: MODERATOR_DEFAULT_PERMISSIONS,
  dm_permission: false,
} as const satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody;

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
  const kb = ctx.services.knowledge.current();
  const result = match(ctx.target.content, kb);
  const first = [result.match, ...result.alternatives].filter((m) => m !== null).map((m) => m.id);
  const ordered = [...first.map((id) => kb.article(id)!).filter(Boolean), ...kb.articles.filter((a) => !first.includes(a.id))].slice(0, LIMITS.selectOptions);
  const draftId = randomBytes(8).toString('hex');
  await ctx.services.faqs.repo.saveDraft(ctx.guildId, draftId, ctx.user.id, { phrase });
  await ctx.reply({
    ephemeral: true,
    content: `Which article answers this? netmedic will learn:\n\`${truncate(phrase.replace(/`/g, "'"), 300)}\``,
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.StringSelect,
            custom_id: `teach:pick:${draftId}`,
            placeholder: 'Choose the article',
            options: ordered.map((a) => ({ label: truncate(a.title, 100), value: a.id, description: truncate(a.summary, 100) })),
          },
        ],
      },
    ],
  });
}

async function component(ctx: ComponentContext): Promise<void> {
  const [, action, draftId = ''] = ctx.customId.split(':');
  if (action !== 'pick' || !ctx.guildId || !ctx.services.phrases || !ctx.services.faqs) {
    await ctx.reply({ content: 'That menu is not supported any more.', ephemeral: true });
    return;
  }
  if (!(await canManageFaq(ctx))) {
    await ctx.reply({ content: 'Only moderators can teach netmedic.', ephemeral: true });
    return;
  }
  const article = ctx.services.knowledge.current().article(ctx.values[0] ?? '');
  const draft = (await ctx.services.faqs.repo.takeDraft(ctx.guildId, draftId, ctx.user.id)) as { phrase?: string } | null;
  if (!draft?.phrase || !article) {
    await ctx.update({ content: 'This menu expired or was already used; run Teach netmedic again.', components: [] });
    return;
  }
  await ctx.services.phrases.put(ctx.guildId, draft.phrase, article.id, ctx.user.id);
  await ctx.update({
    content: `Learnt: \`${truncate(draft.phrase.replace(/`/g, "'"), 300)}\` → **${article.title}**, in this server only. \`/kb phrases\` lists and removes what was taught.`,
    components: [],
  });
}

export const command: CommandModule = { definition, messageContextMenu, componentPrefix: 'teach', component };
