/**
 * The words of a check, in the reader's language: the facts the probe engine reports
 * (src/probe/types.ts) turned into the verdict sentence, the stage lines, the notes and the other
 * ports' lines. Pure: facts and `t = messagesFor(locale)` in, text out. The messages are in
 * src/render/locales/<locale>/check.ftl.
 *
 * Text that came from a server (banners, headers, certificate names) goes in as it is: callers
 * that show it in Discord pass the finished line through discordText, as they always did.
 */
import type {
  AlternativePort,
  BlockFacts,
  CertificateFacts,
  CheckNote,
  CheckResult,
  DnsFailureFacts,
  FailureFacts,
  GameFailureFacts,
  GameProblem,
  GameRef,
  PortService,
  ServiceName,
  StageName,
  StageResult,
  TargetProblem,
  VerdictFacts,
  XtreamPanelFacts,
} from '../probe/types';
import type { ProtocolProblem } from '../probe/protocols';
import type { Messages } from './i18n/messages';

/** Who reads a blocked check's hint: the CLI names --allow-private, chat names both switches. */
export type CheckAudience = 'chat' | 'cli';

const s = (n: number): string => String(n);

/** "850 ms" or "1.5 s". */
export function duration(t: Messages, ms: number): string {
  return ms >= 1000 ? t('check-duration-s', { s: Math.round(ms / 100) / 10 }) : t('check-duration-ms', { ms: s(ms) });
}

export function stageLabel(t: Messages, name: StageName): string {
  return t(`check-stage-${name}`);
}

/** A stage named inside a sentence ("during the TLS step"): its label in capitals. */
function stepName(t: Messages, name: StageName): string {
  return stageLabel(t, name).toLocaleUpperCase(t.locale === 'en' ? 'en-US' : t.locale);
}

export function serviceLabel(t: Messages, name: ServiceName | undefined): string {
  return t(`check-service-name-${name ?? 'unknown'}`);
}

/** How people call a game: the built-in kinds have words, GameDig games their GameDig name. */
export function gameLabel(t: Messages, game: GameRef | undefined): string {
  if (!game) return t('check-game-kind-game');
  if (game.name) return game.name;
  const id = `check-game-kind-${game.kind}`;
  return t.has(id) ? t(id) : game.kind;
}

// ---- failures ----

/** A network failure in a few words, with its code: "refused (ECONNREFUSED)". */
export function failureText(t: Messages, f: FailureFacts): string {
  switch (f.kind) {
    case 'unrecognised':
      return `${f.message ?? f.code} (${f.code})`;
    case 'certificate':
      return `${t(`check-cert-reason-${f.reason ?? 'invalid'}`)} (${f.code})`;
    case 'not-http':
      return f.banner ? `${t('check-failure-not-http-banner', { banner: f.banner.slice(0, 40) })} (${f.code})` : `${t('check-failure-not-http')} (${f.code})`;
    case 'timeout':
    case 'tls-on-plain-port':
    case 'no-certificate':
    case 'http-deadline':
      return t(`check-failure-${f.kind}`);
    case 'tls-after-reset':
      return t('check-failure-tls-after-reset', { failure: f.inner ? failureText(t, f.inner) : f.code });
    case 'ssh-not-http':
      return t('check-failure-ssh-not-http', { banner: f.banner ?? t('check-failure-ssh-banner') });
    case 'http-no-answer':
      return t('check-failure-http-no-answer', { ms: s(f.timeoutMs ?? 0) });
    default:
      return `${t(`check-failure-${f.kind}`)} (${f.code})`;
  }
}

export function dnsFailureText(t: Messages, f: DnsFailureFacts): string {
  if (f.badServers) return t('check-dns-bad-servers');
  switch (f.kind) {
    case 'nxdomain':
      return t('check-dns-nxdomain');
    case 'servfail':
      return t('check-dns-servfail');
    case 'timeout':
      if (f.code === 'ECANCELLED') return t('check-dns-cancelled');
      return (f.servers ?? 1) > 1
        ? t('check-dns-timeout-servers', { servers: s(f.servers ?? 1), ms: s(f.timeoutMs ?? 0) })
        : t('check-dns-timeout', { ms: s(f.timeoutMs ?? 0) });
    case 'refused':
      return f.code === 'ECONNREFUSED' ? t('check-dns-unreachable') : t('check-dns-refused');
    case 'no-address':
      return t('check-dns-no-address');
    case 'other':
      return t('check-dns-other', { code: f.code });
  }
}

