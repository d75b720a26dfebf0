/**
 * `netmedic check [--json] [--allow-private] [--protocol P] TARGET`: run the same check as the
 * bot's /check from this machine, and print what Discord would show (or JSON).
 * Exit codes: 0 when the check ran (whatever the verdict), 1 when the knowledge base has
 * problems, 2 for usage errors and for the verdicts `invalid` and `blocked` (nothing was checked).
 */
import { localizedKnowledge } from '../../knowledge/i18n';
import { cliLocale } from '../locale';
import { cliParseArgs } from '../parse-args';
import type { KnowledgeBase } from '../../knowledge/types';
import type { Config } from '../../config';
import { defaultKnowledgeDir } from '../../knowledge/snapshot';
import { checkOptionsFromConfig } from '../../check-options';
import { runCheck, type CheckOptions } from '../../probe/check';
import { parseProtocol } from '../../probe/protocols';
import { renderCheckReply } from '../../render/check';
import { checkJson, stageJson } from '../../render/check-json';
import { protocolProblemText } from '../../render/check-words';
import { englishMessages } from '../../render/i18n/messages';
import { renderReplyText } from '../../render/terminal';
import { CLI_VOICE } from '../../render/voice';
import { configOrExit } from '../config-io';
import { loadKbOrReport } from '../knowledge';
import { EXIT, type CliCommand, type CliIo } from '../types';

const help = `Usage: netmedic check [--json] [--allow-private] [--protocol P] [--from all|LOC[,LOC…]] [--locale L] TARGET

Probes TARGET from this machine, as the bot's /check does from its network, and says what
happened: refused, no answer, reset, unreachable, DNS failure, certificate problem, wrong
protocol, HTTP status or Xtream panel — with timings, the likely cause and the fix.

TARGET: host:port, [ipv6]:port, or a URL (http://, https://, Xtream player_api.php links).
Credentials in TARGET are removed and never sent.

Options:
  --protocol P     auto (default), tcp, http, https, xtream, minecraft, source, or
                   game:ID (a GameDig game id, e.g. game:teamspeak3)
  --json           print the result as JSON (target, verdict, article, stages, alternatives, embed;
                   the English sentence, details and notes, and their typed facts)
  --allow-private  allow private and loopback addresses (like PROBE_ALLOW_PRIVATE=true)
  --from all|LOCS  also check from probe agents (every live location, or the ones named; needs
                   REDIS_URL): a table of the results and one combined conclusion; --json adds
                   "vantages" and "consensus"
  --locale L       the reply (verdict, steps, causes, fixes) in this language: de, fr, it, tr, ru, pt-BR,
                   es-ES, es-419, or a LANG value like fr_FR.UTF-8 (default: from LC_ALL /
                   LC_MESSAGES / LANG; English when untranslated)
  -h, --help       show this help

Limits come from the PROBE_* settings (PROBE_TCP_TIMEOUT_MS, PROBE_DEADLINE_MS, …); the
articles from KNOWLEDGE_DIR (default: the package's knowledge/ folder).
Exit status: 0 when the check ran (whatever it found); 1 when the knowledge base has problems;
2 when TARGET could not be read, when policy refused to probe it, or for bad options.`;

export { checkJson } from '../../render/check-json';

/**
 * JSON.stringify leaves DEL, C1 controls and bidi / zero-width characters as they are; a server's
 * certificate or header could then act on the terminal. Write them as \u escapes (same data).
 */
