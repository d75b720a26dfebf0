/**
 * /check target:<server:port or URL> [protocol] [public] — probe the server from the bot's
 * network. The reply is deferred at once and edited as stages finish, so everyone watches the
 * check progress; the final embed carries the verdict, causes, first steps and "Full article".
 */
import { replyLocale } from '../src/interaction/locale';
import { localizedKnowledge } from '../src/knowledge/i18n';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { Vantage } from '../src/agents/consensus';
import { parseFrom, runMultiCheck, type FromSpec } from '../src/agents/multi';
import { optionsOf } from '../src/interaction/arguments';
import type { AutocompleteContext, ChatInputContext, CommandModule, Reply } from '../src/interaction/types';
import { BASIC_PROTOCOLS, GAME_PREFIX, parseProtocol } from '../src/probe/protocols';
import { MAX_TARGET_LENGTH } from '../src/probe/target';
import type { CheckResult } from '../src/probe/types';
import { renderCheckReply } from '../src/render/check';
import { protocolProblemText } from '../src/render/check-words';
import { messagesFor } from '../src/render/i18n/messages';
import { refusalText } from '../src/render/refusal';
import { fromProblemText, withVantages } from '../src/render/vantages';

/** The protocols as the option describes them: the one list in src/probe/protocols.ts. */
const PROTOCOL_DESCRIPTION = `${BASIC_PROTOCOLS[0]} (default), ${BASIC_PROTOCOLS.slice(1).join(', ')} or ${GAME_PREFIX}<GameDig id>`;
/** `game:` and a GameDig id (at most 40 characters, see parseProtocol) fit with room to spare. */
const PROTOCOL_MAX_LENGTH = 60;
/** A comma-separated list of locations, or `all`. */
const FROM_MAX_LENGTH = 200;

