/**
 * A stage of a check: one small object per step (name policy, DNS, address vetting, TCP, TLS,
 * HTTP, Xtream, the service look, the game query, other ports), run in the order of the list in
 * stages/index.ts. A stage says whether it applies to a target, and runs against a context that
 * carries the partial result, the shared deadline and what earlier stages found. It adds its
 * stage lines (facts), notes (facts) and, when the check is decided, concludes with the verdict's
 * facts. Adding a stage means one file here plus its words in src/render/check-words.ts.
 */
import type { CheckOptions } from './options';
import type { CheckNote, CheckResult, Protocol, ResolvedAddress, StageName, StageResult, Target, VerdictFacts } from './types';
import type { NetworkFailure } from './classify';

/** What `applies` may look at: the protocol asked for (`auto` lets the target decide). */
export interface StageOptions {
  protocol?: Protocol;
}

/** What earlier stages found, for later ones. */
export interface Found {
  /** Addresses that passed the policy (after the vetting stage). */
  vetted: ResolvedAddress[];
  /** The address a TCP connection was made to (after the TCP stage). */
  connected: ResolvedAddress | null;
  /** The TCP stage's failure when no address connected. */
  tcpFailure: NetworkFailure | null;
}

export interface StageContext {
  readonly target: Target;
  readonly options: CheckOptions;
  /** The check's overall deadline: every stage listens to it. */
  readonly signal: AbortSignal;
  /** The partial result (stages add to it). */
  readonly result: CheckResult;
  readonly found: Found;
  /** The target's display host and port, for verdict facts. */
  readonly where: { host: string; port: number };
  /** A stage time limit, never past the overall deadline. */
  cap(ms: number): number;
  /** Milliseconds left before the deadline. */
  remaining(): number;
  /** The deadline fired, or a stage timeout capped by it ran out a moment before it did. */
  readonly deadlineHit: boolean;
  addStage(stage: StageResult): void;
  note(note: CheckNote): void;
  /** Tell the listener about the partial result. */
  progress(): void;
  /** Decide the verdict (the pipeline stops, follow-up stages may still run). */
  conclude(facts: VerdictFacts): void;
  readonly concluded: boolean;
}

export interface Stage {
  readonly name: string;
  /** The stage line it adds (shown as pending while a check runs); absent for steps without a line. */
  readonly reports?: StageName;
  /** `probe` stages run until a verdict; `follow-up` stages run after it (other ports). */
  readonly phase: 'probe' | 'follow-up';
  applies(target: Target, options: StageOptions): boolean;
  run(ctx: StageContext): Promise<void>;
}
