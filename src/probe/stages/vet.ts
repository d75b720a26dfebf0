/** Vet every resolved address against the policy: one refused address means no connection at all. */
import { vetAddresses } from '../dns';
import type { Stage } from '../stage';

export const vetStage: Stage = {
  name: 'vet',
  phase: 'probe',
  applies: () => true,
  run(ctx) {
    const vetted = vetAddresses(ctx.result.addresses, ctx.options.policy);
    if (!vetted.ok) {
      // Would PROBE_ALLOW_PRIVATE open it? Then the reply says how, for people checking their own servers.
      ctx.conclude({ verdict: 'blocked', host: ctx.target.displayHost, block: vetted.block, privateHint: vetted.hint === 'allow-private' });
      return Promise.resolve();
    }
    ctx.found.vetted = vetted.addresses;
    ctx.progress();
    return Promise.resolve();
  },
};
