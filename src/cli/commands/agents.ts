/**
 * `netmedic agents [--json]`: the probe-agent locations heard from in the last minute, with their
 * agents' versions and load.
 */
import { parseArgs } from 'node:util';
import { createLogger } from '../../logger';
import { configOrExit } from '../config-io';
import { EXIT, type CliCommand } from '../types';

const help = `Usage: netmedic agents [--json]

Lists the locations whose probe agents were heard from in the last minute (through REDIS_URL):
location, number of agents, versions, load (checks running / slots), last heartbeat.`;

export const command: CliCommand = {
  name: 'agents',
  summary: 'List the probe-agent locations seen in the last minute',
  help,
  async run(args, io) {
    let json = false;
    try {
      json = Boolean(parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: false }).values.json);
    } catch (err) {
      io.stderr.write(`netmedic agents: ${(err as Error).message}\n${help}\n`);
      return EXIT.usage;
    }
    const config = configOrExit(io);
    if (!config) return EXIT.usage;
    if (!config.REDIS_URL) {
      io.stderr.write('netmedic agents: REDIS_URL is not set.\n');
      return EXIT.usage;
    }
    const { createAgentClient } = await import('../../agents/client.js');
    const log = createLogger({ level: 'silent', format: 'json', destination: process.stderr });
    const agents = createAgentClient({ redisUrl: config.REDIS_URL, prefix: config.REDIS_KEY_PREFIX, log });
    try {
      let list;
      for (let attempt = 0; ; attempt += 1) {
        try {
          list = await agents.liveLocations();
          break;
        } catch (err) {
          if (attempt >= 40) {
            io.stderr.write(`netmedic agents: ${(err as Error).message}\n`);
            return EXIT.failure;
          }
          await new Promise((r) => setTimeout(r, 50));
        }
      }
      if (json) {
        io.stdout.write(JSON.stringify(list, null, 2) + '\n');
        return EXIT.ok;
      }
      if (list.length === 0) {
        io.stdout.write('No probe agent was heard from in the last minute.\n');
        return EXIT.ok;
      }
      const now = Date.now();
      const rows = list.map((l) => [l.location, String(l.agents), l.versions.join(','), `${l.active}/${l.concurrency}`, `${Math.round((now - l.seenAt) / 1000)} s ago`]);
      const header = ['location', 'agents', 'version', 'load', 'seen'];
      const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
      for (const r of [header, ...rows]) io.stdout.write(r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd() + '\n');
      return EXIT.ok;
    } finally {
      await agents.close();
    }
  },
};