export function gameFailureText(t: Messages, f: GameFailureFacts): string {
  switch (f.kind) {
    case 'too-large':
      return t('check-game-failure-too-large', { bytes: s(f.maxBytes ?? 0) });
    case 'connected-no-answer':
    case 'udp-no-answer':
    case 'gamedig-no-answer':
      return t(`check-game-failure-${f.kind}`, { ms: s(f.timeoutMs ?? 0) });
    case 'udp-port-unreachable':
      return t('check-game-failure-udp-port-unreachable', { code: f.code });
    case 'closed-mid-answer':
    case 'closed-no-answer':
    case 'gamedig-mismatch':
      return t(`check-game-failure-${f.kind}`);
    case 'deadline':
      if (!f.failure) return t('check-game-failure-deadline');
      break;
    case 'protocol':
      if (f.problem) return gameProblemText(t, f.problem);
      break;
    default:
      break;
  }
  if (f.failure) return failureText(t, f.failure);
  if (t.has(`check-failure-${f.kind}`)) return `${t(`check-failure-${f.kind}`)} (${f.code})`;
  return t('check-game-failure-unexpected');
}

export function gameProblemText(t: Messages, p: GameProblem): string {
  if (p.code === 'a2s-unexpected-type') return t('check-game-problem-a2s-unexpected-type', { type: p.type });
  if (p.code === 'packet-size') return t('check-game-problem-packet-size', { bytes: s(p.bytes) });
  return t(`check-game-problem-${p.code}`);
}

/** The main certificate problem in words, with the others after it. */
export function certificateDetail(t: Messages, c: CertificateFacts): string {
  const [primary = 'invalid', ...rest] = c.problems;
  let first: string;
  switch (primary) {
    case 'expired':
      first = t('check-cert-problem-expired', { days: -c.daysLeft, date: c.validTo.slice(0, 10) });
      break;
    case 'not-yet-valid':
      first = t('check-cert-problem-not-yet-valid', { date: c.validFrom.slice(0, 10) });
      break;
    case 'name-mismatch':
      first = t('check-cert-problem-name-mismatch', { names: (c.altNames.length ? c.altNames : [c.subject]).slice(0, 4).join(', '), host: c.host });
      break;
    case 'self-signed':
      first = t('check-cert-problem-self-signed', { subject: c.subject });
      break;
    default:
      first = t(`check-cert-reason-${primary}`);
  }
  if (rest.length === 0) return first;
  return t('check-cert-also', { first, others: rest.map((r) => t(`check-cert-reason-${r}`)).join('; ') });
}

// ---- stage lines ----

function addressList(t: Messages, addresses: string[]): string {
  const shown = addresses.slice(0, 4).join(', ');
  const more = addresses.length - 4;
  return more > 0 ? t('check-dns-more', { addresses: shown, more: s(more) }) : shown;
}

function bracketed(address: string, family: 4 | 6): string {
  return family === 6 ? `[${address}]` : address;
}

export function serviceDetail(t: Messages, service: PortService, certificate?: { subject: string; issuer: string }): string {
  switch (service.kind) {
    case 'banner': {
      const name = serviceLabel(t, service.name);
      const asked = service.answeredRequest ? '-asked' : '';
      return service.banner ? t(`check-service-banner-quoted${asked}`, { service: name, banner: service.banner }) : t(`check-service-banner${asked}`, { service: name });
    }
    case 'tls': {
      const line = certificate ? t('check-service-tls-cert', { subject: certificate.subject, issuer: certificate.issuer }) : t('check-service-tls');
      return service.certificateProblem ? `${line} (${service.certificateProblem})` : line;
    }
    case 'http':
      return service.httpStatus !== undefined ? t('check-service-http-status', { status: s(service.httpStatus) }) : t('check-service-http');
    case 'silent':
      return t('check-service-silent', { ms: s(service.bannerMs ?? 0) });
    case 'closed':
      return t('check-service-closed');
    case 'reset':
      return t('check-service-reset');
  }
}

