/**
 * `netmedic agent --location NAME [--concurrency N]`: a probe agent. Takes check jobs for its
 * location from Redis (BullMQ) and runs them from this machine's network, under this machine's
 * own PROBE_* limits and address policy.
 */
import { parseArgs } from 'node:util';
import { createLogger } from '../../logger';
import { packageVersion } from '../../util/paths';
import { configOrExit } from '../config-io';
import { EXIT, type CliCommand } from '../types';
import { untilSignal } from '../until-signal';

const help = `Usage: netmedic agent --location NAME [--concurrency N] [--max-per-minute N]

Runs checks for the bot from this machine's network: /check … from:NAME (or from:all) and
\`netmedic check --from NAME\` send their jobs here through Redis (REDIS_URL, same
REDIS_KEY_PREFIX as the bot). Several agents may share a location: they share its queue.
The agent applies its own PROBE_* settings (timeouts, PROBE_ALLOW_PRIVATE, PROBE_ALLOW_CIDRS)
and never probes its own interface addresses. Jobs never carry credentials.

Options:
  --location NAME     1–32 lowercase letters, digits and dashes (e.g. eu-1)
  --concurrency N     checks run at once by this agent (default 4)
  --max-per-minute N  checks this agent starts per minute at most (default 120); past it, it
                      takes no jobs until the minute frees one (the location's other agents do)`;

export const command: CliCommand = {
  name: 'agent',
  summary: 'Run a probe agent for a location (takes check jobs from Redis)',
  help,
  async run(args, io) {
    let values: { location?: string; concurrency?: string; 'max-per-minute'?: string };
    try {
      values = parseArgs({ args, options: { location: { type: 'string' }, concurrency: { type: 'string' }, 'max-per-minute': { type: 'string' } }, allowPositionals: false }).values;
    } catch (err) {
      io.stderr.write(`netmedic agent: ${(err as Error).message}\n${help}\n`);
      return EXIT.usage;
    }
    const { validLocation } = await import('../../agents/protocol.js');
    const location = values.location ?? '';
    const problem = location ? validLocation(location) : 'give --location NAME';
    if (problem) {
      io.stderr.write(`netmedic agent: ${problem}.\n`);
      return EXIT.usage;
    }
    const concurrency = Number(values.concurrency ?? 4);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256) {
      io.stderr.write(`netmedic agent: --concurrency takes a whole number 1–256, got "${values.concurrency}".\n`);
      return EXIT.usage;
    }
    const maxPerMinute = Number(values['max-per-minute'] ?? 120);
    if (!Number.isInteger(maxPerMinute) || maxPerMinute < 1 || maxPerMinute > 100_000) {
      io.stderr.write(`netmedic agent: --max-per-minute takes a whole number 1–100000, got "${values['max-per-minute']}".\n`);
      return EXIT.usage;
    }
    const config = configOrExit(io);
    if (!config) return EXIT.usage;
    if (!config.REDIS_URL) {
      io.stderr.write('netmedic agent: REDIS_URL is not set (the Redis the bot sends check jobs through).\n');
      return EXIT.usage;
    }
    const log = createLogger({ level: config.LOG_LEVEL, format: config.LOG_FORMAT });
    process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled promise rejection'));
    const { startAgent } = await import('../../agents/agent.js');
    const { checkOptionsFromConfig } = await import('../../check-options.js');
    const agent = await startAgent({
      redisUrl: config.REDIS_URL,
      prefix: config.REDIS_KEY_PREFIX,
      location,
      concurrency,
      maxPerMinute,
      checkOptions: checkOptionsFromConfig(config),
      version: packageVersion(),
      log,
    });
    return untilSignal(log, 'agent stopping', () => agent.stop());
  },
};
