/**
 * The check orchestrator: parse, then the stages of stages/index.ts in order (name policy → DNS →
 * vet → game | TCP → service | TLS → HTTP | Xtream), then the follow-ups (other ports). One
 * overall deadline (an AbortController all stages listen to) so a result always arrives;
 * `onProgress` gets a copy of the partial result after every stage. Connections only ever go to
 * addresses that passed the policy. The result is data (facts); src/render words it.
 */
import { monotonicMs } from '../util/monotonic';
import { ProbeDeadlineError } from './classify';
import type { CheckOptions } from './options';
import { isGameProtocol } from './protocols';
import type { Found, StageContext } from './stage';
import { STAGES } from './stages';
import { parseTarget } from './target';
import type { CheckNote, CheckResult, StageResult, Target, VerdictFacts } from './types';
import { articleFor, usesTls } from './verdicts';

export type { CheckOptions, CheckTimeouts } from './options';
export { plannedStages } from './stages';

/** A stage that times out this close to the deadline was cut short by it. */
const DEADLINE_SLACK_MS = 10;

/** Extra time after the deadline before the result is forced out (stages should stop well before). */
const DEADLINE_GRACE_MS = 500;

function emptyResult(): CheckResult {
  return { target: null, verdict: 'ok', article: null, facts: null, stages: [], addresses: [], alternatives: [], notes: [], ms: 0 };
}

function clone(result: CheckResult): CheckResult {
  return structuredClone(result);
}

class Run {
  readonly result = emptyResult();
  readonly started = monotonicMs();
  readonly controller = new AbortController();
  readonly found: Found = { vetted: [], connected: null, tcpFailure: null };
  finished = false;
  concluded = false;
  /** Stage limits that were the rest of the deadline (see cap). */
  private readonly deadlineCaps = new Set<number>();

