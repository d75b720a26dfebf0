/**
 * /faqs — a server's own FAQ, managed in Discord (moderators: Manage Messages, or the server's
 * moderator role): add (modal → preview → Save/Cancel), edit (modal pre-filled), remove (confirm),
 * alias, pin, restore (a shipped default), list (paged), history, export (zip), import (zip or .md),
 * stats, moderators. Posting stays with /faq entry:, unchanged.
 *
 * Every handler reads the server from the interaction itself (faqScope), never from a custom id,
 * so nothing here can reach another server's entries.
 */
import { randomBytes } from 'node:crypto';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { filesOf, readImport, zipEntries } from '../src/faq/archive';
import { canManageFaq, faqScope, guildView } from '../src/interaction/faq-access';
import { AttachmentError, fetchAttachment } from '../src/faq/fetch-attachment';
import { lintFaqEntry, parseAliasList } from '../src/faq/markdown';
import type { ChangeResult } from '../src/faq/service';
import type { GuildFaq } from '../src/faq/view';
import { FAQ_ALIAS_OPTION_MAX_LENGTH, FAQ_ALIASES_MAX_LENGTH, FAQ_FORM_BODY_MAX_LENGTH, FAQ_ID_MAX_LENGTH } from '../src/faq/limits';
import { subcommandOf, type SubcommandOptions } from '../src/interaction/arguments';
import { isModerator } from '../src/interaction/permissions';
import type {
  AutocompleteContext,
  BaseContext,
  ChatInputContext,
  CommandModule,
  ComponentContext,
  ModalField,
  ModalSpec,
  ModalSubmitContext,
  Reply,
} from '../src/interaction/types';
import { faqsIds, type FaqsId } from '../src/render/custom-ids';
import { renderFaqEmbed } from '../src/render/explain';
import { localizeGuildFaq } from './faq';
import { archiveProblemText, attachmentProblemText, codeList, describeProblems, entryName, importProblemLines } from '../src/render/faq';
import { messagesFor, type Messages } from '../src/render/i18n/messages';
import { LIMITS, truncate } from '../src/render/limits';

const entryOption = (description = 'Which entry') =>
  ({ type: ApplicationCommandOptionType.String, name: 'entry', description, required: true, autocomplete: true }) as const;

const definition = {
  name: 'faqs',
  description: 'Manage this server’s FAQ entries (moderators)',
  type: ApplicationCommandType.ChatInput,
  dm_permission: false,
  options: [
    { type: ApplicationCommandOptionType.Subcommand, name: 'add', description: 'Write a new entry (a form, then a preview)' },
    { type: ApplicationCommandOptionType.Subcommand, name: 'edit', description: 'Change an entry (a pre-filled form)', options: [entryOption()] },
    { type: ApplicationCommandOptionType.Subcommand, name: 'remove', description: 'Remove an entry (shipped ones are hidden)', options: [entryOption()] },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'alias',
      description: 'Add or remove search words of an entry',
      options: [
        entryOption(),
        { type: ApplicationCommandOptionType.String, name: 'add', description: 'Aliases to add, comma-separated', max_length: FAQ_ALIAS_OPTION_MAX_LENGTH },
        { type: ApplicationCommandOptionType.String, name: 'remove', description: 'Aliases to remove, comma-separated', max_length: FAQ_ALIAS_OPTION_MAX_LENGTH },
      ],
    },
    { type: ApplicationCommandOptionType.Subcommand, name: 'pin', description: 'Pin or unpin an entry (pinned ones are offered first)', options: [entryOption()] },
    { type: ApplicationCommandOptionType.Subcommand, name: 'restore', description: 'Bring back a shipped entry as it ships', options: [entryOption('Which shipped entry')] },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'list',
      description: 'This server’s entries',
      options: [{ type: ApplicationCommandOptionType.Integer, name: 'page', description: 'Page number', min_value: 1 }],
    },
    { type: ApplicationCommandOptionType.Subcommand, name: 'history', description: 'Who changed an entry, and when', options: [entryOption()] },
    { type: ApplicationCommandOptionType.Subcommand, name: 'export', description: 'This server’s entries as a zip of markdown files' },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'import',
      description: 'Add or replace entries from a zip of markdown files (all or nothing)',
      options: [{ type: ApplicationCommandOptionType.Attachment, name: 'file', description: 'A .zip from /faqs export, or one .md file', required: true }],
    },
    { type: ApplicationCommandOptionType.Subcommand, name: 'stats', description: 'Most and least used entries, and those unused for 90 days' },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'moderators',
      description: 'The role that may manage entries besides Manage Messages',
      options: [
        { type: ApplicationCommandOptionType.Role, name: 'role', description: 'Members with this role may manage the FAQ' },
        { type: ApplicationCommandOptionType.Boolean, name: 'clear', description: 'Only Manage Messages again' },
      ],
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const LIST_PAGE_SIZE = 15;
export const UNUSED_DAYS = 90;
const COLOR = 0x5865f2;

