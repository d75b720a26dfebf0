/**
 * Verdict → knowledge-base article, and the one sentence a person reads first. Pure.
 *
 * Article decisions:
 * - http-status: 404/410 → http-404; 401/403/407/451 → http-forbidden; 429 → http-429; 5xx →
 *   http-5xx; every other 4xx → http-400 (the server rejects the request itself). A 2xx status
 *   only carries verdict http-status when an Xtream check found no panel there: → iptv-xtream
 *   (wrong URL or port). A 3xx there (redirect not followed) → null.
 * - not-http → null (no article fits "this port speaks another protocol"), except on an Xtream
 *   check where iptv-xtream covers "wrong port".
 * - network-unreachable → network-unreachable; renderers fall back to host-unreachable when the
 *   knowledge base has no such article (ARTICLE_FALLBACKS).
 * - silent → port-silent; closed-on-accept → connection-closed-on-accept (auto mode, a port with
 *   no known protocol: see identify.ts).
 * - ok, blocked, invalid → null.
 */
import type { CertificateReason } from './classify';
import { isGameProtocol } from './protocols';
import type { CertificateInfo, ConcreteProtocol, PortService, ServiceName, StageName, Target, Verdict } from './types';

export interface ArticleContext {
  httpStatus?: number;
  protocol?: ConcreteProtocol;
}

export function articleFor(verdict: Verdict, context: ArticleContext = {}): string | null {
  switch (verdict) {
    case 'refused':
      return 'connection-refused';
    case 'timeout':
      return 'connection-timeout';
    case 'reset':
      return 'connection-reset';
    case 'host-unreachable':
      return 'host-unreachable';
    case 'network-unreachable':
      return 'network-unreachable';
    case 'dns-not-found':
    case 'dns-error':
      return 'dns-failure';
    case 'tls-certificate':
      return 'tls-certificate';
    case 'tls-protocol':
      return 'tls-protocol';
    case 'http-status':
      return httpArticle(context.httpStatus, context.protocol);
    case 'not-http':
      return context.protocol === 'xtream' ? 'iptv-xtream' : null;
    case 'silent':
      return 'port-silent';
    case 'closed-on-accept':
      return 'connection-closed-on-accept';
    case 'udp-refused':
    case 'udp-no-answer':
    case 'game-mismatch':
      return 'game-server';
    case 'ok':
    case 'blocked':
    case 'invalid':
      return null;
  }
}

function httpArticle(status: number | undefined, protocol: ConcreteProtocol | undefined): string | null {
  if (status === undefined) return null;
  if (status >= 500) return 'http-5xx';
  if (status === 429) return 'http-429';
  if ([401, 403, 407, 451].includes(status)) return 'http-forbidden';
  if (status === 404 || status === 410) return 'http-404';
  if (status >= 400) return 'http-400';
  if (status >= 200 && status < 300 && protocol === 'xtream') return 'iptv-xtream';
  return null;
}

/** When an article id is missing from the knowledge base, try these instead (in order). */
export const ARTICLE_FALLBACKS: Readonly<Record<string, readonly string[]>> = {
  'network-unreachable': ['host-unreachable'],
  'http-400': ['http-404'],
  'iptv-xtream': ['http-404'],
  'game-server': ['connection-timeout'],
  'iptv-account': ['iptv-xtream'],
};

/** The article to show: `id` if the lookup knows it, else its first known fallback, else null. */
export function pickArticle(id: string | null, has: (id: string) => boolean): string | null {
  if (id === null) return null;
  if (has(id)) return id;
  for (const alt of ARTICLE_FALLBACKS[id] ?? []) if (has(alt)) return alt;
  return null;
}

/** The stages a check of `target` goes through, in order (for "pending" lines while it runs). */
export function plannedStages(target: Target): StageName[] {
  if (isGameProtocol(target.protocol)) return ['dns', 'game'];
  const stages: StageName[] = ['dns', 'tcp'];
  if (target.protocol === 'tcp') return stages;
  if (usesTls(target)) stages.push('tls');
  stages.push(target.protocol === 'xtream' ? 'xtream' : 'http');
  return stages;
}

/** Whether the check speaks TLS to this target. */
export function usesTls(target: Target): boolean {
  if (target.protocol === 'tcp' || isGameProtocol(target.protocol)) return false;
  return target.tls ?? target.protocol === 'https';
}

