/**
 * Xtream: GET /player_api.php without credentials; a panel answers with `user_info` (see
 * xtream.ts). A reachable server that is not a panel concludes `http-status`.
 */
import type { Stage } from '../stage';
import type * as XtreamProbe from '../xtream';
import { concludeFailed, requestOptions } from './http-common';

/** ../xtream.ts (and what it loads) on the stage's first run: a check that ends before this stage never reads it. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const xtreamProbe = (): typeof XtreamProbe => require('../xtream') as typeof XtreamProbe;

export const xtreamStage: Stage = {
  name: 'xtream',
  reports: 'xtream',
  phase: 'probe',
  applies: (target) => target.protocol === 'xtream',
  async run(ctx) {
    const address = ctx.found.connected;
    if (!address) return;
    const timeoutMs = ctx.cap(ctx.options.timeouts.httpMs);
    const x = await xtreamProbe().xtreamStage(requestOptions(ctx, address, timeoutMs));
    ctx.addStage({ name: 'xtream', ok: x.ok, ms: x.ms, facts: x.facts });
    if (x.facts.kind === 'failed') {
      concludeFailed(ctx, x.facts.failure, 'xtream', timeoutMs);
      return;
    }
    const http = x.http;
    const answer = x.facts.answer;
    if (http.status !== undefined) ctx.result.httpStatus = http.status;
    if (http.location) ctx.note({ kind: 'redirect', location: http.location.slice(0, 300) });
    if (answer.panel) {
      ctx.conclude({ ...ctx.where, verdict: 'ok', answer: { kind: 'xtream' } });
      return;
    }
    ctx.note({ kind: 'no-xtream-panel' });
    ctx.conclude({
      ...ctx.where,
      verdict: 'http-status',
      protocol: 'xtream',
      status: answer.status,
      ...(http.statusText ? { statusText: http.statusText } : {}),
      path: ctx.target.path,
      ...(http.location ? { location: http.location } : {}),
      xtream: answer,
    });
  },
};
