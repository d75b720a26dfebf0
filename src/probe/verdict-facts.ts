/**
 * A stage's network failure as the verdict's facts. Pure. Used by the check's stages and by the
 * line check, so one failure always concludes the same way.
 */
import type { NetworkFailure } from './classify';
import type { StageName, VerdictFacts } from './types';

export interface Where {
  host: string;
  port: number;
}

/** The verdict facts for `failure`, met by `stage` under a limit of `timeoutMs`. */
export function failureFacts(failure: NetworkFailure, stage: StageName, where: Where, timeoutMs: number): VerdictFacts {
  switch (failure.verdict) {
    case 'refused':
      return { ...where, verdict: 'refused', stage };
    case 'timeout':
      return { ...where, verdict: 'timeout', stage, timeoutMs, deadline: false };
    case 'reset':
      return { ...where, verdict: 'reset', stage };
    case 'host-unreachable':
    case 'network-unreachable':
      return { ...where, verdict: failure.verdict, code: failure.code };
    case 'dns-not-found':
    case 'dns-error':
      return { ...where, verdict: failure.verdict, failure: { kind: 'other', code: failure.code } };
    case 'tls-certificate':
      return { ...where, verdict: 'tls-certificate', problem: failure.reason ?? 'invalid', code: failure.code };
    case 'tls-protocol': {
      const tlsAnswer = failure.kind === 'tls-on-plain-port' || failure.kind === 'tls-after-reset';
      return { ...where, verdict: 'tls-protocol', failure, ...(tlsAnswer ? { mismatch: 'tls' as const } : {}) };
    }
    case 'not-http':
      return { ...where, verdict: 'not-http', spoke: failure.kind === 'ssh-not-http' ? 'ssh' : 'other', banner: failure.banner ?? null };
  }
}