  constructor(
    readonly input: string,
    readonly options: CheckOptions,
    readonly onProgress?: (partial: CheckResult) => void,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  elapsed(): number {
    return Math.round(monotonicMs() - this.started);
  }

  remaining(): number {
    return this.options.timeouts.deadlineMs - (monotonicMs() - this.started);
  }

  cap(ms: number): number {
    const left = Math.floor(this.remaining());
    if (left >= ms) return ms;
    const capped = Math.max(1, left);
    // A stage whose limit is the rest of the deadline and runs out was stopped by the deadline,
    // even when its timer fires a little before the deadline's (timers count from the event
    // loop's cached clock, which lags on a busy machine).
    this.deadlineCaps.add(capped);
    return capped;
  }

  progress(): void {
    if (this.finished || !this.onProgress) return;
    this.result.ms = this.elapsed();
    try {
      this.onProgress(clone(this.result));
    } catch {
      // A failing listener must not break the check.
    }
  }

  addStage(stage: StageResult): void {
    this.result.stages.push(stage);
  }

  note(note: CheckNote): void {
    this.result.notes.push(note);
  }

  get deadlineHit(): boolean {
    const reason: unknown = this.signal.reason;
    return (this.signal.aborted && reason instanceof ProbeDeadlineError) || this.remaining() <= DEADLINE_SLACK_MS;
  }

  /** Set the final verdict and its facts; a timeout the deadline caused says so. */
  conclude(facts: VerdictFacts): void {
    let decided = facts;
    if (decided.verdict === 'timeout' && (this.deadlineHit || this.deadlineCaps.has(decided.timeoutMs))) decided = { ...decided, deadline: true, timeoutMs: this.options.timeouts.deadlineMs };
    this.concluded = true;
    this.result.verdict = decided.verdict;
    this.result.facts = decided;
    this.result.article = articleFor(decided.verdict, { httpStatus: this.result.httpStatus, protocol: this.result.target?.protocol });
  }

  /** The deadline (or a bug) stopped the check before a stage decided: a timeout at the last stage. */
  concludeTimeout(): void {
    const target = this.result.target;
    if (!target) {
      this.conclude({ verdict: 'invalid', problem: { code: 'unprocessable' } });
      return;
    }
    const stage = this.result.stages.at(-1)?.name;
    this.conclude({ host: target.displayHost, port: target.port, verdict: 'timeout', ...(stage ? { stage } : {}), timeoutMs: this.options.timeouts.deadlineMs, deadline: true });
  }

  final(): CheckResult {
    this.result.ms = this.elapsed();
    const out = clone(this.result);
    this.finished = true;
    return out;
  }

  /** The stages' view of this run, once the target is known. */
  context(target: Target): StageContext {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const run = this;
    return {
      target,
      options: run.options,
      signal: run.signal,
      result: run.result,
      found: run.found,
      where: { host: target.displayHost, port: target.port },
      cap: (ms) => run.cap(ms),
      remaining: () => run.remaining(),
      get deadlineHit() {
        return run.deadlineHit;
      },
      addStage: (s) => run.addStage(s),
      note: (n) => run.note(n),
      progress: () => run.progress(),
      conclude: (f) => run.conclude(f),
      get concluded() {
        return run.concluded;
      },
    };
  }
}

/** Run one check. Never throws; the result arrives by the deadline (plus a short grace). */
export async function runCheck(input: string, options: CheckOptions, onProgress?: (partial: CheckResult) => void): Promise<CheckResult> {
  const run = new Run(input, options, onProgress);
  const deadlineMs = options.timeouts.deadlineMs;
  const deadline = setTimeout(() => run.controller.abort(new ProbeDeadlineError(deadlineMs)), deadlineMs);
  let forced: NodeJS.Timeout | undefined;
  const forcedOut = new Promise<CheckResult>((resolve) => {
    forced = setTimeout(() => {
      if (!run.concluded) run.concludeTimeout();
      resolve(run.final());
    }, deadlineMs + DEADLINE_GRACE_MS);
  });
  try {
    return await Promise.race([
      pipeline(run).then(
        () => run.final(),
        (err: unknown) => {
          // A bug, not a network outcome: say so without crashing the caller.
          run.note({ kind: 'internal-error', message: err instanceof Error ? err.message.slice(0, 200) : String(err).slice(0, 200) });
          if (!run.concluded) run.concludeTimeout();
          return run.final();
        },
      ),
      forcedOut,
    ]);
  } finally {
    clearTimeout(deadline);
    clearTimeout(forced);
    if (!run.signal.aborted) run.controller.abort(new Error('check finished'));
  }
}

/** The notes the target itself calls for: credentials removed, an international name, a port assumed. */
function targetNotes(target: Target): CheckNote[] {
  const notes: CheckNote[] = [];
  if (target.hadCredentials) notes.push({ kind: 'credentials-removed' });
  // An international name can imitate another; say which ASCII name was really checked.
  if (!target.isIp && target.displayHost !== target.host) notes.push({ kind: 'international-name', displayHost: target.displayHost, host: target.host });
  if (target.portAssumed) {
    const p = target.protocol;
    const scheme = isGameProtocol(p) ? p : p === 'tcp' ? 'tcp' : usesTls(target) ? 'https' : 'http';
    notes.push({ kind: 'port-assumed', port: target.port, scheme });
  }
  return notes;
}

async function pipeline(run: Run): Promise<void> {
  const parsed = parseTarget(run.input, run.options.protocol ?? 'auto');
  if (!parsed.ok) {
    run.conclude({ verdict: 'invalid', problem: parsed.problem });
    return;
  }
  const target = parsed.target;
  run.result.target = target;
  for (const note of targetNotes(target)) run.note(note);
  run.progress();

  const ctx = run.context(target);
  const asked = { protocol: run.options.protocol ?? 'auto' };
  for (const stage of STAGES) {
    if (stage.phase === 'probe' && run.concluded) continue;
    if (stage.phase === 'follow-up' && !run.concluded) continue;
    if (!stage.applies(target, asked)) continue;
    await stage.run(ctx);
  }
  // Every probe stage passed without a verdict: nothing was left to ask (cannot happen with the stage list as it is).
  if (!run.concluded) run.concludeTimeout();
}
