/** A single-label name is refused before it is looked up (unless private targets are allowed). */
import { checkName } from '../policy';
import type { Stage } from '../stage';

export const namePolicyStage: Stage = {
  name: 'name-policy',
  phase: 'probe',
  applies: () => true,
  run(ctx) {
    const decision = checkName(ctx.target.host, ctx.target.isIp, ctx.options.policy);
    if (!decision.allowed) ctx.conclude({ verdict: 'blocked', host: ctx.target.displayHost, block: decision.block, privateHint: true });
    return Promise.resolve();
  },
};