// ---------------------------------------------------------------------------------------------
// Small helpers

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/** The options of one `/faqs` subcommand, as its definition declares them. */
type Options<S extends string> = SubcommandOptions<typeof definition, S>;

type ActionStyle = ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success | ButtonStyle.Danger;

function buttons(...items: { id: FaqsId; label: string; style?: ActionStyle; disabled?: boolean }[]): Row {
  return {
    type: ComponentType.ActionRow,
    components: items.map((b) => ({ type: ComponentType.Button, style: b.style ?? ButtonStyle.Secondary, label: b.label, custom_id: faqsIds.encode(b.id), disabled: b.disabled })),
  };
}

const say = (content: string, extra: Partial<Reply> = {}): Reply => ({ content, ephemeral: true, ...extra });

/** The server's id for this interaction, or an answer saying why there is none. */
async function scopeOrSay(ctx: BaseContext & { reply(r: Reply): Promise<void> }): Promise<string | null> {
  const scope = faqScope(ctx);
  const t = messagesFor(ctx.locale);
  if (!scope) {
    await ctx.reply(say(t('faq-scope-server')));
    return null;
  }
  if (!ctx.services.faqs) {
    await ctx.reply(say(t('faq-no-store')));
    return null;
  }
  return scope;
}

async function mayManage(ctx: BaseContext & { reply(r: Reply): Promise<void> }): Promise<boolean> {
  if (await canManageFaq(ctx)) return true;
  await ctx.reply(say(messagesFor(ctx.locale)('faq-not-moderator')));
  return false;
}

/** The entry form (add: with the id field; edit: without), its words in the reader's language. */
export function modalFor(t: Messages, id: FaqsId, title: string, values: { id?: string; title?: string; aliases?: string; body?: string }, withId: boolean): ModalSpec {
  const fields: ModalField[] = [
    ...(withId ? [{ customId: 'id', label: t('faq-field-id'), maxLength: FAQ_ID_MAX_LENGTH, value: values.id, placeholder: 'panel-url' }] : []),
    { customId: 'title', label: t('faq-field-title'), maxLength: LIMITS.title, value: values.title },
    { customId: 'aliases', label: t('faq-field-aliases'), maxLength: FAQ_ALIASES_MAX_LENGTH, value: values.aliases, optional: true },
    { customId: 'body', label: t('faq-field-body'), maxLength: FAQ_FORM_BODY_MAX_LENGTH, value: values.body, paragraph: true },
  ];
  return { customId: faqsIds.encode(id), title: truncate(title, 45), fields: fields.map((f) => ({ ...f, value: f.value?.slice(0, f.maxLength) })) };
}

