/**
 * `netmedic check [--json] [--allow-private] [--protocol P] TARGET`: run the same check as the
 * bot's /check from this machine, and print what Discord would show (or JSON).
 * Exit codes: 0 when the check ran (whatever the verdict), 2 for usage errors and for the
 * verdicts `invalid` and `blocked` (nothing was checked).
 */
import { parseArgs } from 'node:util';
import type { KnowledgeBase } from '../../knowledge/types';
import { checkOptionsFromConfig, runCheck } from '../../probe/check';
import { parseProtocol } from '../../probe/protocols';
import type { CheckResult } from '../../probe/types';
import { renderCheckReply } from '../../render/check';
import { renderReplyText } from '../../render/terminal';
import { configOrExit } from '../config-io';
import { EXIT, type CliCommand, type CliIo } from '../types';

const help = `Usage: netmedic check [--json] [--allow-private] [--protocol P] TARGET

Probes TARGET from this machine, as the bot's /check does from its network, and says what
happened: refused, no answer, reset, unreachable, DNS failure, certificate problem, wrong
protocol, HTTP status or Xtream panel — with timings, the likely cause and the fix.

TARGET: host:port, [ipv6]:port, or a URL (http://, https://, Xtream player_api.php links).
Credentials in TARGET are removed and never sent.

Options:
  --protocol P     auto (default), tcp, http, https, xtream, minecraft, source, or
                   game:ID (a GameDig game id, e.g. game:teamspeak3)
  --json           print the result as JSON (target, verdict, article, stages, alternatives, embed)
  --allow-private  allow private and loopback addresses (like PROBE_ALLOW_PRIVATE=true)
  -h, --help       show this help

Limits come from the PROBE_* settings (PROBE_TCP_TIMEOUT_MS, PROBE_DEADLINE_MS, …).
Exit status: 0 when the check ran (whatever it found); 2 when TARGET could not be read, when
policy refused to probe it, or for bad options.`;

async function loadKb(dir: string | undefined): Promise<KnowledgeBase | null> {
  try {
    const { loadKnowledgeBase, defaultKnowledgeDir } = await import('../../knowledge/load.js');
    const loaded = await loadKnowledgeBase(dir ?? defaultKnowledgeDir());
    return 'kb' in loaded ? loaded.kb : null;
  } catch {
    // Without the knowledge base the check still runs; the reply just has no article.
    return null;
  }
}

/** The --json document: the contract fields first, then the rest of the result. */
export function checkJson(result: CheckResult, embed: unknown): Record<string, unknown> {
  return {
    target: result.target,
    verdict: result.verdict,
    article: result.article,
    sentence: result.sentence,
    stages: result.stages,
    alternatives: result.alternatives,
    addresses: result.addresses,
    ...(result.httpStatus !== undefined ? { httpStatus: result.httpStatus } : {}),
    ...(result.certificate ? { certificate: result.certificate } : {}),
    ...(result.service ? { service: result.service } : {}),
    ...(result.game ? { game: result.game } : {}),
    notes: result.notes,
    ms: result.ms,
    embed,
  };
}

/**
 * JSON.stringify leaves DEL, C1 controls and bidi / zero-width characters as they are; a server's
 * certificate or header could then act on the terminal. Write them as \u escapes (same data).
 */
export function jsonForTerminal(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export const command: CliCommand = {
  name: 'check',
  summary: 'Probe a server:port from this machine and say what happened',
  help,
  async run(args: string[], io: CliIo): Promise<number> {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        options: {
          json: { type: 'boolean' },
          'allow-private': { type: 'boolean' },
          protocol: { type: 'string', short: 'p' },
          help: { type: 'boolean', short: 'h' },
        },
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
      io.stderr.write(`netmedic check: --protocol: ${protocolParsed.error} Got "${parsed.values.protocol}".\n`);
      return EXIT.usage;
    }
    const protocol = protocolParsed.protocol;
    if (parsed.positionals.length !== 1) {
      io.stderr.write(`netmedic check: give exactly one TARGET (got ${parsed.positionals.length}).\n\n${help}\n`);
      return EXIT.usage;
    }
    const input = parsed.positionals[0]!;

    const config = configOrExit(io, parsed.values['allow-private'] ? { PROBE_ALLOW_PRIVATE: 'true' } : {});
    if (!config) return EXIT.usage;
    let options;
    try {
      options = checkOptionsFromConfig(config, { protocol, audience: 'cli' });
    } catch (err) {
      io.stderr.write(`netmedic check: ${(err as Error).message}\n`);
      return EXIT.usage;
    }

    const [result, kb] = await Promise.all([runCheck(input, options), loadKb(config.KNOWLEDGE_DIR)]);
    const reply = renderCheckReply(result, kb, { final: true });
    if (parsed.values.json) {
      io.stdout.write(jsonForTerminal(checkJson(result, reply.embeds?.[0] ?? null)) + '\n');
    } else {
      const color = !io.env.NO_COLOR && (io.stdout as { isTTY?: boolean }).isTTY === true;
      io.stdout.write(renderReplyText(reply, { color }) + '\n');
    }
    return result.verdict === 'invalid' || result.verdict === 'blocked' ? EXIT.usage : EXIT.ok;
  },
};