/** One stage's line: "93.184.216.34 in 12 ms", "127.0.0.1:8080 (IPv4): refused (ECONNREFUSED)". */
export function stageDetail(t: Messages, stage: StageResult): string {
  const ms = s(stage.ms);
  const f = stage.facts;
  if (f.kind === 'globalping') {
    if (f.test === 'ping') {
      if (f.error !== undefined) return `${f.error || t('check-remote-failed')} (Globalping TCP ping)`;
      return t(stage.ok ? 'check-remote-connected-ping' : 'check-remote-no-connection-ping');
    }
    if (f.step === 'tls' && f.error !== undefined) return t('check-remote-untrusted', { reason: f.error || t('check-remote-no-reason') });
    if (f.error !== undefined) return `${f.error || t('check-remote-failed')} (Globalping HTTP)`;
    if (f.step === 'dns') return t('check-remote-resolved');
    if (f.step === 'tcp') return t('check-remote-connected-http');
    if (f.step === 'tls') return t('check-remote-handshake-http');
    return t('check-remote-status-http', { status: s(f.status ?? 0) });
  }
  switch (stage.name) {
    case 'dns': {
      const d = stage.facts;
      if (d.kind === 'globalping') return '';
      if (d.kind === 'ip-literal') return t('check-dns-ip-literal', { address: d.address });
      if (d.kind === 'localhost') return t('check-dns-localhost', { host: d.host, addresses: d.addresses.join(', ') });
      if (d.kind === 'resolved') return t('check-dns-resolved', { addresses: addressList(t, d.addresses), ms });
      return dnsFailureText(t, d.failure);
    }
    case 'tcp': {
      const c = stage.facts;
      if (c.kind === 'globalping') return '';
      const where = { address: bracketed(c.address, c.family), port: s(c.port), family: s(c.family) };
      // A failed line is only an address and the failure's words: no sentence to translate.
      return c.kind === 'connected' ? t('check-tcp-connected', { ...where, ms }) : `${where.address}:${where.port} (IPv${where.family}): ${failureText(t, c.failure)}`;
    }
    case 'tls': {
      const h = stage.facts;
      switch (h.kind) {
        case 'handshake':
          return t('check-tls-handshake', { protocol: h.protocol ?? 'TLS', subject: h.subject, issuer: h.issuer, days: s(h.daysLeft), ms });
        case 'certificate':
          return certificateDetail(t, h.certificate);
        case 'no-certificate':
          return t('check-tls-no-certificate');
        case 'failed':
          return t('check-tls-failed', { failure: failureText(t, h.failure) });
        case 'plain-http':
          return t('check-tls-plain-http', { code: h.code });
        default:
          return '';
      }
    }
    case 'http': {
      const h = stage.facts;
      if (h.kind === 'globalping') return '';
      if (h.kind === 'failed') return failureText(t, h.failure);
      const parts = [t('check-http-answer', { status: s(h.status), statusText: h.statusText, ms: s(h.ttfbMs) })];
      if (h.server) parts.push(t('check-http-server', { server: h.server }));
      if (h.location) parts.push(t('check-http-redirect', { location: h.location.slice(0, 200) }));
      if (h.bodyFailure) parts.push(t('check-http-body-interrupted', { failure: failureText(t, h.bodyFailure) }));
      else if (h.stoppedAtBytes !== undefined) parts.push(t('check-http-stopped-reading', { bytes: s(h.stoppedAtBytes) }));
      return parts.join(', ');
    }
    case 'xtream': {
      const x = stage.facts;
      if (x.kind === 'failed') return failureText(t, x.failure);
      return xtreamDetail(t, x.answer, s(x.ttfbMs));
    }
    case 'service':
      return serviceDetail(t, stage.facts.service, stage.facts.certificate);
    case 'game': {
      const g = stage.facts;
      const game = gameLabel(t, g.game);
      const transport = g.transport.toUpperCase();
      if (g.kind === 'failed') return `${game} (${transport} ${g.port}): ${gameFailureText(t, g.failure)}`;
      const parts: string[] = [];
      if (g.players !== null) {
        parts.push(g.maxPlayers !== null ? t('check-game-status-players-max', { players: s(g.players), max: s(g.maxPlayers) }) : t('check-game-status-players', { players: s(g.players) }));
      }
      if (g.version) parts.push(t('check-game-status-version', { version: g.version }));
      const args = { game, address: g.address, port: s(g.port), transport, ms: s(g.latencyMs) };
      return parts.length ? t('check-game-answered-status', { ...args, status: parts.join(', ') }) : t('check-game-answered', args);
    }
  }
}