function conflictReply(t: Messages, result: Extract<ChangeResult, { ok: false }>, what: string): Reply {
  if (result.reason === 'missing' || (result.reason === 'conflict' && !result.current)) {
    return say(t('faq-saved-nothing-gone', { what }));
  }
  const current = result.current!;
  if (result.reason === 'exists') return say(t('faq-saved-nothing-exists', { entry: entryName(t, current) }), { embeds: [renderFaqEmbed(current)] });
  return say(t('faq-saved-nothing-conflict', { entry: entryName(t, current) }), {
    embeds: [renderFaqEmbed(current)],
  });
}

function nothingSaved(t: Messages, problems: Parameters<typeof describeProblems>[1]): string {
  return `${t('faq-saved-nothing-problems')}\n${describeProblems(t, problems)}`;
}

/** Entries as the reader sees them: shipped ones in the reader's language (same order, same ids). */
function shownIn(ctx: BaseContext, entries: readonly GuildFaq[]): GuildFaq[] {
  return entries.map((e) => localizeGuildFaq(ctx, e, ctx.locale));
}

// ---------------------------------------------------------------------------------------------
// Subcommands

async function add(ctx: ChatInputContext): Promise<void> {
  const t = messagesFor(ctx.locale);
  if (!ctx.showModal) {
    await ctx.reply(say(t('faq-no-forms-add')));
    return;
  }
  await ctx.showModal(modalFor(t, { kind: 'add' }, t('faq-modal-new'), {}, true));
}

async function findOrSay(ctx: ChatInputContext, name: string): Promise<GuildFaq | null> {
  const view = await guildView(ctx);
  const entry = view.faq(name) ?? view.find(name);
  if (entry) return entry;
  const near = view.nearest(name);
  const t = messagesFor(ctx.locale);
  const hint = near.length ? ` ${t('faq-did-you-mean', { ids: codeList(near.map((f) => f.id)) })}` : '';
  await ctx.reply(say(`${t('faq-not-found-here', { name: truncate(name, 100) })}${hint}`));
  return null;
}

async function edit(ctx: ChatInputContext, options: Options<'edit'>): Promise<void> {
  const entry = await findOrSay(ctx, options.entry);
  if (!entry) return;
  const t = messagesFor(ctx.locale);
  if (!ctx.showModal) {
    await ctx.reply(say(t('faq-no-forms-edit')));
    return;
  }
  await ctx.showModal(modalFor(t, { kind: 'edit', entryId: entry.id, version: entry.version }, t('faq-modal-edit', { id: entry.id }), { title: entry.title, aliases: entry.aliases.join(', '), body: entry.body }, false));
}

async function remove(ctx: ChatInputContext, options: Options<'remove'>): Promise<void> {
  const entry = await findOrSay(ctx, options.entry);
  if (!entry) return;
  const t = messagesFor(ctx.locale);
  await ctx.reply(
    say(t('faq-remove-ask', { entry: entryName(t, entry), source: entry.source }), {
      components: [buttons({ id: { kind: 'rm', entryId: entry.id, version: entry.version }, label: t('faq-remove-button'), style: ButtonStyle.Danger }, { id: { kind: 'keep' }, label: t('faq-keep-button') })],
    }),
  );
}

async function alias(ctx: ChatInputContext, scope: string, options: Options<'alias'>): Promise<void> {
  const entry = await findOrSay(ctx, options.entry);
  if (!entry) return;
  const t = messagesFor(ctx.locale);
  const toAdd = parseAliasList(options.add ?? '');
  const toRemove = new Set(parseAliasList(options.remove ?? '').map((a) => a.toLowerCase()));
  if (!toAdd.length && !toRemove.size) {
    await ctx.reply(say(t('faq-aliases-show', { entry: entryName(t, entry), aliases: codeList(entry.aliases), count: entry.aliases.length })));
    return;
  }
  const aliases = parseAliasList([...entry.aliases.filter((a) => !toRemove.has(a.toLowerCase())), ...toAdd].join(','));
  const checked = lintFaqEntry({ id: entry.id, title: entry.title, aliases, body: entry.body });
  if (!checked.entry) {
    await ctx.reply(say(nothingSaved(t, checked.problems)));
    return;
  }
  const res = await ctx.services.faqs!.edit(scope, entry.id, entry.version, { title: entry.title, aliases, body: entry.body }, ctx.user.id, 'alias');
  if (!res.ok) return ctx.reply(conflictReply(t, res, entryName(t, entry)));
  await ctx.reply(say(t('faq-aliases-saved', { entry: entryName(t, entry), aliases: codeList(aliases), count: aliases.length })));
}

