/**
 * A bare BullMQ worker for `npm run bench agents`: it answers every check job at once with a fixed
 * "ok" report (no probe, no logging), so the bot's path through Redis and BullMQ can be timed on
 * its own, beside the real agents, under the same load. Loopback Redis only.
 */
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { AgentReport, CheckJobData } from '../../src/agents/protocol';

const [redisUrl, prefix, queue, location] = process.argv.slice(2) as [string, string, string, string];
const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
const worker = new Worker<CheckJobData, AgentReport>(
  queue,
  async () => {
    const at = Date.now();
    return { location, agentId: `bare-${process.pid}`, version: 'bench', pickedAt: at, doneAt: at, result: { target: null, verdict: 'ok', article: null, facts: null, stages: [], addresses: [], alternatives: [], notes: [], ms: 0 } };
  },
  { connection, prefix, concurrency: 4, maxStalledCount: 0 },
);
void worker.waitUntilReady().then(() => process.stdout.write('bare worker ready\n'));
process.once('SIGTERM', () => {
  void worker
    .close()
    .then(() => connection.quit())
    .finally(() => process.exit(0));
});
