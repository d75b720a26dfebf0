/**
 * `npm run bench`: every benchmark, one after the other, printing its figures (and ratios to a
 * baseline measured in the same run where a fair one exists). Benchmarks only touch loopback.
 */
import { benchBot } from './bot';
import { benchCli } from './cli';
import { benchStartup } from './startup';
import { benchHostile } from './hostile';
import { benchLimits } from './limits';
import { benchFaq } from './faq';
import { benchMatcher } from './matcher';
import { benchProbe } from './probe';
import { benchAckRatio, benchFromAll, benchServe } from './scale';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const all: Record<string, () => Promise<unknown>> = { startup: () => benchStartup(), cli: () => benchCli(), matcher: benchMatcher, probe: benchProbe, hostile: () => benchHostile(), limits: () => benchLimits(), bot: () => benchBot(), agents: () => benchFromAll(), serve: () => benchServe(), ack: () => benchAckRatio(), faq: benchFaq };
  for (const [name, run] of Object.entries(all)) {
    if (only.length > 0 && !only.includes(name)) continue;
    console.log(`\n=== ${name} ===`);
    await run();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
