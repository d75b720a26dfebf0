/**
 * The private Xtream line check: with the username and password someone typed into a private
 * form, ask their panel about their line (`player_api.php`), then whether the live, VOD and
 * series category lists load. Same path as a check: parse the URL (credentials in it are
 * dropped), resolve, vet every address with the probe policy, connect only to the vetted
 * literal (undici with the pinned connector), stage timeouts, one overall deadline, byte caps.
 *
 * The credentials appear in exactly one place: the request path sent to the vetted address.
 * They are never logged, never copied into the result, and the finished result is scrubbed of
 * them anyway (a panel may echo them in an error page or a redirect).
 */
import { performance } from 'node:perf_hooks';
import type { CheckOptions } from './check';
import { ProbeDeadlineError } from './classify';
import { resolveTarget, vetAddresses } from './dns';
import { httpStage, type HttpOutcome } from './http';
import { parseTarget } from './target';
import { tcpStage } from './tcp';
import type { StageResult, Target, Verdict } from './types';
import { articleFor, verdictSentence, type SentenceContext } from './verdicts';
import {
  CATEGORY_ACTIONS,
  countCategories,
  interpretLineAnswer,
  serverInfoDifferences,
  type CategoryCount,
  type CategoryKind,
  type LineAccount,
  type LineState,
  type PanelServerInfo,
  type ServerInfoDifference,
} from './xtream-line';

/** Something worth telling about the check itself, as data (render/xtream-line.ts words it). */
export type LineNote = { kind: 'credentials-in-url' } | { kind: 'internal-error'; error: string };

export interface LineCredentials {
  username: string;
  password: string;
}

export interface LineCheckResult {
  /** The panel as checked (no credentials); null when the URL could not be read. */
  target: Target | null;
  /** `ok` when the panel answered about the line (see `state`); otherwise why it did not. */
  verdict: Verdict;
  state: LineState | null;
  article: string | null;
  /** For verdicts other than ok: the verdict in one sentence (English). */
  sentence: string;
  /** Set when the typed username or password was refused before anything was sent. */
  credential?: CredentialIssue;
  account: LineAccount | null;
  server: PanelServerInfo | null;
  serverDifferences: ServerInfoDifference[];
  categories: CategoryCount[];
  stages: StageResult[];
  httpStatus?: number;
  /** Why a 2xx answer was not a panel answer: html, not-json, no-user-info, empty. */
  notPanel?: string;
  notes: LineNote[];
  ms: number;
}

export const MAX_CREDENTIAL_LENGTH = 200;

const LINE_ARTICLE = 'iptv-account';
const NO_PANEL_ARTICLE = 'iptv-xtream';

/** What is wrong with a typed credential, as data (never the value itself). */
export type CredentialIssue =
  | { field: 'username' | 'password'; kind: 'empty' }
  | { field: 'username' | 'password'; kind: 'too-long'; max: number }
  | { field: 'username' | 'password'; kind: 'control' };

export function credentialIssue(c: LineCredentials): CredentialIssue | null {
  for (const [field, value] of [['username', c.username], ['password', c.password]] as const) {
    if (value.length === 0) return { field, kind: 'empty' };
    if (value.length > MAX_CREDENTIAL_LENGTH) return { field, kind: 'too-long', max: MAX_CREDENTIAL_LENGTH };
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(value)) return { field, kind: 'control' };
  }
  return null;
}

/** The issue as the English sentence of the verdict and the CLI (the bot words it per locale in render/xtream-line.ts). */
export function credentialProblem(c: LineCredentials): string | null {
  const issue = credentialIssue(c);
  if (!issue) return null;
  if (issue.kind === 'empty') return `The ${issue.field} is empty.`;
  if (issue.kind === 'too-long') return `The ${issue.field} is longer than ${issue.max} characters.`;
  return `The ${issue.field} contains control characters (a stray line break?).`;
}

export function linePath(c: LineCredentials, action?: string): string {
  const query = `username=${encodeURIComponent(c.username)}&password=${encodeURIComponent(c.password)}`;
  return `/player_api.php?${query}${action ? `&action=${action}` : ''}`;
}

