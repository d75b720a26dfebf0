/**
 * The private Xtream line check: with the username and password someone typed into a private
 * form, ask their panel about their line (`player_api.php`), then whether the live, VOD and
 * series category lists load. Same path as a check: parse the URL (credentials in it are
 * dropped), resolve, vet every address with the probe policy, connect only to the vetted
 * literal (undici with the pinned connector), stage timeouts, one overall deadline, byte caps.
 *
 * It composes the probe engine's stages (src/probe) and records their facts only: the verdict's
 * and each stage's, worded per locale by render/xtream-line.ts, and in the English of the CLI's
 * --json contract by render/line-json.ts. The typed result and the credential checks are
 * src/probe/line-check.ts.
 *
 * The credentials appear in exactly one place: the request path sent to the vetted address.
 * They are never logged, never copied into the result, and the finished result is scrubbed of
 * them anyway (a panel may echo them in an error page or a redirect).
 */
import { monotonicMs } from '../util/monotonic';
import type { CheckOptions } from '../probe/check';
import { ProbeDeadlineError } from '../probe/classify';
import { resolveTarget, vetAddresses } from '../probe/dns';
import { httpStage, type HttpOutcome } from '../probe/http';
import { parseTarget } from '../probe/target';
import { tcpStage } from '../probe/tcp';
import type { StageResult, VerdictFacts } from '../probe/types';
import { articleFor } from '../probe/verdicts';
import { failureFacts } from '../probe/verdict-facts';
import { CATEGORY_ACTIONS, countCategories, interpretLineAnswer, serverInfoDifferences, type CategoryKind } from '../probe/xtream-line';
import { credentialIssue, LINE_ARTICLE, linePath, NO_PANEL_ARTICLE, scrubSecrets, type LineCheckResult, type LineCredentials, type LineStage, type LineStageFacts } from '../probe/line-check';

export * from '../probe/line-check';

/** A stage line from its facts. */
function lineStage(name: LineStage['name'], ok: boolean, ms: number, facts: LineStageFacts, family?: 4 | 6): LineStage {
  return { name, ok, ms, ...(family ? { family } : {}), facts };
}

function engineStage(stage: StageResult): LineStage {
  return lineStage(stage.name, stage.ok, stage.ms, { kind: 'stage', stage }, stage.name === 'tcp' ? stage.family : undefined);
}

function empty(): LineCheckResult {
  return { target: null, verdict: 'ok', state: null, article: null, account: null, server: null, serverDifferences: [], categories: [], stages: [], notes: [], ms: 0 };
}

/** Run the line check. Never throws; the result arrives by the check deadline. */
export async function runLineCheck(url: string, credentials: LineCredentials, options: CheckOptions, now: () => number = Date.now): Promise<LineCheckResult> {
  const started = monotonicMs();
  const controller = new AbortController();
  const deadlineMs = options.timeouts.deadlineMs;
  const timer = setTimeout(() => controller.abort(new ProbeDeadlineError(deadlineMs)), deadlineMs);
  const result = empty();
  try {
    await lineCheck(url, credentials, options, controller.signal, result, now);
  } catch (err) {
    result.notes.push({ kind: 'internal-error', error: err instanceof Error ? err.message.slice(0, 200) : 'unknown' });
    if (result.verdict === 'ok' && result.state === null) {
      result.verdict = 'timeout';
      if (result.target) {
        result.facts = { verdict: 'timeout', host: result.target.displayHost, port: result.target.port, timeoutMs: deadlineMs, deadline: controller.signal.aborted };
      }
    }
  } finally {
    clearTimeout(timer);
    if (!controller.signal.aborted) controller.abort(new Error('line check finished'));
  }
  result.ms = Math.round(monotonicMs() - started);
  return scrubSecrets(result, [credentials.password, credentials.username]);
}

async function lineCheck(url: string, credentials: LineCredentials, options: CheckOptions, signal: AbortSignal, result: LineCheckResult, now: () => number): Promise<void> {
  const t = options.timeouts;
  const fail = (facts: VerdictFacts) => {
    result.verdict = facts.verdict;
    result.article = facts.verdict === 'invalid' || facts.verdict === 'blocked' ? null : articleFor(facts.verdict, { httpStatus: result.httpStatus, protocol: 'xtream' });
    result.facts = facts;
  };

  const issue = credentialIssue(credentials);
  if (issue) {
    result.credential = issue;
    result.verdict = 'invalid';
    return;
  }
  const parsed = parseTarget(url, 'xtream');
  if (!parsed.ok) return fail({ verdict: 'invalid', problem: parsed.problem });
  const target = parsed.target;
  result.target = target;
  if (target.hadCredentials) result.notes.push({ kind: 'credentials-in-url' });

  const dns = await resolveTarget(target.host, { servers: options.dnsServers, timeoutMs: t.dnsMs, signal });
  const where = { host: target.displayHost, port: target.port };
  result.stages.push(engineStage({ name: 'dns', ok: dns.ok, ms: dns.ms, facts: dns.facts }));
  if (!dns.ok) return fail({ ...where, verdict: dns.verdict, failure: dns.facts.failure });
  const vetted = vetAddresses(dns.addresses, options.policy);
  if (!vetted.ok) return fail({ verdict: 'blocked', host: target.displayHost, block: vetted.block, privateHint: false });

  const tcp = await tcpStage(vetted.addresses, target.port, { timeoutMs: t.tcpMs, signal });
  result.stages.push(...tcp.stages.map(engineStage));
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
  const httpLine = (): LineStage => lineStage('xtream', false, http.ms, { kind: 'stage', stage: { name: 'http', ok: http.ok, ms: http.ms, facts: http.facts } });
  if (http.status === undefined || http.facts.kind === 'failed') {
    result.stages.push(httpLine());
    const f = http.facts.kind === 'failed' ? http.facts.failure : { verdict: 'not-http' as const, code: 'NONE', kind: 'not-http' as const };
    const facts = failureFacts(f, 'xtream', where, t.httpMs);
    return fail(facts.verdict === 'not-http' ? { ...facts, spoke: http.spoke === 'ssh' ? 'ssh' : 'other', banner: http.banner ?? null } : facts);
  }
  if (http.status >= 300) {
    result.stages.push(httpLine());
    return fail({ ...where, verdict: 'http-status', protocol: 'xtream', status: http.status, ...(http.statusText ? { statusText: http.statusText } : {}), path: '/player_api.php', ...(http.location ? { location: http.location } : {}) });
  }
  const answer = interpretLineAnswer(http.contentType, bodyText(http), now());
  if (answer.kind === 'not-panel') {
    result.notPanel = answer.why;
    result.stages.push(lineStage('xtream', false, http.ms, { kind: 'not-panel', status: http.status, why: answer.why }));
    fail({ ...where, verdict: 'http-status', protocol: 'xtream', status: http.status, ...(http.statusText ? { statusText: http.statusText } : {}), path: '/player_api.php', xtream: { panel: false, why: answer.why, status: http.status } });
    result.article = NO_PANEL_ARTICLE;
    return;
  }
  result.stages.push(lineStage('xtream', true, http.ms, { kind: 'panel-answered', ms: http.ttfbMs ?? http.ms }));
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
    result.stages.push(lineStage('xtream', c.ok, lists[i]!.ms, { kind: 'category', category: c }));
  }
}

function bodyText(http: HttpOutcome): string {
  return (http.body ?? Buffer.alloc(0)).toString('utf8');
}
