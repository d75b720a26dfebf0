/**
 * `netmedic check [--json] [--allow-private] [--protocol P] TARGET`: run the same check as the
 * bot's /check from this machine, and print what Discord would show (or JSON).
 * Exit codes: 0 when the check ran (whatever the verdict), 1 when the knowledge base has
 * problems, 2 for usage errors and for the verdicts `invalid` and `blocked` (nothing was checked).
 */
import { parseArgs } from 'node:util';
import { defaultKnowledgeDir } from '../../knowledge/load';
import { checkOptionsFromConfig, runCheck } from '../../probe/check';
import type { CheckResult, Protocol } from '../../probe/types';
import { renderCheckReply } from '../../render/check';
import { renderReplyText } from '../../render/terminal';
import { CLI_VOICE } from '../../render/voice';
import { configOrExit } from '../config-io';
import { loadKbOrReport } from '../knowledge';
import { EXIT, type CliCommand, type CliIo } from '../types';

const PROTOCOLS: readonly Protocol[] = ['auto', 'tcp', 'http', 'https', 'xtream'];

const help = `Usage: netmedic check [--json] [--allow-private] [--protocol P] TARGET

Probes TARGET from this machine, as the bot's /check does from its network, and says what
happened: refused, no answer, reset, unreachable, DNS failure, certificate problem, wrong
protocol, HTTP status or Xtream panel — with timings, the likely cause and the fix.

TARGET: host:port, [ipv6]:port, or a URL (http://, https://, Xtream player_api.php links).
Credentials in TARGET are removed and never sent.

Options:
  --protocol P     auto (default), tcp, http, https or xtream
  --json           print the result as JSON (target, verdict, article, stages, alternatives, embed)
  --allow-private  allow private and loopback addresses (like PROBE_ALLOW_PRIVATE=true)
  -h, --help       show this help

Limits come from the PROBE_* settings (PROBE_TCP_TIMEOUT_MS, PROBE_DEADLINE_MS, …); the
articles from KNOWLEDGE_DIR (default: the package's knowledge/ folder).
Exit status: 0 when the check ran (whatever it found); 1 when the knowledge base has problems;
2 when TARGET could not be read, when policy refused to probe it, or for bad options.`;

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
    notes: result.notes,
    ms: result.ms,
    embed,
  };
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
    const protocol = (parsed.values.protocol ?? 'auto') as Protocol;
    if (!PROTOCOLS.includes(protocol)) {
      io.stderr.write(`netmedic check: --protocol must be one of ${PROTOCOLS.join(', ')}; got "${parsed.values.protocol}".\n`);
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
    const kb = await loadKbOrReport(config.KNOWLEDGE_DIR ?? defaultKnowledgeDir(), io);
    if (!kb) return EXIT.failure;
    const result = await runCheck(input, options);
    const reply = renderCheckReply(result, kb, { final: true, voice: CLI_VOICE });
    if (parsed.values.json) {
      io.stdout.write(JSON.stringify(checkJson(result, reply.embeds?.[0] ?? null), null, 2) + '\n');
    } else {
      const color = !io.env.NO_COLOR && (io.stdout as { isTTY?: boolean }).isTTY === true;
      io.stdout.write(renderReplyText(reply, { color }) + '\n');
    }
    return result.verdict === 'invalid' || result.verdict === 'blocked' ? EXIT.usage : EXIT.ok;
  },
};