export interface SentenceContext {
  verdict: Verdict;
  /** Display host (unicode) and port; absent for invalid input. */
  host?: string;
  port?: number;
  protocol?: ConcreteProtocol;
  path?: string;
  /** The stage that failed. */
  stage?: StageName;
  /** The failure's short text ("refused (ECONNREFUSED)"). */
  detail?: string;
  code?: string;
  timeoutMs?: number;
  /** The overall deadline stopped the check. */
  deadline?: boolean;
  deadlineMs?: number;
  httpStatus?: number;
  statusText?: string;
  ttfbMs?: number;
  certReason?: CertificateReason;
  certDetail?: string;
  /** Protocol mismatch: the port speaks plain HTTP (TLS asked) or TLS (plain asked). */
  mismatch?: 'plain-http' | 'tls';
  /** What a not-HTTP port spoke. */
  spoke?: 'ssh' | 'tls' | 'other';
  banner?: string | null;
  /** Xtream check outcome. */
  panel?: 'found' | 'missing';
  blockedReason?: string;
  /** Private targets would be allowed by PROBE_ALLOW_PRIVATE: say how, for this audience. */
  blockedHint?: 'chat' | 'cli';
  invalidError?: string;
  /** A redirect's target (3xx). */
  location?: string;
  family?: 4 | 6;
  /** Game checks: which game answered or was asked ("Minecraft Java"), and over what. */
  game?: string;
  transport?: 'tcp' | 'udp';
  /** Auto mode, a port with no known protocol: what answered. */
  service?: PortService;
  /** The certificate's subject, when the port spoke TLS. */
  certSubject?: string;
}

const SERVICE_LABELS: Record<ServiceName, string> = {
  ssh: 'SSH',
  smtp: 'SMTP (mail)',
  ftp: 'FTP',
  'smtp-or-ftp': 'SMTP or FTP',
  pop3: 'POP3 (mail)',
  imap: 'IMAP (mail)',
  mysql: 'MySQL / MariaDB',
  redis: 'Redis',
  vnc: 'VNC (remote desktop)',
  telnet: 'telnet',
  http: 'HTTP',
  unknown: 'a protocol I do not recognise',
};

export function serviceLabel(name: ServiceName | undefined): string {
  return SERVICE_LABELS[name ?? 'unknown'];
}

/** The service stage's line: what answered (auto mode, a port with no known protocol). */
export function serviceDetail(s: PortService, certificate?: CertificateInfo): string {
  const quoted = s.banner ? ` ("${s.banner}")` : '';
  switch (s.kind) {
    case 'banner':
      return `speaks ${serviceLabel(s.name)}${quoted}${s.answeredRequest ? ', once asked' : ''}`;
    case 'tls':
      return `speaks TLS${certificate ? `, certificate for ${certificate.subject} by ${certificate.issuer}` : ''}${s.certificateProblem ? ` (${s.certificateProblem})` : ''}`;
    case 'http':
      return `answers HTTP${s.httpStatus !== undefined ? ` ${s.httpStatus}` : ''}`;
    case 'silent':
      return `sent nothing within ${s.bannerMs ?? 0} ms, and answered neither a TLS handshake nor an HTTP request`;
    case 'closed':
      return 'closed by the server (FIN) at once, before sending anything';
    case 'reset':
      return 'reset by the server (RST) at once, before sending anything';
  }
}

function Where(host: string, port: number): string {
  return `Port ${port} on ${host}`;
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}

function scheme(ctx: SentenceContext, tls: boolean): string {
  return `${tls ? 'https' : 'http'}://${ctx.host}${ctx.port ? `:${ctx.port}` : ''}`;
}