/** What GET /player_api.php said: a panel (with the time), or why it is not one. */
export function xtreamDetail(t: Messages, a: XtreamPanelFacts, ms: string): string {
  if (a.panel) {
    if (a.truncated) return t('check-xtream-panel-truncated', { ms });
    return t(a.denied ? 'check-xtream-panel-denied' : 'check-xtream-panel', { auth: a.auth, ms });
  }
  const status = s(a.status);
  if (a.why === 'redirect') return t('check-xtream-redirect', { status, location: a.location ?? t('check-xtream-no-location') });
  return t(`check-xtream-${a.why}`, { status });
}

// ---- other ports, notes ----

export function alternativeDetail(t: Messages, a: AlternativePort): string {
  const f = a.facts;
  switch (f.kind) {
    case 'refused':
      return t('check-alt-refused');
    case 'no-answer':
      return t('check-alt-no-answer');
    case 'failed':
      return failureText(t, f.failure);
    case 'open':
      if (f.answer === 'http') return f.status !== undefined ? t('check-alt-http-status', { status: s(f.status) }) : t('check-alt-http');
      if (f.answer === 'none') return t('check-alt-open');
      return t(`check-alt-${f.answer}`);
  }
}

export function noteText(t: Messages, note: CheckNote): string {
  switch (note.kind) {
    case 'credentials-removed':
    case 'no-xtream-panel':
      return t(`check-note-${note.kind}`);
    case 'international-name':
      return t('check-note-international-name', { displayHost: note.displayHost, host: note.host });
    case 'port-assumed': {
      const scheme = note.scheme === 'tcp' ? 'TCP' : note.scheme === 'https' ? 'https://' : note.scheme === 'http' ? 'http://' : note.scheme;
      return t('check-note-port-assumed', { port: s(note.port), scheme });
    }
    case 'family-fails':
      return t('check-note-family-fails', { failing: s(note.failing), working: s(note.working), failure: failureText(t, note.failure) });
    case 'redirect':
      return t('check-note-redirect', { location: note.location.slice(0, 300) });
    case 'game-no-answer':
      return t('check-note-game-no-answer', { game: gameLabel(t, note.game), transport: note.transport.toUpperCase(), failure: gameFailureText(t, note.failure) });
    case 'internal-error':
      return t('check-note-internal-error', { message: note.message });
  }
}

// ---- refusals and unreadable targets ----

export function blockReason(t: Messages, b: BlockFacts): string {
  switch (b.kind) {
    case 'no-address':
      return t('check-block-no-address');
    case 'probing-machine':
    case 'not-ip':
    case 'single-label':
      return t(`check-block-${b.kind}`, { address: b.address ?? '' });
    case 'address': {
      const what = whatText(t, b);
      const address = b.address ?? '';
      if (b.via) return t(`check-block-${b.via.form}`, { address, inner: b.via.inner, what });
      return t('check-block-address', { address, what });
    }
  }
}

function whatText(t: Messages, b: BlockFacts): string {
  const key = b.what ?? 'reserved';
  if (b.cidr && t.has(`check-what-${key}-cidr`)) return t(`check-what-${key}-cidr`, { cidr: b.cidr });
  return t(`check-what-${key}`, { cidr: b.cidr ?? '' });
}