async function pin(ctx: ChatInputContext, scope: string, options: Options<'pin'>): Promise<void> {
  const entry = await findOrSay(ctx, options.entry);
  if (!entry) return;
  const t = messagesFor(ctx.locale);
  const res = await ctx.services.faqs!.pin(scope, entry.id, !entry.pinned, ctx.user.id);
  if (!res.ok) return ctx.reply(conflictReply(t, res, entryName(t, entry)));
  await ctx.reply(say(t(entry.pinned ? 'faq-unpinned' : 'faq-pinned', { entry: entryName(t, entry) })));
}

async function restore(ctx: ChatInputContext, scope: string, options: Options<'restore'>): Promise<void> {
  const id = options.entry;
  const t = messagesFor(ctx.locale);
  const res = await ctx.services.faqs!.restore(scope, id, ctx.user.id);
  if (!res.ok && res.reason === 'missing') return ctx.reply(say(t('faq-restore-not-shipped', { id: truncate(id, 64) })));
  if (!res.ok) return ctx.reply(conflictReply(t, res, `\`${id}\``));
  await ctx.reply(say(t(res.entry ? 'faq-restored' : 'faq-restore-already', { id })));
}

export function listPage(entries: readonly GuildFaq[], hiddenCount: number, page: number, t: Messages = messagesFor()): Reply {
  const pages = Math.max(1, Math.ceil(entries.length / LIST_PAGE_SIZE));
  const p = Math.min(Math.max(1, page), pages);
  const lines = entries
    .slice((p - 1) * LIST_PAGE_SIZE, p * LIST_PAGE_SIZE)
    .map((e) => `${e.pinned ? '📌 ' : ''}**${truncate(e.title, 120)}** — \`${e.id}\` · ${t('faq-source', { source: e.source })}`);
  const footer = t('faq-list-footer', { page: p, pages, count: entries.length });
  const embed: APIEmbed = {
    title: t('faq-list-title'),
    description: lines.join('\n') || t('faq-list-empty'),
    color: COLOR,
    footer: { text: hiddenCount ? `${footer} · ${t('faq-list-footer-hidden', { hidden: hiddenCount })}` : footer },
  };
  return say('', {
    content: undefined,
    embeds: [embed],
    components:
      pages > 1
        ? [buttons({ id: { kind: 'list', page: p - 1 }, label: t('faq-previous'), disabled: p <= 1 }, { id: { kind: 'list', page: p + 1 }, label: t('faq-next'), disabled: p >= pages })]
        : [],
  });
}

async function list(ctx: ChatInputContext, options: Options<'list'>): Promise<void> {
  const view = await guildView(ctx);
  const page = options.page ?? 1;
  await ctx.reply(listPage(shownIn(ctx, view.entries), view.hidden.length, page, messagesFor(ctx.locale)));
}