/** The verdict in one sentence, for people. */
export function verdictSentence(ctx: SentenceContext): string {
  const host = ctx.host ?? 'the server';
  const port = ctx.port ?? 0;
  const Where = `Port ${port} on ${host}`;
  switch (ctx.verdict) {
    case 'invalid':
      return `I couldn't read that as a server to check: ${ctx.invalidError ?? 'unrecognised input'}.`.replace(/\.\.$/, '.');
    case 'blocked':
      return `I won't check ${host}: ${ctx.blockedReason ?? 'it points to an address the bot may not probe'}. The bot only checks public servers.${blockedHint(ctx.blockedHint)}`;
    case 'dns-not-found':
      return `The name ${host} does not lead anywhere: ${ctx.detail ?? 'DNS has no address for it'}. Check the spelling, or the domain may have expired or been taken down.`;
    case 'dns-error':
      return `Looking up ${host} failed: ${ctx.detail ?? 'the DNS servers did not answer properly'}. The name may be fine, but its DNS is broken or slow right now.`;
    case 'refused':
      return `${Where} refused the connection: nothing is listening there, or a firewall rejects it.`;
    case 'timeout':
      if (ctx.deadline) {
        return `The check ran out of time (${seconds(ctx.deadlineMs ?? 0)}) while waiting for ${host} on port ${port}${ctx.stage ? ` (${ctx.stage.toUpperCase()} step)` : ''}: the server is very slow or drops the traffic.`;
      }
      if (ctx.stage === 'http' || ctx.stage === 'xtream') {
        return `${host} accepted the connection on port ${port} but sent no HTTP answer within ${seconds(ctx.timeoutMs ?? 0)}: the service behind it hangs or is overloaded.`;
      }
      if (ctx.stage === 'tls') {
        return `${host} accepted the connection on port ${port} but did not complete a TLS handshake within ${seconds(ctx.timeoutMs ?? 0)}: it may not speak HTTPS on that port, or it is overloaded.`;
      }
      return `${Where} did not answer within ${seconds(ctx.timeoutMs ?? 0)}: a firewall silently drops the traffic, or the server is down.`;
    case 'reset':
      if (ctx.stage === 'tcp') return `${Where} reset the connection at once: a firewall or the service rejects it.`;
      return `${host} accepted the connection on port ${port}, then cut it (reset${ctx.stage ? ` during the ${ctx.stage.toUpperCase()} step` : ''}): the service crashed, or a firewall or anti-DDoS filter dropped the bot's connection.`;
    case 'host-unreachable':
      return `${host} could not be reached: a router on the way reported the host unreachable (${ctx.code ?? 'EHOSTUNREACH'}). The server is down, or a firewall rejects the traffic.`;
    case 'network-unreachable':
      return `There is no route from the bot's network to ${host} (${ctx.code ?? 'ENETUNREACH'}): a network on the way is down, or the bot's network cannot reach that address family.`;
    case 'tls-certificate':
      return `${host}'s certificate on port ${port} is not accepted: ${ctx.certDetail ?? 'it is not valid'}. Browsers and apps that check certificates will refuse to connect.`;
    case 'tls-protocol':
      if (ctx.mismatch === 'plain-http') {
        return `${Where} speaks plain HTTP, not HTTPS (TLS): use ${scheme(ctx, false)} instead of https://.`;
      }
      if (ctx.mismatch === 'tls') {
        return `${Where} speaks HTTPS (TLS), not plain HTTP: use ${scheme(ctx, true)}.`;
      }
      return `The TLS handshake with ${host} on port ${port} failed (${ctx.detail ?? 'protocol error'}): the server and the bot share no TLS version or cipher, or the port does not speak TLS.`;
    case 'silent':
      return `${Where} is open but silent: it accepted the connection, then sent nothing and answered neither TLS nor HTTP. The service there waits for its own protocol (a game server, a database, a VPN…), so only its own app can tell whether it works.`;
    case 'closed-on-accept':
      return `${host} accepted the connection on port ${port}, then closed it at once, before sending anything: the server refuses the bot (a ban or an IP filter), has reached its connection limit, or the service behind it is crashing.`;
    case 'not-http':
      if (ctx.spoke === 'ssh') return `${Where} is open but speaks SSH, not HTTP${ctx.banner ? ` (${ctx.banner})` : ''}: this is the wrong port for a web or IPTV app.`;
      return `${Where} is open but does not answer in HTTP${ctx.banner ? ` (it sent "${ctx.banner.slice(0, 40)}")` : ''}: another kind of service runs there, so this is probably the wrong port.`;
    case 'http-status':
      return httpStatusSentence(ctx, host, port);
    case 'udp-refused':
      return `${Where} answered over UDP with "port unreachable" (ICMP): no ${ctx.game ?? 'game'} server listens on that UDP port — it is stopped, runs on another port, or a firewall rejects the packets.`;
    case 'udp-no-answer':
      return `No answer over UDP from ${host} on port ${port} within ${seconds(ctx.timeoutMs ?? 0)} (filtered, or not a ${ctx.game ?? 'game'} server): a firewall or a missing port forward drops the packets, the server is down, or another service runs there.`;
    case 'game-mismatch':
      return `${Where} answered, but not as a ${ctx.game ?? 'game'} server (${ctx.detail ?? 'unexpected answer'}): this is probably the wrong port, or another kind of service runs there.`;
    case 'ok':
      return okSentence(ctx, host, port);
  }
}