export function targetProblemText(t: Messages, p: TargetProblem): string {
  const id = `check-target-${p.code}`;
  if (!t.has(id)) return t('check-target-unknown');
  const stand = p.subject === 'host' ? 'check-target-the-host' : p.subject === 'address' ? 'check-target-the-address' : p.subject === 'port' ? 'check-target-the-port' : 'check-target-something-else';
  const args: Record<string, string> = {};
  for (const [k, v] of Object.entries(p)) if (v !== undefined && k !== 'code') args[k] = String(v);
  args.shown = p.shown ?? t(stand);
  return t(id, args);
}

/** Why a protocol option was refused. */
export function protocolProblemText(t: Messages, p: ProtocolProblem): string {
  return p.code === 'game-id' ? t('check-protocol-game-id') : t('check-protocol-unknown', { protocols: p.known.join(', ') });
}

// ---- the verdict ----

function httpUrl(tls: boolean, host: string, port: number): string {
  return `${tls ? 'https' : 'http'}://${host}${port ? `:${port}` : ''}`;
}

/** The verdict in one sentence. `audience` decides how a blocked check's hint is put. */
export function verdictSentence(t: Messages, f: VerdictFacts, audience: CheckAudience = 'chat'): string {
  switch (f.verdict) {
    case 'invalid':
      return t('check-sentence-invalid', { problem: targetProblemText(t, f.problem) }).replace(/\.\.$/, '.');
    case 'blocked': {
      const sentence = t('check-sentence-blocked', { host: f.host ?? t('check-the-server'), reason: blockReason(t, f.block) });
      return f.privateHint ? `${sentence} ${t(audience === 'cli' ? 'check-hint-cli' : 'check-hint-chat')}` : sentence;
    }
    default:
      break;
  }
  const host = f.host;
  const port = s(f.port);
  const at = { host, port };
  switch (f.verdict) {
    case 'dns-not-found':
      return t('check-sentence-dns-not-found', { host, detail: dnsFailureText(t, f.failure) });
    case 'dns-error':
      return t('check-sentence-dns-error', { host, detail: dnsFailureText(t, f.failure) });
    case 'refused':
      return t('check-sentence-refused', at);
    case 'timeout': {
      const time = duration(t, f.timeoutMs);
      if (f.deadline) return f.stage ? t('check-sentence-timeout-deadline-stage', { ...at, time, stage: stepName(t, f.stage) }) : t('check-sentence-timeout-deadline', { ...at, time });
      if (f.stage === 'http' || f.stage === 'xtream') return t('check-sentence-timeout-http', { ...at, time });
      if (f.stage === 'tls') return t('check-sentence-timeout-tls', { ...at, time });
      return t('check-sentence-timeout', { ...at, time });
    }
    case 'reset':
      if (f.stage === 'tcp') return t('check-sentence-reset-tcp', at);
      return f.stage ? t('check-sentence-reset-stage', { ...at, stage: stepName(t, f.stage) }) : t('check-sentence-reset', at);
    case 'host-unreachable':
    case 'network-unreachable':
      return t(`check-sentence-${f.verdict}`, { ...at, code: f.code });
    case 'tls-certificate': {
      const detail = f.certificate ? certificateDetail(t, f.certificate) : f.code ? `${t(`check-cert-reason-${f.problem}`)} (${f.code})` : t('check-cert-not-valid');
      return t('check-sentence-tls-certificate', { ...at, detail });
    }
    case 'tls-protocol':
      if (f.mismatch === 'plain-http') return t('check-sentence-tls-plain-http', { ...at, url: httpUrl(false, host, f.port) });
      if (f.mismatch === 'tls') return t('check-sentence-tls-on-plain', { ...at, url: httpUrl(true, host, f.port) });
      return t('check-sentence-tls-protocol', { ...at, detail: f.failure ? failureText(t, f.failure) : 'protocol error' });
    case 'silent':
    case 'closed-on-accept':
      return t(`check-sentence-${f.verdict}`, at);
    case 'not-http':
      if (f.spoke === 'ssh') return f.banner ? t('check-sentence-not-http-ssh-banner', { ...at, banner: f.banner }) : t('check-sentence-not-http-ssh', at);
      return f.banner ? t('check-sentence-not-http-banner', { ...at, banner: f.banner.slice(0, 40) }) : t('check-sentence-not-http', at);
    case 'udp-refused':
      return t('check-sentence-udp-refused', { ...at, game: gameLabel(t, f.game) });
    case 'udp-no-answer':
      return t('check-sentence-udp-no-answer', { ...at, game: gameLabel(t, f.game), time: duration(t, f.timeoutMs) });
    case 'game-mismatch':
      return t('check-sentence-game-mismatch', { ...at, game: gameLabel(t, f.game), detail: gameFailureText(t, f.failure) });
    case 'http-status': {
      const label = `HTTP ${f.status}${f.statusText ? ` (${f.statusText})` : ''}`;
      if (f.protocol === 'xtream' && f.status < 400) {
        if (f.status >= 300) return t('check-sentence-xtream-redirect', { ...at, location: f.location ?? t('check-another-address') });
        const detail = f.xtream && !f.xtream.panel ? xtreamDetail(t, f.xtream, '') : t('check-xtream-not-panel');
        return t('check-sentence-xtream-no-panel', { ...at, detail });
      }
      const st = f.status;
      if (st === 404 || st === 410) {
        return f.path && f.path !== '/' ? t('check-sentence-http-404-path', { ...at, status: label, path: f.path.slice(0, 80) }) : t('check-sentence-http-404', { ...at, status: label });
      }
      const id = st === 401 || st === 407 ? 'login' : st === 403 || st === 451 ? 'forbidden' : st === 429 ? '429' : st >= 500 ? '5xx' : '4xx';
      return t(`check-sentence-http-${id}`, { ...at, status: label });
    }
    case 'ok':
      return okSentence(t, f);
  }
}

