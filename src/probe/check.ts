/**
 * The check orchestrator: parse → DNS → vet → TCP → TLS (when HTTPS) → HTTP or Xtream →
 * alternatives (when refused or silent) → verdict. One overall deadline (an AbortController all
 * stages listen to) so a result always arrives; `onProgress` gets a copy of the partial result
 * after every stage. Connections only ever go to addresses that passed the policy.
 */
import { performance } from 'node:perf_hooks';
import type { Config } from '../config';
import { DEFAULT_ALTERNATIVE_PORTS, probeAlternatives } from './alternatives';
import { ProbeDeadlineError, type NetworkFailure } from './classify';
import { resolveTarget, vetAddresses } from './dns';
import { httpStage, type HttpOutcome } from './http';
import { DEFAULT_BANNER_MS, identifyService } from './identify';
import { checkAddress, checkName, policyFromConfig, type ProbePolicy } from './policy';
import { runGameStage } from './game/stage';
import { isGameProtocol } from './protocols';
import { parseTarget } from './target';
import { sniffPort, tcpStage } from './tcp';
import { tlsStage } from './tls';
import type { CheckResult, Protocol, ResolvedAddress, StageName, StageResult, Target } from './types';
import { articleFor, serviceDetail, usesTls, verdictSentence, type SentenceContext } from './verdicts';
import { xtreamStage } from './xtream';

export interface CheckTimeouts {
  dnsMs: number;
  tcpMs: number;
  tlsMs: number;
  httpMs: number;
  deadlineMs: number;
  /** Auto mode on a port with no known protocol: how long to listen for a greeting (default 1500, at most tcpMs). */
  bannerMs?: number;
}

export interface CheckOptions {
  /** `auto` (default) lets the target decide (scheme, port, Xtream path). */
  protocol?: Protocol;
  policy: ProbePolicy;
  /** PROBE_DNS_SERVERS; empty or absent: the system's resolvers. */
  dnsServers?: string[];
  timeouts: CheckTimeouts;
  /** Most body bytes read from an HTTP answer. */
  maxBytes: number;
  /** Ports tried when the asked one is refused or silent; default DEFAULT_ALTERNATIVE_PORTS. [] disables. */
  alternativePorts?: number[];
  /** Extra trusted CA certificates (PEM). */
  ca?: string[];
  /** Who reads the sentences: `chat` (default; Discord and the console) or `cli` (names --allow-private). */
  audience?: 'chat' | 'cli';
}

export function checkOptionsFromConfig(config: Config, overrides: Partial<CheckOptions> = {}): CheckOptions {
  return {
    protocol: 'auto',
    policy: policyFromConfig(config),
    dnsServers: config.PROBE_DNS_SERVERS,
    timeouts: {
      dnsMs: config.PROBE_DNS_TIMEOUT_MS,
      tcpMs: config.PROBE_TCP_TIMEOUT_MS,
      tlsMs: config.PROBE_TLS_TIMEOUT_MS,
      httpMs: config.PROBE_HTTP_TIMEOUT_MS,
      deadlineMs: config.PROBE_DEADLINE_MS,
    },
    maxBytes: config.PROBE_MAX_BYTES,
    ...overrides,
  };
}

export const CREDENTIALS_NOTE = "Don't paste passwords in a channel — I removed them and checked without them.";

/** A stage that times out this close to the deadline was cut short by it. */
const DEADLINE_SLACK_MS = 10;

/** Extra time after the deadline before the result is forced out (stages should stop well before). */
const DEADLINE_GRACE_MS = 500;

function emptyResult(): CheckResult {
  return { target: null, verdict: 'ok', article: null, sentence: 'Checking…', stages: [], addresses: [], alternatives: [], notes: [], ms: 0 };
}

function clone(result: CheckResult): CheckResult {
  return structuredClone(result);
}

class Run {
  readonly result = emptyResult();
  readonly started = performance.now();
  readonly controller = new AbortController();
  finished = false;
  concluded = false;
  private sentence: SentenceContext = { verdict: 'ok' };

