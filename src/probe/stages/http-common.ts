/** What the HTTP and Xtream stages share: the request options, and how a failed request concludes. */
import type { NetworkFailure } from '../classify';
import type { HttpStageOptions } from '../http';
import type { StageContext } from '../stage';
import type { ResolvedAddress } from '../types';
import { usesTls } from '../verdicts';
import { failureFacts } from '../verdict-facts';

export function requestOptions(ctx: StageContext, address: ResolvedAddress, timeoutMs: number): Omit<HttpStageOptions, 'path' | 'keepBody' | 'method'> {
  const tls = usesTls(ctx.target);
  return {
    address,
    port: ctx.target.port,
    host: ctx.target.host,
    isIp: ctx.target.isIp,
    tls,
    maxBytes: ctx.options.maxBytes,
    timeoutMs,
    signal: ctx.signal,
    ca: ctx.options.ca,
    detectTls: !tls,
  };
}

/** No HTTP answer: the failure decides the verdict. */
export function concludeFailed(ctx: StageContext, failure: NetworkFailure, stage: 'http' | 'xtream', timeoutMs: number): void {
  ctx.conclude(failureFacts(failure, stage, ctx.where, timeoutMs));
}