/** For people checking their own server: how private targets are allowed, where they are reading. */
function blockedHint(audience: SentenceContext['blockedHint']): string {
  if (audience === 'cli') return ' Checking a server of your own? Run it again with --allow-private (or set PROBE_ALLOW_PRIVATE=true).';
  if (audience === 'chat') {
    return " Checking a server of your own? Run 'netmedic check --allow-private' on your own machine; if you run this bot, PROBE_ALLOW_PRIVATE=true allows private targets.";
  }
  return '';
}

function httpStatusSentence(ctx: SentenceContext, host: string, port: number): string {
  const status = ctx.httpStatus ?? 0;
  const label = `HTTP ${status}${ctx.statusText ? ` (${ctx.statusText})` : ''}`;
  if (ctx.protocol === 'xtream' && status < 400) {
    if (status >= 300) return `${host} answers on port ${port} with a redirect to ${ctx.location ?? 'another address'} (not followed), so no Xtream panel answered at this URL.`;
    return `${host} answers HTTP on port ${port}, but there is no Xtream panel at /player_api.php (${ctx.detail ?? 'the answer is not a panel'}): the URL or port is probably wrong.`;
  }
  const path = ctx.path && ctx.path !== '/' ? ` for ${ctx.path.slice(0, 80)}` : '';
  if (status === 404 || status === 410) return `${host} answered port ${port} with ${label}${path}: the server works, but that path does not exist there.`;
  if (status === 401 || status === 407) return `${host} answered port ${port} with ${label}: the server works but wants a login.`;
  if (status === 403 || status === 451) return `${host} answered port ${port} with ${label}: the server works but refuses this request (IP block, geo-block, or missing permission).`;
  if (status === 429) return `${host} answered port ${port} with ${label}: too many requests; the server is rate-limiting.`;
  if (status >= 500) return `${host} answered port ${port} with ${label}: the server is up, but the application behind it is failing.`;
  return `${host} answered port ${port} with ${label}: the server rejects the request itself.`;
}

function okSentence(ctx: SentenceContext, host: string, port: number): string {
  const service = ctx.service;
  if (service?.kind === 'banner') {
    return `${Where(host, port)} answers: it speaks ${serviceLabel(service.name)}${service.banner ? ` ("${service.banner}")` : ''}. Use that protocol's own client or app on this port.`;
  }
  if (service?.kind === 'tls') {
    return `${Where(host, port)} answers with TLS${ctx.certSubject ? ` (certificate for ${ctx.certSubject})` : ''}: an encrypted service runs there, such as HTTPS (try https://${host}:${port}).`;
  }
  if (service?.kind === 'http') {
    return `${host} answers HTTP on port ${port}${ctx.httpStatus !== undefined ? ` (HTTP ${ctx.httpStatus})` : ''}: a web service runs there (try http://${host}:${port}).`;
  }
  if (ctx.game) return `The ${ctx.game} server at ${host}:${port} is online and answers its status query.`;
  if (ctx.protocol === 'tcp') {
    return `Port ${port} on ${host} accepts connections${ctx.family ? ` (IPv${ctx.family})` : ''}.`;
  }
  if (ctx.protocol === 'xtream') {
    return `The Xtream panel at ${host}:${port} answers and asks for credentials, as it should: the server side works.`;
  }
  const status = ctx.httpStatus;
  if (status !== undefined && status >= 300 && status < 400) {
    return `${host} answers on port ${port} with HTTP ${status}, a redirect to ${ctx.location ?? 'another address'} (not followed).`;
  }
  const speed = ctx.ttfbMs !== undefined ? ` in ${seconds(ctx.ttfbMs)}` : '';
  return `${host} answers on port ${port}: HTTP ${status ?? '?'}${ctx.statusText ? ` ${ctx.statusText}` : ''}${speed}.`;
}
