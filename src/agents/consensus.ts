/**
 * One conclusion from many vantage points (pure): where the target answered, where it failed and
 * how, and which agents did not report in time. Facts only; src/render/vantages.ts says it in words.
 */
import type { StageResult, Verdict } from '../probe/types';

export type VantageStatus = 'answered' | 'no-answer' | 'unavailable' | 'busy';

/** One row of a multi-location check (the `vantages` JSON entries). */
export interface Vantage {
  location: string;
  /**
   * answered: the verdict is the location's; no-answer: the agent missed the deadline; unavailable:
   * agents unreachable (Redis); busy: the location's queue is full, the job was not sent.
   */
  status: VantageStatus;
  verdict: Verdict | null;
  article: string | null;
  stages: StageResult[];
  /** The location's own check time, or null without an answer. */
  ms: number | null;
  /** TCP connect time when a connection was made. */
  connectMs: number | null;
}

export type ConsensusKind =
  | 'answers-everywhere'
  | 'answers-where-reported'
  | 'refused-everywhere'
  | 'silent-everywhere'
  | 'dns-everywhere'
  | 'fails-everywhere'
  | 'partial'
  | 'no-report';

export interface Consensus {
  kind: ConsensusKind;
  /** Locations asked (including the bot's own). */
  total: number;
  /** Where the server answered (a connection was made). */
  reachable: string[];
  /** Where the check ran and the server did not answer properly. */
  failing: { location: string; verdict: Verdict }[];
  /** Where nobody reported by the deadline, or agents were unavailable. */
  unanswered: { location: string; status: Exclude<VantageStatus, 'answered'> }[];
}

/** Verdicts that mean the server's port answered from there (even if what answered was unhappy). */
const REACHED: ReadonlySet<Verdict> = new Set<Verdict>(['ok', 'http-status', 'tls-certificate', 'tls-protocol', 'not-http']);

export function reached(verdict: Verdict): boolean {
  return REACHED.has(verdict);
}

export function connectTime(stages: StageResult[]): number | null {
  const tcp = stages.find((s) => s.name === 'tcp' && s.ok);
  return tcp ? tcp.ms : null;
}

export function consensusOf(vantages: Vantage[]): Consensus {
  const reachable: string[] = [];
  const failing: Consensus['failing'] = [];
  const unanswered: Consensus['unanswered'] = [];
  for (const v of vantages) {
    if (v.status !== 'answered' || v.verdict === null) unanswered.push({ location: v.location, status: v.status === 'answered' ? 'no-answer' : v.status });
    else if (reached(v.verdict)) reachable.push(v.location);
    else failing.push({ location: v.location, verdict: v.verdict });
  }
  const base = { total: vantages.length, reachable, failing, unanswered };
  const answered = reachable.length + failing.length;
  if (answered === 0) return { kind: 'no-report', ...base };
  if (failing.length === 0) return { kind: unanswered.length === 0 ? 'answers-everywhere' : 'answers-where-reported', ...base };
  if (reachable.length > 0) return { kind: 'partial', ...base };
  // Failing from every network that reported.
  const verdicts = new Set(failing.map((f) => f.verdict));
  if (verdicts.size === 1 && unanswered.length === 0) {
    const only = failing[0]!.verdict;
    if (only === 'refused') return { kind: 'refused-everywhere', ...base };
    if (only === 'timeout') return { kind: 'silent-everywhere', ...base };
    if (only === 'dns-not-found' || only === 'dns-error') return { kind: 'dns-everywhere', ...base };
  }
  return { kind: 'fails-everywhere', ...base };
}