const definition = {
  name: 'check',
  description: "Check a server from the bot's network: DNS, port, TLS, HTTP, Xtream panel",
  type: ApplicationCommandType.ChatInput,
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'target',
      description: 'host:port, [ipv6]:port or a URL (never include passwords)',
      required: true,
      max_length: MAX_TARGET_LENGTH,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'protocol',
      description: PROTOCOL_DESCRIPTION,
      max_length: PROTOCOL_MAX_LENGTH,
      autocomplete: true,
    },
    { type: ApplicationCommandOptionType.Boolean, name: 'public', description: 'Show the result to the channel (default: yes)' },
    {
      type: ApplicationCommandOptionType.String,
      name: 'from',
      description: 'Also check from probe agents on other networks: all, or locations (a,b)',
      autocomplete: true,
      max_length: FROM_MAX_LENGTH,
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Progress edits are spaced out so a fast check does not trip Discord's edit rate limit. */
export const PROGRESS_EDIT_INTERVAL_MS = 750;

async function chatInput(ctx: ChatInputContext): Promise<void> {
  const options = optionsOf(definition, ctx);
  const input = options.target;
  const visible = options.public !== false;
  const parsedProtocol = parseProtocol(options.protocol ?? 'auto');
  if (!parsedProtocol.ok) {
    await ctx.reply({ content: protocolProblemText(messagesFor(replyLocale(ctx, false)), parsedProtocol.problem), ephemeral: true });
    return;
  }
  const protocol = parsedProtocol.protocol;

  // The article part of the reply (causes, steps) in the reader's language.
  const locale = replyLocale(ctx, visible);
  const kb = localizedKnowledge(ctx.services.knowledge.current(), locale);

  let from: FromSpec | null = null;
  if (options.from !== undefined && options.from.trim() !== '') {
    const parsed = parseFrom(options.from);
    if (!parsed.ok) {
      await ctx.reply({ content: `${fromProblemText(parsed.problem, ctx.locale)}.`, ephemeral: true });
      return;
    }
    from = parsed.from;
  }

  // The limiters answer at once: a refusal goes only to the asker, and nothing is deferred.
  const admission = await ctx.services.checks.admit({ input, protocol, userId: ctx.user.id, guildId: ctx.guildId });
  if (admission.refused) {
    ctx.log.info({ reason: admission.reason, retryAfter: admission.retryAfterSeconds }, 'check refused by limiter');
    await ctx.reply({ content: refusalText(admission, ctx.locale), ephemeral: true });
    return;
  }
  try {
    await ctx.defer({ ephemeral: !visible });
  } catch (err) {
    admission.cancel();
    throw err;
  }

  // What the progress edits show: the local check so far and the other networks' rows so far.
  let latest: CheckResult | null = null;
  let rows: Vantage[] = [];
  const progressReply = (): Reply | null => {
    if (!latest) return null;
    const reply = renderCheckReply(latest, kb, { final: false, voice: ctx.services.voice, locale });
    return from && rows.length > 0 ? withVantages(reply, rows, null, replyLocale(ctx, visible)) : reply;
  };

  // Edits go out one at a time, in order; a newer state replaces one not yet sent.
  let chain: Promise<void> = Promise.resolve();
  let lastEditAt = 0;
  let scheduled = false;
  let finished = false;
  const refresh = () => {
    if (scheduled) return;
    scheduled = true;
    const wait = Math.max(0, lastEditAt + PROGRESS_EDIT_INTERVAL_MS - Date.now());
    chain = chain
      .then(() => new Promise<void>((r) => setTimeout(r, wait)))
      .then(async () => {
        scheduled = false;
        const reply = progressReply();
        if (!reply || finished) return;
        lastEditAt = Date.now();
        await ctx.edit(reply);
      })
      .catch((err: unknown) => ctx.log.warn({ err }, 'progress edit failed'));
  };
  const onProgress = (partial: CheckResult) => {
    latest = partial;
    refresh();
  };

  if (!from) {
    const outcome = await admission.run(onProgress);
    finished = true;
    await chain;
    if ('refused' in outcome) {
      ctx.log.info({ reason: outcome.reason, retryAfter: outcome.retryAfterSeconds }, 'check refused by limiter');
      await ctx.edit({ content: refusalText(outcome, ctx.locale) });
      return;
    }
    ctx.log.info({ verdict: outcome.verdict, ms: outcome.ms, target: outcome.target?.display ?? null }, 'check finished');
    await ctx.edit(renderCheckReply(outcome, kb, { final: true, voice: ctx.services.voice, locale }));
    return;
  }

  // from: the local check (through the limits) and the agents in parallel, within the deadline.
  let refusal: string | null = null;
  const multi = await runMultiCheck({
    input,
    protocol,
    from,
    agents: ctx.services.agents ?? null,
    globalping: ctx.services.globalping ?? null,
    deadlineMs: ctx.services.config.PROBE_DEADLINE_MS,
    async runLocal() {
      const outcome = await admission.run(onProgress);
      if ('refused' in outcome) {
        refusal = refusalText(outcome, ctx.locale);
        return { target: null, verdict: 'invalid', article: null, facts: null, stages: [], addresses: [], alternatives: [], notes: [], ms: 0 };
      }
      return outcome;
    },
    onRows(next) {
      rows = next;
      refresh();
    },
  });
  finished = true;
  await chain;
  if (refusal !== null) {
    await ctx.edit({ content: refusal });
    return;
  }
  ctx.log.info(
    { verdict: multi.local.verdict, consensus: multi.consensus.kind, locations: multi.vantages.map((v) => `${v.location}:${v.verdict ?? v.status}`) },
    'check finished from several networks',
  );
  await ctx.edit(withVantages(renderCheckReply(multi.local, kb, { final: true, voice: ctx.services.voice, locale }), multi.vantages, multi.consensus, replyLocale(ctx, visible)));
}

/** Suggest the protocols, and GameDig ids once `game:` is typed. */
async function autocompleteProtocol(ctx: AutocompleteContext): Promise<void> {
  const typed = ctx.focused.value.trim().toLowerCase();
  const basic = [...BASIC_PROTOCOLS, `${GAME_PREFIX}…` as const].filter((p) => p.startsWith(typed) || typed === '');
  if (!typed.startsWith(GAME_PREFIX)) {
    await ctx.respond(basic.map((p) => (p === `${GAME_PREFIX}…` ? { name: 'game:<GameDig id> (type game:…)', value: GAME_PREFIX } : { name: p, value: p })));
    return;
  }
  const { gameSuggestions } = await import('../src/probe/game/gamedig.js');
  await ctx.respond(gameSuggestions(typed.slice(GAME_PREFIX.length)).map((g) => ({ name: `${g.name} (game:${g.id})`, value: `${GAME_PREFIX}${g.id}` })));
}

/** from: suggests `all` and each live location (with its load), filtered by what was typed. */
async function autocompleteFrom(ctx: AutocompleteContext): Promise<void> {
  const typed = ctx.focused.value.trim().toLowerCase();
  // A list being typed ("a,b,"): complete its last item, keep the others.
  const head = typed.includes(',') ? typed.slice(0, typed.lastIndexOf(',') + 1) : '';
  const last = typed.slice(head.length).trim();
  let live: { location: string; agents: number; active: number; concurrency: number }[] = [];
  try {
    live = ctx.services.agents ? await ctx.services.agents.liveLocations() : [];
  } catch {
    live = [];
  }
  const choices = [
    ...(head === '' && 'all'.startsWith(last) ? [{ name: `all (${live.length} location${live.length === 1 ? '' : 's'} online)`, value: 'all' }] : []),
    ...live
      .filter((l) => l.location.startsWith(last) && !head.split(',').includes(l.location))
      .map((l) => ({ name: `${head}${l.location} — ${l.agents} agent${l.agents === 1 ? '' : 's'}, load ${l.active}/${l.concurrency}`, value: `${head}${l.location}` })),
    ...(ctx.services.globalping && 'globalping'.startsWith(last) && !head.split(',').includes('globalping')
      ? [{ name: `${head}globalping — public probes (TCP connect only)`, value: `${head}globalping` }]
      : []),
  ];
  await ctx.respond(choices);
}

/** Two options autocomplete: `protocol` (GameDig ids after `game:`) and `from` (live locations). */
async function autocomplete(ctx: AutocompleteContext): Promise<void> {
  if (ctx.focused.name === 'from') return autocompleteFrom(ctx);
  if (ctx.focused.name === 'protocol') return autocompleteProtocol(ctx);
  await ctx.respond([]);
}

export const command: CommandModule = { definition, chatInput, autocomplete };