  constructor(
    readonly input: string,
    readonly options: CheckOptions,
    readonly onProgress?: (partial: CheckResult) => void,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  elapsed(): number {
    return Math.round(performance.now() - this.started);
  }

  remaining(): number {
    return this.options.timeouts.deadlineMs - (performance.now() - this.started);
  }

  /** A stage timeout, never past the overall deadline. */
  cap(ms: number): number {
    return Math.max(1, Math.min(ms, Math.floor(this.remaining())));
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

  /** The deadline fired, or a stage timeout capped by it ran out a moment before it did. */
  get deadlineHit(): boolean {
    const reason: unknown = this.signal.reason;
    return (this.signal.aborted && reason instanceof ProbeDeadlineError) || this.remaining() <= DEADLINE_SLACK_MS;
  }

  /** Set the final verdict; the sentence comes from the accumulated context. */
  conclude(verdict: CheckResult['verdict'], context: Partial<SentenceContext> = {}): void {
    const t = this.result.target;
    this.sentence = {
      ...this.sentence,
      verdict,
      ...(t ? { host: t.displayHost, port: t.port, protocol: t.protocol, path: t.path } : {}),
      ...context,
    };
    if (this.deadlineHit && verdict === 'timeout') {
      this.sentence.deadline = true;
      this.sentence.deadlineMs = this.options.timeouts.deadlineMs;
    }
    this.concluded = true;
    this.result.verdict = verdict;
    this.result.article = articleFor(verdict, { httpStatus: this.result.httpStatus, protocol: t?.protocol });
    this.result.sentence = verdictSentence(this.sentence);
  }

  fromFailure(failure: NetworkFailure, stage: StageName, timeoutMs: number, extra: Partial<SentenceContext> = {}): void {
    this.conclude(failure.verdict, { stage, detail: failure.detail, code: failure.code, timeoutMs, ...extra });
  }

  final(): CheckResult {
    this.result.ms = this.elapsed();
    const out = clone(this.result);
    this.finished = true;
    return out;
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
      if (!run.concluded) {
        const stage = run.result.stages.at(-1)?.name;
        run.conclude('timeout', { stage, timeoutMs: deadlineMs });
      }
      resolve(run.final());
    }, deadlineMs + DEADLINE_GRACE_MS);
  });
  try {
    return await Promise.race([
      pipeline(run).then(
        () => run.final(),
        (err: unknown) => {
          // A bug, not a network outcome: say so without crashing the caller.
          run.result.notes.push(`Internal error while checking: ${err instanceof Error ? err.message.slice(0, 200) : String(err)}`);
          if (!run.concluded) {
            if (run.result.target) run.conclude('timeout', { stage: run.result.stages.at(-1)?.name, timeoutMs: deadlineMs });
            else run.conclude('invalid', { invalidError: 'the target could not be processed' });
          }
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

async function pipeline(run: Run): Promise<void> {
  const { options, result } = run;
  const t = options.timeouts;

  // 1. Parse.
  const parsed = parseTarget(run.input, options.protocol ?? 'auto');
  if (!parsed.ok) {
    run.conclude('invalid', { invalidError: parsed.error });
    return;
  }
  const target = parsed.target;
  result.target = target;
  if (target.hadCredentials) result.notes.push(CREDENTIALS_NOTE);
  // An international name can imitate another; say which ASCII name was really checked.
  if (!target.isIp && target.displayHost !== target.host) result.notes.push(`${target.displayHost} is an international name; I checked ${target.host}.`);
  if (target.portAssumed) {
    const scheme = isGameProtocol(target.protocol) ? target.protocol : target.protocol === 'tcp' ? 'TCP' : usesTls(target) ? 'https://' : 'http://';
    result.notes.push(`No port given: I checked port ${target.port}, the default for ${scheme}.`);
  }
  run.progress();

  // A single-label name is refused before it is looked up (unless private targets are allowed).
  const name = checkName(target.host, target.isIp, options.policy);
  if (!name.allowed) {
    run.conclude('blocked', { blockedReason: name.reason, blockedHint: options.audience ?? 'chat' });
    return;
  }

  // 2. DNS.
  const dnsTimeout = run.cap(t.dnsMs);
  const dns = await resolveTarget(target.host, { servers: options.dnsServers, timeoutMs: dnsTimeout, signal: run.signal });
  run.addStage({ name: 'dns', ok: dns.ok, ms: dns.ms, detail: dns.detail });
  if (!dns.ok) {
    if (run.deadlineHit) run.conclude('timeout', { stage: 'dns', timeoutMs: t.deadlineMs });
    else run.conclude(dns.verdict, { stage: 'dns', detail: dns.detail, code: dns.code });
    return;
  }
  result.addresses = dns.addresses.map((a) => ({ ...a }));

  // 3. Vet: a refused address means no connection at all.
  const vetted = vetAddresses(dns.addresses, options.policy);
  if (!vetted.ok) {
    // Would PROBE_ALLOW_PRIVATE open it? Then say how, for people checking their own servers.
    const decision = vetted.address === undefined ? null : checkAddress(vetted.address, options.policy);
    const hinted = decision !== null && !decision.allowed && decision.hint === 'allow-private';
    run.conclude('blocked', { blockedReason: vetted.reason, ...(hinted ? { blockedHint: options.audience ?? 'chat' } : {}) });
    return;
  }
  run.progress();

  // Game protocols ask their own status question (TCP or UDP) instead of the stages below.
  if (isGameProtocol(target.protocol)) {
    await runGameStage(run, vetted.addresses, target);
    return;
  }

  // 4. TCP.
  const tcpTimeout = run.cap(t.tcpMs);
  const tcp = await tcpStage(vetted.addresses, target.port, { timeoutMs: tcpTimeout, signal: run.signal });
  for (const s of tcp.stages) run.addStage(s);
  result.notes.push(...tcp.notes);
  if (!tcp.address) {
    const failure = tcp.failure!;
    run.fromFailure(failure, 'tcp', tcpTimeout);
    run.progress();
    if ((failure.verdict === 'refused' || failure.verdict === 'timeout') && wantsAlternatives(target, options)) {
      await alternatives(run, vetted.addresses, target);
    }
    return;
  }
  run.progress();
  const address = tcp.address;

  if (target.protocol === 'tcp') {
    // Asked for TCP: the connection is the answer. Inferred (auto, unknown port): find out what answers.
    if ((options.protocol ?? 'auto') === 'auto') await identify(run, address, target);
    else run.conclude('ok', { family: address.family });
    return;
  }

  // 5. TLS.
  const tls = usesTls(target);
  if (tls) {
    const tlsTimeout = run.cap(t.tlsMs);
    const outcome = await tlsStage({
      address,
      port: target.port,
      host: target.host,
      isIp: target.isIp,
      timeoutMs: tlsTimeout,
      signal: run.signal,
      ca: options.ca,
    });
    if (outcome.certificate) result.certificate = outcome.certificate;
    run.addStage({ name: 'tls', ok: outcome.ok, ms: outcome.ms, detail: outcome.detail });
    if (!outcome.ok) {
      const failure = outcome.failure!;
      if (failure.verdict === 'tls-certificate') {
        run.conclude('tls-certificate', { stage: 'tls', certReason: failure.reason, certDetail: failure.detail, code: failure.code });
        return;
      }
      if (failure.verdict !== 'timeout' || !run.deadlineHit) {
        // Explain a failed handshake: does the port answer plain HTTP, SSH, something else?
        const sniff = await sniffPort(address, target.port, {
          timeoutMs: run.cap(Math.min(2000, t.tlsMs)),
          signal: run.signal,
          payload: `HEAD / HTTP/1.0\r\nHost: ${target.host}\r\nUser-Agent: netmedic-check\r\n\r\n`,
        });
        if (sniff.kind === 'http') {
          run.result.stages.at(-1)!.detail = `handshake failed: the port answered in plain HTTP (${failure.code})`;
          run.conclude('tls-protocol', { stage: 'tls', mismatch: 'plain-http', detail: failure.detail, code: failure.code });
          return;
        }
        if (sniff.kind === 'ssh' || (sniff.kind === 'other' && failure.verdict === 'tls-protocol')) {
          run.conclude('not-http', { stage: 'tls', spoke: sniff.kind === 'ssh' ? 'ssh' : 'other', banner: sniff.firstLine });
          return;
        }
      }
      run.fromFailure(failure, 'tls', tlsTimeout);
      return;
    }
    run.progress();
  }

  // 6. HTTP or Xtream.
  const httpTimeout = run.cap(t.httpMs);
  const common = {
    address,
    port: target.port,
    host: target.host,
    isIp: target.isIp,
    tls,
    maxBytes: options.maxBytes,
    timeoutMs: httpTimeout,
    signal: run.signal,
    ca: options.ca,
    detectTls: !tls,
  };
  let http: HttpOutcome;
  let stageName: StageName;
  let panel: 'found' | 'missing' | undefined;
  let detail: string;
  let stageOk: boolean;
  if (target.protocol === 'xtream') {
    const x = await xtreamStage(common);
    http = x.http;
    stageName = 'xtream';
    panel = x.interpretation ? (x.interpretation.panel ? 'found' : 'missing') : undefined;
    detail = x.detail;
    stageOk = x.ok;
  } else {
    http = await httpStage({ ...common, path: target.path || '/', method: 'GET' });
    stageName = 'http';
    detail = http.detail;
    stageOk = http.ok;
  }
  run.addStage({ name: stageName, ok: stageOk, ms: http.ms, detail });
  if (http.status !== undefined) result.httpStatus = http.status;
  if (http.location) result.notes.push(`Redirects to ${http.location.slice(0, 300)}; not followed.`);

  if (http.status === undefined) {
    const failure = http.failure!;
    const extra: Partial<SentenceContext> = {};
    if (failure.code === 'TLS_ON_PLAIN_PORT') extra.mismatch = 'tls';
    if (failure.verdict === 'not-http') {
      extra.spoke = http.spoke === 'ssh' ? 'ssh' : 'other';
      extra.banner = http.banner ?? null;
    }
    run.fromFailure(failure, stageName, httpTimeout, extra);
    return;
  }
  const statusContext: Partial<SentenceContext> = {
    stage: stageName,
    httpStatus: http.status,
    statusText: http.statusText,
    ttfbMs: http.ttfbMs,
    location: http.location,
    detail,
  };
  if (stageName === 'xtream') {
    if (panel === 'found') run.conclude('ok', { ...statusContext, panel });
    else {
      result.notes.push('No Xtream panel at this URL: /player_api.php did not answer like a panel.');
      run.conclude('http-status', { ...statusContext, panel });
    }
    return;
  }
  run.conclude(http.status >= 400 ? 'http-status' : 'ok', statusContext);
}

/** Auto mode on a port with no known protocol: banner, then TLS and HTTP; the verdict says what answered. */
async function identify(run: Run, address: ResolvedAddress, target: Target): Promise<void> {
  const t = run.options.timeouts;
  const bannerMs = run.cap(Math.min(t.bannerMs ?? DEFAULT_BANNER_MS, t.tcpMs));
  const after = (ms: number) => Math.max(1, Math.min(ms, Math.floor(run.remaining()) - bannerMs));
  const found = await identifyService({
    address,
    port: target.port,
    host: target.host,
    isIp: target.isIp,
    bannerMs,
    tlsMs: after(t.tlsMs),
    httpMs: after(t.httpMs),
    signal: run.signal,
    ca: run.options.ca,
  });
  const service = found.service;
  run.result.service = service;
  if (found.certificate) run.result.certificate = found.certificate;
  const answered = service.kind === 'banner' || service.kind === 'tls' || service.kind === 'http';
  run.addStage({ name: 'service', ok: answered, ms: found.ms, detail: serviceDetail(service, found.certificate) });
  if (!answered && (run.deadlineHit || (found.failure && found.failure.verdict !== 'timeout'))) {
    if (run.deadlineHit) run.conclude('timeout', { stage: 'service', timeoutMs: t.deadlineMs });
    else run.fromFailure(found.failure!, 'service', bannerMs);
    return;
  }
  switch (service.kind) {
    case 'http':
      if (service.httpStatus !== undefined) run.result.httpStatus = service.httpStatus;
      run.conclude(service.httpStatus !== undefined && service.httpStatus >= 400 ? 'http-status' : 'ok', {
        service,
        httpStatus: service.httpStatus,
        stage: 'service',
      });
      return;
    case 'banner':
    case 'tls':
      run.conclude('ok', { service, certSubject: found.certificate?.subject });
      return;
    case 'silent':
      run.conclude('silent', { service, stage: 'service' });
      return;
    case 'closed':
      run.conclude('closed-on-accept', { service, stage: 'service' });
      return;
    case 'reset':
      run.conclude('reset', { service, stage: 'service' });
      return;
  }
}

/** Not for an explicit TCP check (the user asked about that port only), nor with an empty port list. */
function wantsAlternatives(target: Target, options: CheckOptions): boolean {
  if (options.alternativePorts && options.alternativePorts.length === 0) return false;
  if ((options.protocol ?? 'auto') === 'tcp') return false;
  return target.protocol !== 'tcp' || (options.protocol ?? 'auto') === 'auto';
}

async function alternatives(run: Run, addresses: ResolvedAddress[], target: Target): Promise<void> {
  const left = run.remaining();
  if (left < 200) return;
  const address = addresses[0]!;
  const results = await probeAlternatives({
    address,
    port: target.port,
    host: target.host,
    ports: run.options.alternativePorts ?? DEFAULT_ALTERNATIVE_PORTS,
    timeoutMs: run.cap(Math.min(run.options.timeouts.tcpMs, 3000)),
    signal: run.signal,
  });
  run.result.alternatives = results;
}

// Exposed for the renderer's tests and other callers that need to show pending stages.
export { plannedStages } from './verdicts';