/** Replace every occurrence of the secrets (raw and URL-encoded) in every string of `value`. */
export function scrubSecrets<T>(value: T, secrets: string[]): T {
  const needles = [...new Set(secrets.flatMap((s) => [s, encodeURIComponent(s)]).filter((s) => s.length >= 3))].sort((a, b) => b.length - a.length);
  if (needles.length === 0) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return needles.reduce((acc, n) => acc.split(n).join('…'), v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}

function empty(): LineCheckResult {
  return { target: null, verdict: 'ok', state: null, article: null, sentence: '', account: null, server: null, serverDifferences: [], categories: [], stages: [], notes: [], ms: 0 };
}

/** Run the line check. Never throws; the result arrives by the check deadline. */
export async function runLineCheck(url: string, credentials: LineCredentials, options: CheckOptions, now: () => number = Date.now): Promise<LineCheckResult> {
  const started = performance.now();
  const controller = new AbortController();
  const deadlineMs = options.timeouts.deadlineMs;
  const timer = setTimeout(() => controller.abort(new ProbeDeadlineError(deadlineMs)), deadlineMs);
  const result = empty();
  try {
    await lineCheck(url, credentials, options, controller.signal, result, now);
  } catch (err) {
    result.notes.push({ kind: 'internal-error', error: err instanceof Error ? err.message.slice(0, 200) : 'unknown' });
    if (result.verdict === 'ok' && result.state === null) result.verdict = 'timeout';
  } finally {
    clearTimeout(timer);
    if (!controller.signal.aborted) controller.abort(new Error('line check finished'));
  }
  result.ms = Math.round(performance.now() - started);
  return scrubSecrets(result, [credentials.password, credentials.username]);
}

async function lineCheck(url: string, credentials: LineCredentials, options: CheckOptions, signal: AbortSignal, result: LineCheckResult, now: () => number): Promise<void> {
  const t = options.timeouts;
  const fail = (verdict: Verdict, context: Partial<SentenceContext> = {}) => {
    const target = result.target;
    result.verdict = verdict;
    result.article = articleFor(verdict, { httpStatus: result.httpStatus, protocol: 'xtream' });
    result.sentence = verdictSentence({
      verdict,
      ...(target ? { host: target.displayHost, port: target.port, protocol: 'xtream' as const, path: '/player_api.php' } : {}),
      ...context,
    });
  };

  const issue = credentialIssue(credentials);
  if (issue) {
    result.credential = issue;
    return fail('invalid', { invalidError: credentialProblem(credentials)!.replace(/\.$/, '') });
  }
  const parsed = parseTarget(url, 'xtream');
  if (!parsed.ok) return fail('invalid', { invalidError: parsed.error });
  const target = parsed.target;
  result.target = target;
  if (target.hadCredentials) result.notes.push({ kind: 'credentials-in-url' });

  const dns = await resolveTarget(target.host, { servers: options.dnsServers, timeoutMs: t.dnsMs, signal });
  result.stages.push({ name: 'dns', ok: dns.ok, ms: dns.ms, detail: dns.detail });
  if (!dns.ok) return fail(dns.verdict, { stage: 'dns', detail: dns.detail, code: dns.code });
  const vetted = vetAddresses(dns.addresses, options.policy);
  if (!vetted.ok) return fail('blocked', { blockedReason: vetted.reason });

  const tcp = await tcpStage(vetted.addresses, target.port, { timeoutMs: t.tcpMs, signal });
  result.stages.push(...tcp.stages);
  if (!tcp.address) {
    const f = tcp.failure!;
    return fail(f.verdict, { stage: 'tcp', detail: f.detail, code: f.code, timeoutMs: t.tcpMs });
  }
  const request = (path: string) =>
    httpStage({
      address: tcp.address!,
      port: target.port,
      host: target.host,
      isIp: target.isIp,
      tls: target.tls ?? false,
      path,
      maxBytes: options.maxBytes,
      keepBody: true,
      method: 'GET',
      timeoutMs: t.httpMs,
      signal,
      ca: options.ca,
      detectTls: !(target.tls ?? false),
    });

  const http = await request(linePath(credentials));
  if (http.status !== undefined) result.httpStatus = http.status;
  if (http.status === undefined) {
    result.stages.push({ name: 'xtream', ok: false, ms: http.ms, detail: http.detail });
    const f = http.failure!;
    return fail(f.verdict, { stage: 'xtream', detail: f.detail, code: f.code, timeoutMs: t.httpMs, spoke: http.spoke === 'ssh' ? 'ssh' : 'other', banner: http.banner ?? null, ...(f.code === 'TLS_ON_PLAIN_PORT' ? { mismatch: 'tls' as const } : {}) });
  }
  if (http.status >= 300) {
    result.stages.push({ name: 'xtream', ok: false, ms: http.ms, detail: http.detail });
    return fail('http-status', { stage: 'xtream', httpStatus: http.status, statusText: http.statusText, location: http.location, detail: http.detail });
  }
  const answer = interpretLineAnswer(http.contentType, bodyText(http), now());
  if (answer.kind === 'not-panel') {
    result.notPanel = answer.why;
    result.stages.push({ name: 'xtream', ok: false, ms: http.ms, detail: `HTTP ${http.status}, but no panel answer (${answer.why})` });
    fail('http-status', { stage: 'xtream', httpStatus: http.status, statusText: http.statusText, detail: `the answer is ${answer.why === 'html' ? 'an HTML page' : answer.why === 'not-json' ? 'not JSON' : answer.why === 'empty' ? 'empty' : 'JSON without user_info'}` });
    result.article = NO_PANEL_ARTICLE;
    return;
  }
  result.stages.push({ name: 'xtream', ok: true, ms: http.ms, detail: `the panel answered about the line in ${http.ttfbMs ?? http.ms} ms` });
  result.verdict = 'ok';
  result.state = answer.state;
  result.account = answer.account;
  result.server = answer.server;
  result.article = answer.state === 'active' ? null : LINE_ARTICLE;
  if (answer.server) result.serverDifferences = serverInfoDifferences(target, answer.server);
  if (answer.state === 'wrong-login') return;

  const kinds = Object.keys(CATEGORY_ACTIONS) as CategoryKind[];
  const lists = await Promise.all(kinds.map((kind) => request(linePath(credentials, CATEGORY_ACTIONS[kind]))));
  result.categories = lists.map((list, i) => {
    const kind = kinds[i]!;
    if (list.status === undefined) return { kind, ok: false, count: null, atLeast: false, problem: list.failure?.verdict ?? 'timeout' };
    return countCategories(kind, list.status, list.contentType, bodyText(list), list.truncated);
  });
  for (const [i, c] of result.categories.entries()) {
    result.stages.push({ name: 'xtream', ok: c.ok, ms: lists[i]!.ms, detail: c.ok ? `${c.kind} categories: ${c.atLeast ? 'at least ' : ''}${c.count}` : `${c.kind} categories did not load (${c.problem})` });
  }
}

function bodyText(http: HttpOutcome): string {
  return (http.body ?? Buffer.alloc(0)).toString('utf8');
}
