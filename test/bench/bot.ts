/**
 * Bot benchmark: acknowledgement latency (gateway dispatch of INTERACTION_CREATE → callback POST
 * at the server) over a burst of 200 interactions, and the bot's resident memory after login,
 * beside a bare `node` process's as the baseline. The bot is the real CLI in its own process.
 */
import { startFakeDiscord } from '../support/discord';
import { runCli } from '../support/bot-process';

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function bareNodeRss(): Promise<number> {
  const { spawn } = await import('node:child_process');
  const { readFileSync } = await import('node:fs');
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 5000)']);
  await new Promise((r) => setTimeout(r, 400));
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
  child.kill();
  return Number(kb) * 1024;
}

export async function benchBot(burst = 200): Promise<{ p50: number; p99: number; rssMb: number }> {
  const fake = await startFakeDiscord({ ackDeadlineMs: 0 });
  const env = { DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase, LOG_LEVEL: 'warn' };
  try {
    const deploy = runCli(['deploy', '--guild', fake.guildId], env);
    if ((await deploy.exited) !== 0) throw new Error('deploy failed: ' + deploy.stderr());
    const bot = runCli(['start'], { ...env, LOG_LEVEL: 'info' });
    await bot.waitForOutput(/logged in/, 30_000);
    await new Promise((r) => setTimeout(r, 500));
    const rss = bot.rss() ?? NaN;
    const baseline = await bareNodeRss();

    // Warm up, then the burst: all dispatched at once.
    for (let i = 0; i < 5; i++) await fake.sendChatInput('about').waitForCallback(10_000);
    const handles = Array.from({ length: burst }, () => fake.sendChatInput('about'));
    const callbacks = await Promise.all(handles.map((h) => h.waitForCallback(30_000)));
    const latencies = callbacks.map((c) => c.latencyMs).sort((a, b) => a - b);

    bot.child.kill('SIGTERM');
    const code = await bot.exited;

    const p50 = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    const rssMb = rss / 1024 / 1024;
    console.log('\n## Bot (real CLI process against the local Discord-compatible server)');
    console.table({
      [`ack latency, burst of ${burst}`]: { p50_ms: +p50.toFixed(2), p99_ms: +p99.toFixed(2), goal: 'p99 < 50 ms' },
    });
    console.table({
      'RSS after login': { MB: +rssMb.toFixed(1), 'bare node MB': +(baseline / 1024 / 1024).toFixed(1), ratio: +(rss / baseline).toFixed(2), goal: '< 150 MB' },
    });
    console.log(`bot exited with ${code} on SIGTERM`);
    return { p50, p99, rssMb };
  } finally {
    await fake.close();
  }
}

if (require.main === module) {
  benchBot().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