export function jsonForTerminal(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `netmedic check`'s options (test/cli-startup/parse-args.test.ts reads them too). */
export const CHECK_OPTIONS = {
  json: { type: 'boolean' },
  'allow-private': { type: 'boolean' },
  protocol: { type: 'string', short: 'p' },
  from: { type: 'string' },
  locale: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const command: CliCommand = {
  name: 'check',
  summary: 'Probe a server:port from this machine and say what happened',
  help,
  async run(args: string[], io: CliIo): Promise<number> {
    let parsed;
    try {
      parsed = cliParseArgs({
        args,
        options: CHECK_OPTIONS,
        allowPositionals: true,
      });
    } catch (err) {
      io.stderr.write(`netmedic check: ${(err as Error).message}\n\n${help}\n`);
      return EXIT.usage;
    }
    if (parsed.values.help) {
      io.stdout.write(help + '\n');
      return EXIT.ok;
    }
    const protocolParsed = parseProtocol(parsed.values.protocol ?? 'auto');
    if (!protocolParsed.ok) {
      io.stderr.write(`netmedic check: --protocol: ${protocolProblemText(englishMessages(), protocolParsed.problem)} Got "${parsed.values.protocol}".\n`);
      return EXIT.usage;
    }
    const protocol = protocolParsed.protocol;
    const locale = cliLocale(parsed.values.locale, io.env);
    if ('error' in locale) {
      io.stderr.write(`netmedic check: --locale: ${locale.error}\n`);
      return EXIT.usage;
    }
    if (parsed.positionals.length !== 1) {
      io.stderr.write(`netmedic check: give exactly one TARGET (got ${parsed.positionals.length}).\n\n${help}\n`);
      return EXIT.usage;
    }
    const input = parsed.positionals[0]!;

    const config = configOrExit(io, parsed.values['allow-private'] ? { PROBE_ALLOW_PRIVATE: 'true' } : {});
    if (!config) return EXIT.usage;
    let options;
    try {
      options = checkOptionsFromConfig(config, { protocol });
    } catch (err) {
      io.stderr.write(`netmedic check: ${(err as Error).message}\n`);
      return EXIT.usage;
    }

    // The articles of the reply come from KNOWLEDGE_DIR: a knowledge base with problems stops
    // here, before anything is probed, with the same message and exit code as explain or faq.
    const loaded = await loadKbOrReport(config.KNOWLEDGE_DIR ?? defaultKnowledgeDir(), io, locale.locale);
    if (!loaded) return EXIT.failure;
    const kb = localizedKnowledge(loaded, locale.locale);
    if (parsed.values.from !== undefined) return checkFrom(input, parsed.values.from, options, config, kb, Boolean(parsed.values.json), io, locale.locale);

    const result = await runCheck(input, options);
    const reply = renderCheckReply(result, kb, { final: true, voice: CLI_VOICE, locale: locale.locale });
    if (parsed.values.json) {
      io.stdout.write(jsonForTerminal(checkJson(result, reply.embeds?.[0] ?? null)) + '\n');
    } else {
      const color = !io.env.NO_COLOR && (io.stdout as { isTTY?: boolean }).isTTY === true;
      io.stdout.write(renderReplyText(reply, { color, locale: locale.locale }) + '\n');
    }
    return result.verdict === 'invalid' || result.verdict === 'blocked' ? EXIT.usage : EXIT.ok;
  },
};

/** `--from`: the local probe and the agents, one table and one conclusion (agents load only here). */
async function checkFrom(input: string, fromText: string, options: CheckOptions, config: Config, kb: KnowledgeBase, json: boolean, io: CliIo, locale: string | undefined): Promise<number> {
  const { parseFrom, runMultiCheck } = await import('../../agents/multi.js');
  const from = parseFrom(fromText);
  if (!from.ok) {
    io.stderr.write(`netmedic check: ${from.error}\n`);
    return EXIT.usage;
  }
  const onlyPublic = !from.from.all && from.from.locations.length === 0;
  if (!config.REDIS_URL && !onlyPublic) {
    io.stderr.write('netmedic check: --from needs REDIS_URL (the Redis the probe agents take their jobs from).\n');
    return EXIT.usage;
  }
  if (onlyPublic && config.GLOBALPING !== 'on') {
    io.stderr.write('netmedic check: --from globalping needs GLOBALPING=on.\n');
    return EXIT.usage;
  }
  const { createAgentClient } = await import('../../agents/client.js');
  const { createLogger } = await import('../../logger.js');
  const { withVantages, consensusSentence } = await import('../../render/vantages.js');
  const log = createLogger({ level: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, format: 'json', destination: process.stderr });
  const agents = config.REDIS_URL ? createAgentClient({ redisUrl: config.REDIS_URL, prefix: config.REDIS_KEY_PREFIX, log, maxQueuedPerLocation: config.AGENTS_MAX_QUEUED }) : null;
  try {
    if (agents) await waitForRedis(agents);
    const outcome = await runMultiCheck({
      input,
      protocol: options.protocol ?? 'auto',
      from: from.from,
      agents,
      globalping:
        config.GLOBALPING === 'on'
          ? (await import('../../agents/globalping.js')).createGlobalping({ apiBase: config.GLOBALPING_API_BASE, token: config.GLOBALPING_TOKEN, probes: config.GLOBALPING_PROBES, log })
          : null,
      deadlineMs: options.timeouts.deadlineMs,
      runLocal: () => runCheck(input, options),
    });
    const reply = withVantages(renderCheckReply(outcome.local, kb, { final: true, voice: CLI_VOICE, locale }), outcome.vantages, outcome.consensus, json ? undefined : locale);
    if (json) {
      const doc = {
        ...checkJson(outcome.local, reply.embeds?.[0] ?? null),
        // Each row's stages as they always were (name, ok, ms, family, English detail).
        vantages: outcome.vantages.map((v) => ({ ...v, stages: v.stages.map((st) => stageJson(st, false)) })),
        consensus: { ...outcome.consensus, sentence: consensusSentence(outcome.consensus) },
      };
      io.stdout.write(JSON.stringify(doc, null, 2) + '\n');
    } else {
      const color = !io.env.NO_COLOR && (io.stdout as { isTTY?: boolean }).isTTY === true;
      io.stdout.write(renderReplyText(reply, { color, locale }) + '\n');
    }
    return outcome.local.verdict === 'invalid' || outcome.local.verdict === 'blocked' ? EXIT.usage : EXIT.ok;
  } finally {
    await agents?.close();
  }
}

/** Give a fresh connection a moment (a CLI run starts cold); unreachable Redis → "agents unavailable". */
async function waitForRedis(agents: { liveLocations(): Promise<unknown> }): Promise<void> {
  for (let i = 0; i < 20; i += 1) {
    try {
      await agents.liveLocations();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
