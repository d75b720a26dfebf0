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
import type { StageName, Target, Verdict, VerdictFacts } from './types';
import { articleFor } from './verdicts';
import { failureFacts } from './verdict-facts';
// TEMPORARY (until the line check reports facts like the check does): its English words come from
// the renderer. The line check's own helper moves them out; see issue 9.
import { dnsFailureText, stageDetail, targetProblemText, verdictSentence } from '../render/check-words';
import { englishMessages } from '../render/i18n/messages';
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
  /** For verdicts other than ok: the verdict in one sentence. */
  sentence: string;
  account: LineAccount | null;
  server: PanelServerInfo | null;
  serverDifferences: ServerInfoDifference[];
  categories: CategoryCount[];
  stages: LineStage[];
  httpStatus?: number;
  /** Why a 2xx answer was not a panel answer: html, not-json, no-user-info, empty. */
  notPanel?: string;
  notes: string[];
  ms: number;
}

/** A stage line of the line check (its words are English until it reports facts). */
export interface LineStage {
  name: StageName;
  ok: boolean;
  ms: number;
  detail: string;
  family?: 4 | 6;
}

export const MAX_CREDENTIAL_LENGTH = 200;

const LINE_ARTICLE = 'iptv-account';
const NO_PANEL_ARTICLE = 'iptv-xtream';

/** Problems with the typed credentials, as a sentence that never repeats them. */
export function credentialProblem(c: LineCredentials): string | null {
  for (const [name, value] of [['username', c.username], ['password', c.password]] as const) {
    if (value.length === 0) return `The ${name} is empty.`;
    if (value.length > MAX_CREDENTIAL_LENGTH) return `The ${name} is longer than ${MAX_CREDENTIAL_LENGTH} characters.`;
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(value)) return `The ${name} contains control characters (a stray line break?).`;
  }
  return null;
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
    result.notes.push(`Internal error while checking: ${err instanceof Error ? err.message.slice(0, 200) : 'unknown'}`);
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
  const en = englishMessages();
  const fail = (facts: VerdictFacts) => {
    result.verdict = facts.verdict;
    result.article = articleFor(facts.verdict, { httpStatus: result.httpStatus, protocol: 'xtream' });
    result.sentence = verdictSentence(en, facts);
  };
  const invalid = (text: string) => {
    result.verdict = 'invalid';
    result.article = null;
    result.sentence = `I couldn't read that as a server to check: ${text}.`.replace(/\.\.$/, '.');
  };

  const problem = credentialProblem(credentials);
  if (problem) return invalid(problem.replace(/\.$/, ''));
  const parsed = parseTarget(url, 'xtream');
  if (!parsed.ok) return invalid(targetProblemText(en, parsed.problem));
  const target = parsed.target;
  result.target = target;
  if (target.hadCredentials) result.notes.push('The server URL held credentials: I ignored them and used only the username and password fields.');

  const dns = await resolveTarget(target.host, { servers: options.dnsServers, timeoutMs: t.dnsMs, signal });
  const where = { host: target.displayHost, port: target.port };
  result.stages.push({ name: 'dns', ok: dns.ok, ms: dns.ms, detail: dns.ok ? stageDetail(en, { name: 'dns', ok: true, ms: dns.ms, facts: dns.facts }) : dnsFailureText(en, dns.facts.failure) });
  if (!dns.ok) return fail({ ...where, verdict: dns.verdict, failure: dns.facts.failure });
  const vetted = vetAddresses(dns.addresses, options.policy);
  if (!vetted.ok) {
    result.verdict = 'blocked';
    result.article = null;
    result.sentence = verdictSentence(en, { verdict: 'blocked', host: target.displayHost, block: vetted.block, privateHint: false });
    return;
  }

  const tcp = await tcpStage(vetted.addresses, target.port, { timeoutMs: t.tcpMs, signal });
  result.stages.push(...tcp.stages.map((s) => ({ name: s.name, ok: s.ok, ms: s.ms, ...(s.name === 'tcp' && s.family ? { family: s.family } : {}), detail: stageDetail(en, s) })));
  const connected = tcp.address;
  if (!connected) {
    return fail(failureFacts(tcp.failure ?? { verdict: 'network-unreachable', code: 'ENOADDRESS', kind: 'no-local-address' }, 'tcp', where, t.tcpMs));
  }
  const request = (path: string) =>
    httpStage({
      address: connected,
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
  const httpLine = stageDetail(en, { name: 'http', ok: http.ok, ms: http.ms, facts: http.facts });
  if (http.status === undefined || http.facts.kind === 'failed') {
    result.stages.push({ name: 'xtream', ok: false, ms: http.ms, detail: httpLine });
    const f = http.facts.kind === 'failed' ? http.facts.failure : { verdict: 'not-http' as const, code: 'NONE', kind: 'not-http' as const };
    const facts = failureFacts(f, 'xtream', where, t.httpMs);
    return fail(facts.verdict === 'not-http' ? { ...facts, spoke: http.spoke === 'ssh' ? 'ssh' : 'other', banner: http.banner ?? null } : facts);
  }
  if (http.status >= 300) {
    result.stages.push({ name: 'xtream', ok: false, ms: http.ms, detail: httpLine });
    return fail({ ...where, verdict: 'http-status', protocol: 'xtream', status: http.status, ...(http.statusText ? { statusText: http.statusText } : {}), path: '/player_api.php', ...(http.location ? { location: http.location } : {}) });
  }
  const answer = interpretLineAnswer(http.contentType, bodyText(http), now());
  if (answer.kind === 'not-panel') {
    result.notPanel = answer.why;
    result.stages.push({ name: 'xtream', ok: false, ms: http.ms, detail: `HTTP ${http.status}, but no panel answer (${answer.why})` });
    fail({ ...where, verdict: 'http-status', protocol: 'xtream', status: http.status, ...(http.statusText ? { statusText: http.statusText } : {}), path: '/player_api.php', xtream: { panel: false, why: answer.why, status: http.status } });
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
