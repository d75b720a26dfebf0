/**
 * One check from several places: the local probe and the chosen agents in parallel, within the
 * check's deadline. Used by `/check … from:` and `netmedic check --from`.
 */
import { parseTarget } from '../probe/target';
import type { CheckResult, Protocol } from '../probe/types';
import type { AgentClient } from './client';
import { consensusRows, type GlobalpingClient } from './globalping';
import { connectTime, consensusOf, type Consensus, type Vantage } from './consensus';
import { isReserved, jobInputFor, LOCAL_LOCATION, validLocation } from './protocol';

/** `all`, or named locations (and/or `globalping`: Globalping's public probes, when enabled). */
export type FromSpec = { all: true } | { all: false; locations: string[]; globalping?: boolean };

/** Why a `from` value was refused, as data (render/vantages.ts words it for the reader). */
export type FromProblem = { kind: 'empty' } | { kind: 'reserved'; name: string } | { kind: 'bad-name'; name: string } | { kind: 'too-many'; count: number; max: number };

export const MAX_FROM_LOCATIONS = 10;

/** `all`, or a comma-separated list of locations. `error` is the English sentence (CLI). */
export function parseFrom(text: string): { ok: true; from: FromSpec } | { ok: false; error: string; problem: FromProblem } {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === 'all') return { ok: true, from: { all: true } };
  const names = [...new Set(trimmed.split(',').map((s) => s.trim()).filter(Boolean))];
  const globalping = names.includes('globalping');
  const locations = names.filter((n) => n !== 'globalping');
  if (names.length === 0) return { ok: false, error: 'from: give "all" or one or more locations separated by commas', problem: { kind: 'empty' } };
  for (const l of locations) {
    const problem = validLocation(l);
    if (problem) return { ok: false, error: `from: ${problem}`, problem: isReserved(l) ? { kind: 'reserved', name: l } : { kind: 'bad-name', name: l } };
  }
  if (locations.length > MAX_FROM_LOCATIONS) {
    return { ok: false, error: `from: at most ${MAX_FROM_LOCATIONS} locations (got ${locations.length})`, problem: { kind: 'too-many', count: locations.length, max: MAX_FROM_LOCATIONS } };
  }
  return { ok: true, from: globalping ? { all: false, locations, globalping } : { all: false, locations } };
}

export function localVantage(result: CheckResult): Vantage {
  return { location: LOCAL_LOCATION, status: 'answered', verdict: result.verdict, article: result.article, stages: result.stages, ms: result.ms, connectMs: connectTime(result.stages) };
}

export interface MultiCheckOptions {
  input: string;
  protocol: Protocol;
  from: FromSpec;
  /** Null when REDIS_URL is not set (every agent row: unavailable). */
  agents: AgentClient | null;
  deadlineMs: number;
  /** Runs the local check (through the check service, so the limits apply). */
  runLocal(): Promise<CheckResult>;
  /** Globalping (GLOBALPING=on): its probes join `all`, or `globalping` in the list. */
  globalping?: GlobalpingClient | null;
  /** Called with every row known so far, each time one arrives (progressive edits). */
  onRows?(rows: Vantage[]): void;
}

export interface MultiCheckResult {
  local: CheckResult;
  vantages: Vantage[];
  consensus: Consensus;
}

async function chosenLocations(from: FromSpec, agents: AgentClient | null): Promise<string[] | null> {
  if (!from.all && from.locations.length === 0 && from.globalping) return [];
  if (!from.all) return from.locations;
  if (!agents) return null;
  try {
    return (await agents.liveLocations()).map((l) => l.location);
  } catch {
    return null;
  }
}

export async function runMultiCheck(options: MultiCheckOptions): Promise<MultiCheckResult> {
  const parsed = parseTarget(options.input, options.protocol);
  const locations = parsed.ok ? await chosenLocations(options.from, options.agents) : [];
  // Rows in a stable order: the bot first, then the locations as asked.
  const order = [LOCAL_LOCATION, ...(locations && locations.length > 0 ? locations : ['agents'])];
  const rows = new Map<string, Vantage>();
  let publicRows: Vantage[] = [];
  const emit = () => options.onRows?.([...order.map((l) => rows.get(l)).filter((v): v is Vantage => v !== undefined), ...publicRows]);
  const wantsGlobalping = Boolean(options.globalping) && parsed.ok && (options.from.all || options.from.globalping === true);
  const onlyGlobalping = !options.from.all && options.from.locations.length === 0;

  const localPromise = options.runLocal().then((result) => {
    rows.set(LOCAL_LOCATION, localVantage(result));
    emit();
    return result;
  });
  let remote: Promise<Vantage[]>;
  if (!parsed.ok) remote = Promise.resolve([]);
  else if (onlyGlobalping) remote = Promise.resolve([]);
  else if (locations === null || locations.length === 0 || !options.agents) {
    // No Redis, it cannot be reached, or no agent is online: one row says so.
    const unavailable: Vantage = { location: 'agents', status: 'unavailable', verdict: null, article: null, stages: [], ms: null, connectMs: null };
    rows.set('agents', unavailable);
    remote = Promise.resolve([unavailable]);
  } else {
    const job = jobInputFor(parsed.target);
    remote = options.agents.checkFrom(locations, job, options.deadlineMs, (v) => {
      rows.set(v.location, v);
      emit();
    });
  }
  const publicProbes =
    wantsGlobalping && parsed.ok && options.globalping
      ? options.globalping.check(parsed.target, options.deadlineMs).then((found) => {
          publicRows = found;
          emit();
          return found;
        })
      : Promise.resolve([]);
  const [local, others, fromPublic] = await Promise.all([localPromise, remote, publicProbes]);
  const vantages = [localVantage(local), ...others, ...fromPublic];
  // A probe's HTTP row, when it answered, stands for that probe (its TCP row is not counted twice).
  return { local, vantages, consensus: consensusOf(consensusRows(vantages)) };
}