function okSentence(t: Messages, f: Extract<VerdictFacts, { verdict: 'ok' }>): string {
  const at = { host: f.host, port: s(f.port) };
  const a = f.answer;
  switch (a.kind) {
    case 'service': {
      const service = a.service;
      if (service.kind === 'banner') {
        const name = serviceLabel(t, service.name);
        return service.banner ? t('check-sentence-ok-banner-quoted', { ...at, service: name, banner: service.banner }) : t('check-sentence-ok-banner', { ...at, service: name });
      }
      if (service.kind === 'tls') return a.certSubject ? t('check-sentence-ok-tls-cert', { ...at, subject: a.certSubject }) : t('check-sentence-ok-tls', at);
      return a.httpStatus !== undefined ? t('check-sentence-ok-service-http-status', { ...at, status: s(a.httpStatus) }) : t('check-sentence-ok-service-http', at);
    }
    case 'game':
      return t('check-sentence-ok-game', { ...at, game: gameLabel(t, a.game) });
    case 'tcp':
      return a.family ? t('check-sentence-ok-tcp-family', { ...at, family: s(a.family) }) : t('check-sentence-ok-tcp', at);
    case 'xtream':
      return t('check-sentence-ok-xtream', at);
    case 'http': {
      if (a.status >= 300 && a.status < 400) return t('check-sentence-ok-redirect', { ...at, status: s(a.status), location: a.location ?? t('check-another-address') });
      const status = `HTTP ${a.status}${a.statusText ? ` ${a.statusText}` : ''}`;
      return a.ttfbMs !== undefined ? t('check-sentence-ok-http-time', { ...at, status, time: duration(t, a.ttfbMs) }) : t('check-sentence-ok-http', { ...at, status });
    }
  }
}

/** A result's sentence, or the "checking" placeholder while it has no verdict yet. */
export function resultSentence(t: Messages, result: CheckResult, audience: CheckAudience = 'chat'): string {
  return result.facts ? verdictSentence(t, result.facts, audience) : '';
}