async function history(ctx: ChatInputContext, scope: string, options: Options<'history'>): Promise<void> {
  const name = options.entry;
  const view = await guildView(ctx);
  const id = (view.faq(name) ?? view.find(name))?.id ?? name;
  const rows = await ctx.services.faqs!.history(scope, id);
  const t = messagesFor(ctx.locale);
  if (!rows.length) {
    const shipped = view.shipped(id);
    await ctx.reply(say(shipped ? t('faq-history-unchanged', { id }) : t('faq-history-none', { id: truncate(id, 64) })));
    return;
  }
  const lines = rows.map((r) =>
    t('faq-history-line', { version: String(r.version), action: r.action, user: r.userId, when: `<t:${Math.floor(r.at / 1000)}:R>`, title: truncate(r.title, 80) }),
  );
  await ctx.reply(say('', { content: undefined, embeds: [{ title: t('faq-history-title', { id }), description: lines.join('\n'), color: COLOR }] }));
}

async function exportZip(ctx: ChatInputContext): Promise<void> {
  const view = await guildView(ctx);
  const own = view.entries.filter((e) => e.source !== 'shipped');
  const t = messagesFor(ctx.locale);
  if (!own.length) {
    await ctx.reply(say(t('faq-export-none')));
    return;
  }
  await ctx.reply(say(t('faq-export-done', { count: own.length }), { files: [{ name: `faq-${faqScope(ctx)}.zip`, data: zipEntries(own) }] }));
}

async function importZip(ctx: ChatInputContext, scope: string, options: Options<'import'>): Promise<void> {
  const file = options.file;
  const t = messagesFor(ctx.locale);
  await ctx.defer({ ephemeral: true });
  let data: Buffer;
  try {
    data = await fetchAttachment(file.url, ctx.services.config.DISCORD_API_BASE);
  } catch (err) {
    if (!(err instanceof AttachmentError)) throw err;
    await ctx.edit({ content: t('faq-import-nothing', { problem: attachmentProblemText(t, err.fact) }) });
    return;
  }
  const files = filesOf(file.filename, data);
  if ('problem' in files) {
    await ctx.edit({ content: t('faq-import-nothing', { problem: archiveProblemText(t, files.problem) }) });
    return;
  }
  const read = readImport(files.files);
  if (!read.ok) {
    const lines = importProblemLines(t, read.problems);
    await ctx.edit({ content: `${t('faq-import-problems', { count: read.problems.length })}\n${lines.join('\n')}` });
    return;
  }
  const n = await ctx.services.faqs!.importAll(scope, read.entries, ctx.user.id);
  await ctx.edit({ content: t('faq-imported', { count: n, ids: codeList(read.entries.map((e) => e.id)).slice(0, 1500) }) });
}

export async function statsReply(ctx: BaseContext, scope: string, now = Date.now()): Promise<Reply> {
  const view = await guildView(ctx);
  const usage = new Map((await ctx.services.faqs!.usage(scope)).map((u) => [u.entryId, u]));
  const rows = view.entries.map((e) => ({ e, uses: usage.get(e.id)?.uses ?? 0, last: usage.get(e.id)?.lastUsedAt ?? 0 }));
  const most = [...rows].filter((r) => r.uses > 0).sort((a, b) => b.uses - a.uses || a.e.id.localeCompare(b.e.id)).slice(0, 10);
  const least = [...rows].sort((a, b) => a.uses - b.uses || a.e.id.localeCompare(b.e.id)).slice(0, 10);
  const cutoff = now - UNUSED_DAYS * 86_400_000;
  const unused = rows.filter((r) => r.last < cutoff);
  const fmt = (r: (typeof rows)[number]) => `\`${r.e.id}\` ${r.uses}×`;
  const t = messagesFor(ctx.locale);
  const field = (name: string, items: string[]) => ({ name, value: truncate(items.join(', ') || '—', LIMITS.fieldValue) });
  return say('', {
    content: undefined,
    embeds: [
      {
        title: t('faq-stats-title'),
        color: COLOR,
        fields: [
          field(t('faq-stats-most'), most.map(fmt)),
          field(t('faq-stats-least'), least.map(fmt)),
          field(t('faq-stats-unused', { days: UNUSED_DAYS, count: unused.length }), unused.slice(0, 40).map((r) => `\`${r.e.id}\``)),
        ],
      },
    ],
  });
}

async function moderators(ctx: ChatInputContext, scope: string, options: Options<'moderators'>): Promise<void> {
  const t = messagesFor(ctx.locale);
  if (!isModerator(ctx.memberPermissions)) {
    await ctx.reply(say(t('faq-mods-only-manage')));
    return;
  }
  const role = options.role ?? null;
  if (options.clear === true) {
    await ctx.services.faqs!.setModeratorRole(scope, null);
    await ctx.reply(say(t('faq-mods-cleared')));
  } else if (role) {
    await ctx.services.faqs!.setModeratorRole(scope, role);
    await ctx.reply(say(t('faq-mods-set', { role })));
  } else {
    const current = await ctx.services.faqs!.moderatorRole(scope);
    await ctx.reply(say(current ? t('faq-mods-current', { role: current }) : t('faq-mods-none')));
  }
}

async function chatInput(ctx: ChatInputContext): Promise<void> {
  const scope = await scopeOrSay(ctx);
  if (!scope) return;
  const args = subcommandOf(definition, ctx);
  if (args?.subcommand === 'list') return list(ctx, args.options);
  if (args?.subcommand === 'moderators') return moderators(ctx, scope, args.options);
  if (!(await mayManage(ctx))) return;
  switch (args?.subcommand) {
    case 'add':
      return add(ctx);
    case 'edit':
      return edit(ctx, args.options);
    case 'remove':
      return remove(ctx, args.options);
    case 'alias':
      return alias(ctx, scope, args.options);
    case 'pin':
      return pin(ctx, scope, args.options);
    case 'restore':
      return restore(ctx, scope, args.options);
    case 'history':
      return history(ctx, scope, args.options);
    case 'export':
      return exportZip(ctx);
    case 'import':
      return importZip(ctx, scope, args.options);
    case 'stats':
      return ctx.reply(await statsReply(ctx, scope));
    default:
      await ctx.reply(say(messagesFor(ctx.locale)('faq-subcommand-gone')));
  }
}

// ---------------------------------------------------------------------------------------------
// Modals and buttons

interface Draft {
  id: string;
  title: string;
  aliases: string[];
  body: string;
}

function fieldsOf(ctx: ModalSubmitContext): { title: string; aliases: string[]; body: string } {
  return { title: (ctx.fields.title ?? '').trim(), aliases: parseAliasList(ctx.fields.aliases ?? ''), body: (ctx.fields.body ?? '').trim() };
}

async function modalSubmit(ctx: ModalSubmitContext): Promise<void> {
  const scope = await scopeOrSay(ctx);
  if (!scope || !(await mayManage(ctx))) return;
  const decoded = faqsIds.decode(ctx.customId);
  const fields = fieldsOf(ctx);
  const t = messagesFor(ctx.locale);
  if (decoded?.kind === 'add') {
    const draft: Draft = { id: (ctx.fields.id ?? '').trim(), ...fields };
    const checked = lintFaqEntry(draft);
    if (!checked.entry) return ctx.reply(say(nothingSaved(t, checked.problems)));
    const view = await guildView(ctx);
    if (view.faq(draft.id)) return ctx.reply(say(t('faq-saved-nothing-id-taken', { id: draft.id })));
    const draftId = randomBytes(8).toString('hex');
    await ctx.services.faqs!.repo.saveDraft(scope, draftId, ctx.user.id, draft);
    await ctx.reply(
      say(t('faq-preview'), {
        embeds: [renderFaqEmbed({ ...draft, file: '' })],
        components: [buttons({ id: { kind: 'save', draftId }, label: t('faq-save-button'), style: ButtonStyle.Success }, { id: { kind: 'cancel', draftId }, label: t('faq-cancel-button') })],
      }),
    );
    return;
  }
  if (decoded?.kind === 'edit') {
    const { entryId: id, version: expected } = decoded;
    const view = await guildView(ctx);
    const checked = lintFaqEntry({ id, ...fields });
    if (!checked.entry) return ctx.reply(say(nothingSaved(t, checked.problems)));
    // Version 0 is "the shipped text": only valid for an id this server has from the package.
    if (expected === 0 && !view.shipped(id)) return ctx.reply(conflictReply(t, { ok: false, reason: 'missing' }, `\`${truncate(id, 64)}\``));
    const res = await ctx.services.faqs!.edit(scope, id, expected, fields, ctx.user.id);
    if (!res.ok) return ctx.reply(conflictReply(t, res, `\`${truncate(id, 64)}\``));
    await ctx.reply(say(t('faq-saved-version', { entry: entryName(t, { id, title: fields.title }), version: String(res.entry?.version ?? '?') }), { embeds: [renderFaqEmbed({ id, ...fields, file: '' })] }));
    return;
  }
  await ctx.reply(say(t('faq-form-gone')));
}

async function component(ctx: ComponentContext): Promise<void> {
  const decoded = faqsIds.decode(ctx.customId);
  const scope = await scopeOrSay(ctx);
  if (!scope) return;
  const t = messagesFor(ctx.locale);
  if (decoded?.kind === 'list') {
    const view = await guildView(ctx);
    const r = listPage(shownIn(ctx, view.entries), view.hidden.length, decoded.page, t);
    await ctx.update({ embeds: r.embeds, components: r.components });
    return;
  }
  if (!(await mayManage(ctx))) return;
  switch (decoded?.kind) {
    case 'save': {
      const draft = (await ctx.services.faqs!.repo.takeDraft(scope, decoded.draftId, ctx.user.id)) as Draft | null;
      if (!draft) return ctx.update({ content: t('faq-draft-gone'), embeds: [], components: [] });
      const checked = lintFaqEntry(draft);
      if (!checked.entry) return ctx.update({ content: nothingSaved(t, checked.problems), embeds: [], components: [] });
      const res = await ctx.services.faqs!.add(scope, draft.id, { title: draft.title, aliases: draft.aliases, body: draft.body }, ctx.user.id);
      if (!res.ok) {
        const r = conflictReply(t, res, `\`${draft.id}\``);
        return ctx.update({ content: r.content, embeds: r.embeds ?? [], components: [] });
      }
      return ctx.update({ content: t('faq-saved-post', { entry: entryName(t, draft), id: draft.id }), embeds: [renderFaqEmbed({ ...draft, file: '' })], components: [] });
    }
    case 'cancel':
      await ctx.services.faqs!.repo.takeDraft(scope, decoded.draftId, ctx.user.id);
      return ctx.update({ content: t('faq-cancelled'), embeds: [], components: [] });
    case 'keep':
      return ctx.update({ content: t('faq-kept'), components: [] });
    case 'rm': {
      const { entryId: a, version } = decoded;
      const res = await ctx.services.faqs!.remove(scope, a, version, ctx.user.id);
      if (!res.ok) {
        const r = conflictReply(t, res, `\`${truncate(a, 64)}\``);
        return ctx.update({ content: r.content, embeds: r.embeds ?? [], components: [] });
      }
      return ctx.update({ content: t('faq-removed', { id: a }), components: [] });
    }
    default:
      await ctx.reply(say(t('faq-button-gone')));
  }
}

async function autocomplete(ctx: AutocompleteContext): Promise<void> {
  const view = await guildView(ctx);
  const sub = ctx.subcommand ?? null;
  let entries: GuildFaq[] = view.search(ctx.focused.value);
  if (sub === 'restore') entries = [...view.hidden, ...view.entries.filter((e) => e.source === 'override')];
  await ctx.respond(shownIn(ctx, entries).map((f) => ({ name: `${f.title} (${f.id})`, value: f.id })));
}

export const command: CommandModule = { definition, chatInput, autocomplete, componentPrefix: faqsIds.prefix, component, modalSubmit };
