/**
 * The probe engine's data model (contract shared by target parsing, the safety policy, the
 * stages, rendering, the CLI's --json output and the commands). Field names here are part of the
 * CLI's JSON contract: add fields, never rename them.
 */

/** A GameDig game id behind `game:` (e.g. `game:teamspeak3`); see src/probe/protocols.ts. */
export type GameDigProtocol = `game:${string}`;
export type Protocol = 'auto' | 'tcp' | 'http' | 'https' | 'xtream' | 'minecraft' | 'source' | GameDigProtocol;
export type ConcreteProtocol = Exclude<Protocol, 'auto'>;

export const VERDICTS = [
  'ok',
  'refused',
  'timeout',
  'reset',
  'host-unreachable',
  'network-unreachable',
  'dns-not-found',
  'dns-error',
  'tls-certificate',
  'tls-protocol',
  'http-status',
  'not-http',
  'blocked',
  'invalid',
  // Auto mode on a port with no known protocol (see identify.ts):
  'silent',
  'closed-on-accept',
  // Game servers (UDP and game protocols).
  'udp-refused',
  'udp-no-answer',
  'game-mismatch',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** A parsed, validated target with any credentials already removed. */
export interface Target {
  /** ASCII host: punycode hostname or IP literal (IPv6 without brackets). */
  host: string;
  /** Unicode form of the hostname, for display. */
  displayHost: string;
  port: number;
  /** True when the user gave no port and one was assumed (the reply says which). */
  portAssumed: boolean;
  protocol: ConcreteProtocol;
  /** Path and query for HTTP(S)/Xtream, credentials removed; "/" otherwise. */
  path: string;
  isIp: boolean;
  /** True when user:pass@, username=/password= values or tokens were stripped. */
  hadCredentials: boolean;
  /** What to show: e.g. `http://play.example.net:8080/player_api.php` (no credentials). */
  display: string;
  /**
   * True when the HTTP-level stage must speak TLS: protocol `https`, or `xtream` given as an
   * https:// link (or on port 443/8443 without a scheme). Set by parseTarget; absent means false.
   */
  tls?: boolean;
}

export type StageName = 'dns' | 'tcp' | 'tls' | 'http' | 'xtream' | 'service' | 'game';

/** Protocols recognised from what a port says first (or says back to an HTTP request). */
export type ServiceName = 'ssh' | 'smtp' | 'ftp' | 'smtp-or-ftp' | 'pop3' | 'imap' | 'mysql' | 'redis' | 'vnc' | 'telnet' | 'http' | 'unknown';

/**
 * What answered on a port with no known protocol (auto mode, bare host:port): the `service`
 * field of the result and of the CLI's --json output.
 */
export interface PortService {
  /**
   * banner: the service spoke (`name`, `banner`); tls: it completed (or took part in) a TLS
   * handshake; http: it answered an HTTP request (`httpStatus`); silent: it accepted and said
   * nothing to a wait, a TLS hello or an HTTP request; closed: it closed (FIN) before sending
   * anything; reset: it reset (RST) before sending anything.
   */
  kind: 'banner' | 'tls' | 'http' | 'silent' | 'closed' | 'reset';
  name?: ServiceName;
  /** The first line it sent (printable ASCII, at most 80 characters; MySQL: its version). */
  banner?: string | null;
  httpStatus?: number;
  /** True when the service spoke only after the HTTP request (not as a greeting). */
  answeredRequest?: boolean;
  /** For tls: the certificate's main problem, when it has one. */
  certificateProblem?: string;
  /** How long the check listened for a greeting (silent, closed, reset). */
  bannerMs?: number;
}

/** The facts every stage line shares. */
interface StageBase {
  ok: boolean;
  /** Duration in milliseconds (integer). */
  ms: number;
}

/** DNS: what the lookup gave (the line's words are the renderer's). */
export type DnsFacts =
  | { kind: 'ip-literal'; address: string }
  | { kind: 'localhost'; host: string; addresses: string[] }
  | { kind: 'resolved'; addresses: string[] }
  | { kind: 'failed'; failure: DnsFailureFacts };

export type DnsFailureKind = 'nxdomain' | 'servfail' | 'timeout' | 'no-address' | 'refused' | 'other';

/** Why a lookup failed: `kind` and the c-ares `code` (ENOTFOUND, ESERVFAIL, ETIMEOUT, ECANCELLED, EREFUSED, ECONNREFUSED, ENODATA…). */
export interface DnsFailureFacts {
  kind: DnsFailureKind;
  code: string;
  /** For ETIMEOUT: the budget and how many servers shared it. */
  timeoutMs?: number;
  servers?: number;
  /** The configured resolvers (PROBE_DNS_SERVERS) could not be used. */
  badServers?: boolean;
}

/**
 * A network failure as data: the verdict, the code recognised (`ECONNREFUSED`, `CERT_HAS_EXPIRED`,
 * `HPE_INVALID_CONSTANT`…) and `kind`, the stable name of what happened (see FAILURE_KINDS in
 * classify.ts); the renderer turns `kind` into words.
 */
export interface FailureFacts {
  verdict: FailureVerdictName;
  code: string;
  kind: FailureKind;
  /** Only for tls-certificate. */
  reason?: CertificateProblem;
  /** kind `unrecognised`: the error's own message (at most 120 characters; data, not ours). */
  message?: string;
  /** What the port sent instead (not-http, ssh). */
  banner?: string | null;
  /** kind `tls-after-reset`: the reset that made the check try TLS. */
  inner?: FailureFacts;
  /** Time limits that decided (ms): the HTTP stage's, a game query's, a UDP wait's. */
  timeoutMs?: number;
}

export type FailureVerdictName =
  | 'refused'
  | 'timeout'
  | 'reset'
  | 'host-unreachable'
  | 'network-unreachable'
  | 'dns-not-found'
  | 'dns-error'
  | 'tls-certificate'
  | 'tls-protocol'
  | 'not-http';

/** Stable names of the failures the classifier and the stages recognise. */
export type FailureKind =
  | 'refused'
  | 'no-answer'
  | 'deadline'
  | 'headers-timeout'
  | 'body-stalled'
  | 'aborted-out-of-time'
  | 'reset'
  | 'closed-while-sending'
  | 'aborted'
  | 'closed'
  | 'closed-early'
  | 'socket-hang-up'
  | 'host-unreachable'
  | 'host-down'
  | 'network-unreachable'
  | 'network-down'
  | 'no-local-address'
  | 'local-firewall'
  | 'name-not-found'
  | 'no-address-records'
  | 'dns-temporary'
  | 'dns-servfail'
  | 'not-tls-version'
  | 'not-tls-length'
  | 'http-on-tls-port'
  | 'handshake-failure'
  | 'unsupported-tls-version'
  | 'no-common-tls-version'
  | 'sni-unknown'
  | 'handshake-aborted'
  | 'tls-record-layer'
  | 'no-shared-cipher'
  | 'headers-too-large'
  | 'certificate'
  | 'no-certificate'
  | 'not-http'
  | 'tls-failed'
  | 'timeout'
  | 'unrecognised'
  // Set by the HTTP stage when it can say more about a failure:
  | 'tls-on-plain-port'
  | 'tls-after-reset'
  | 'ssh-not-http'
  | 'endless-headers'
  | 'http-no-answer'
  | 'http-deadline';

export type CertificateProblem = 'expired' | 'not-yet-valid' | 'self-signed' | 'untrusted-root' | 'unknown-issuer' | 'name-mismatch' | 'revoked' | 'invalid';

export type TcpFacts =
  | { kind: 'connected'; address: string; family: 4 | 6; port: number }
  | { kind: 'failed'; address: string; family: 4 | 6; port: number; failure: FailureFacts };

/** What a certificate was judged to be (a failed check names the certificate and its problems). */
export interface CertificateFacts {
  subject: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  daysLeft: number;
  altNames: string[];
  /** Every problem seen, most important first. */
  problems: CertificateProblem[];
  /** The host name the certificate was checked against. */
  host: string;
}

export type TlsFacts =
  | { kind: 'handshake'; protocol: string | null; subject: string; issuer: string; daysLeft: number }
  | { kind: 'certificate'; certificate: CertificateFacts }
  | { kind: 'no-certificate' }
  | { kind: 'failed'; failure: FailureFacts }
  /** The handshake failed and the port answered a plain HTTP request instead. */
  | { kind: 'plain-http'; code: string };

export type HttpFacts =
  | {
      kind: 'answer';
      status: number;
      statusText: string;
      ttfbMs: number;
      server?: string;
      location?: string;
      /** The body stopped coming (reset, timeout) after the headers. */
      bodyFailure?: FailureFacts;
      /** Reading stopped at this many bytes (PROBE_MAX_BYTES). */
      stoppedAtBytes?: number;
    }
  | { kind: 'failed'; failure: FailureFacts };

/** What GET /player_api.php (no credentials) said (see xtream.ts). */
export type XtreamPanelFacts =
  | { panel: true; auth: string; denied: boolean; truncated: boolean }
  | { panel: false; why: 'status' | 'redirect' | 'html' | 'not-json' | 'no-user-info' | 'empty'; status: number; location?: string };

export type XtreamFacts = { kind: 'answer'; ttfbMs: number; answer: XtreamPanelFacts } | { kind: 'failed'; failure: FailureFacts };

export type ServiceFacts = { kind: 'service'; service: PortService; certificate?: { subject: string; issuer: string } };

/** Which game a status query was for: a known kind, or a GameDig id with GameDig's name for it. */
export interface GameRef {
  /** `minecraft-java`, `minecraft-bedrock`, `source`, or a GameDig id. */
  kind: string;
  /** GameDig's name of the game (a proper name, from GameDig's list); absent for the built-in kinds. */
  name?: string;
}

/** A game query that got no usable answer. */
export interface GameFailureFacts {
  verdict: Verdict;
  code: string;
  /**
   * too-large (`maxBytes`), closed-mid-answer, closed-no-answer, connected-no-answer (`timeoutMs`),
   * udp-port-unreachable, udp-no-answer (`timeoutMs`), protocol (`problem`), gamedig-no-answer
   * (`timeoutMs`), gamedig-mismatch, or a network failure's kind.
   */
  kind: string;
  /** For kind `protocol`: what was wrong with the answer (see GameProtocolError). */
  problem?: GameProblem;
  maxBytes?: number;
  timeoutMs?: number;
  /** The network failure underneath, for network kinds. */
  failure?: FailureFacts;
}

/** What a game answer got wrong, with its numbers. */
export type GameProblem =
  | { code: 'a2s-cut-short' | 'a2s-too-short' | 'a2s-split' | 'not-source' | 'a2s-challenge-cut-short' | 'a2s-challenge-loop' }
  | { code: 'a2s-unexpected-type'; type: string }
  | { code: 'not-raknet-pong' | 'no-raknet-magic' | 'bedrock-id-cut-short' | 'not-bedrock' }
  | { code: 'varint-too-long' | 'not-status-response' | 'status-cut-short' | 'status-not-json' | 'status-json-empty' }
  | { code: 'packet-size'; bytes: number };

export type GameFacts =
  | { kind: 'answer'; game: GameRef; transport: 'tcp' | 'udp'; address: string; port: number; latencyMs: number; players: number | null; maxPlayers: number | null; version: string | null }
  | { kind: 'failed'; game: GameRef; transport: 'tcp' | 'udp'; port: number; failure: GameFailureFacts };

/** Facts from a stage run elsewhere (Globalping's measurements), as that service reported them. */
export type RemoteFacts = { kind: 'globalping'; test: 'ping' | 'http'; step: 'dns' | 'tcp' | 'tls' | 'http'; status?: number; error?: string };

/**
 * One line of a check: which stage, whether it went well, how long it took, and its facts (a
 * discriminated union on `name`). Words are the renderer's (src/render/check-words.ts).
 */
export type StageResult =
  | (StageBase & { name: 'dns'; facts: DnsFacts | RemoteFacts })
  | (StageBase & { name: 'tcp'; facts: TcpFacts | RemoteFacts; /** Which address family the line is about. */ family?: 4 | 6 })
  | (StageBase & { name: 'tls'; facts: TlsFacts | RemoteFacts })
  | (StageBase & { name: 'http'; facts: HttpFacts | RemoteFacts })
  | (StageBase & { name: 'xtream'; facts: XtreamFacts })
  | (StageBase & { name: 'service'; facts: ServiceFacts })
  | (StageBase & { name: 'game'; facts: GameFacts });

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export interface AlternativePort {
  port: number;
  open: boolean;
  facts: AlternativeFacts;
}

/** What another port of the same server did: refused, stayed silent, failed, or accepted (and what answered). */
export type AlternativeFacts =
  | { kind: 'refused' }
  | { kind: 'no-answer' }
  | { kind: 'failed'; failure: FailureFacts }
  | { kind: 'open'; answer: 'http' | 'tls' | 'ssh' | 'other' | 'none'; status?: number };

export interface CertificateInfo {
  subject: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  daysLeft: number;
  protocol: string | null;
  /** Subject alternative names (DNS names and IP addresses), when the certificate has any. */
  altNames?: string[];
  /** The main problem when the certificate was not accepted (see CertificateReason in classify.ts). */
  problem?: CertificateProblem;
}

export interface CheckResult {
  /** Null when the input could not be parsed (verdict `invalid`). */
  target: Target | null;
  verdict: Verdict;
  /** Knowledge-base article id for the verdict, or null (ok, invalid, blocked). */
  article: string | null;
  /** The verdict's facts (null until the check concludes); the renderer says them in words. */
  facts: VerdictFacts | null;
  stages: StageResult[];
  addresses: ResolvedAddress[];
  alternatives: AlternativePort[];
  /** HTTP status when the HTTP/Xtream stage got one. */
  httpStatus?: number;
  certificate?: CertificateInfo;
  /** What answered, for an auto check of a port with no known protocol. */
  service?: PortService;
  /** What a game server said about itself (minecraft, source, game:<id> checks that got an answer). */
  game?: GameStatus;
  /** Notes for the user as facts: credentials removed, port assumed, redirect seen (not followed)… */
  notes: CheckNote[];
  /** Total time in ms. */
  ms: number;
}

/** A game server's answer to its status query. Text fields are the server's own words (data). */
export interface GameStatus {
  /** `minecraft-java`, `minecraft-bedrock`, `source`, or the GameDig id. */
  kind: string;
  transport: 'tcp' | 'udp';
  /** The server's name (Source, GameDig), when it has one. */
  name: string | null;
  players: number | null;
  maxPlayers: number | null;
  version: string | null;
  map: string | null;
  /** Message of the day (Minecraft). */
  motd: string | null;
  /** Time from sending the query to the answer, in ms. */
  latencyMs: number;
}

/** Something worth telling besides the verdict. */
export type CheckNote =
  | { kind: 'credentials-removed' }
  /** An international name: the ASCII name really checked. */
  | { kind: 'international-name'; displayHost: string; host: string }
  /** No port given: the default one of `scheme` was checked. */
  | { kind: 'port-assumed'; port: number; scheme: ConcreteProtocol }
  /** One address family fails while the other works. */
  | { kind: 'family-fails'; failing: 4 | 6; working: 4 | 6; failure: FailureFacts }
  | { kind: 'redirect'; location: string }
  | { kind: 'no-xtream-panel' }
  /** A game edition that was asked too and did not answer either. */
  | { kind: 'game-no-answer'; game: GameRef; transport: 'tcp' | 'udp'; failure: GameFailureFacts }
  /** A bug, not a network outcome. */
  | { kind: 'internal-error'; message: string };

/** Why a target could not be read: a stable code and its parameters (see target.ts). */
export interface TargetProblem {
  code: string;
  /** The piece of input the problem is about, quoted for display (absent when it might be a secret). */
  shown?: string;
  /** What `shown` stands for when it is absent: host, address, port or value. */
  subject?: 'host' | 'address' | 'port' | 'value';
  /** Other numbers and names the message needs (length, limit, scheme, protocol, host…). */
  [param: string]: string | number | undefined;
}

/** Why an address or name is refused (see policy.ts): the address, the range and what it is. */
export interface BlockFacts {
  /** no-address: the name had none; single-label: not a full domain name; probing-machine: the agent itself; not-ip. */
  kind: 'address' | 'no-address' | 'single-label' | 'probing-machine' | 'not-ip';
  /** The address as shown (or the name for single-label). */
  address?: string;
  /** For IPv6 forms that carry an IPv4 address: which form, and the IPv4 address judged. */
  via?: { form: 'mapped' | 'nat64' | '6to4'; inner: string };
  /** The policy's range name (private, loopback, cloudMetadata, ownAddress…). */
  range?: string;
  /** What the address is (a stable key; see policy.ts SPECIALS) and its CIDR when the words show one. */
  what?: string;
  cidr?: string;
}

/** What answered when the check succeeded. */
export type OkFacts =
  | { kind: 'tcp'; family?: 4 | 6 }
  | { kind: 'service'; service: PortService; certSubject?: string; httpStatus?: number }
  | { kind: 'game'; game: GameRef }
  | { kind: 'xtream' }
  | { kind: 'http'; status: number; statusText?: string; ttfbMs?: number; location?: string };

interface Where {
  /** Display host (unicode) and port of the target. */
  host: string;
  port: number;
}

/**
 * The verdict with its facts: a discriminated union on `verdict`. The renderer
 * (src/render/check-words.ts) turns it into the sentence a person reads first.
 */
export type VerdictFacts =
  | { verdict: 'invalid'; problem: TargetProblem }
  | { verdict: 'blocked'; host?: string; block: BlockFacts; /** PROBE_ALLOW_PRIVATE / --allow-private would open it. */ privateHint: boolean }
  | (Where & { verdict: 'dns-not-found' | 'dns-error'; failure: DnsFailureFacts })
  | (Where & { verdict: 'refused'; stage?: StageName })
  | (Where & { verdict: 'timeout'; stage?: StageName; /** The limit that ran out. */ timeoutMs: number; /** The overall deadline stopped the check. */ deadline: boolean })
  | (Where & { verdict: 'reset'; stage?: StageName })
  | (Where & { verdict: 'host-unreachable' | 'network-unreachable'; code: string })
  | (Where & { verdict: 'tls-certificate'; problem: CertificateProblem; certificate?: CertificateFacts; code: string })
  | (Where & { verdict: 'tls-protocol'; mismatch?: 'plain-http' | 'tls'; failure?: FailureFacts })
  | (Where & { verdict: 'silent' | 'closed-on-accept' })
  | (Where & { verdict: 'not-http'; spoke: 'ssh' | 'other'; banner: string | null })
  | (Where & {
      verdict: 'http-status';
      protocol: ConcreteProtocol;
      status: number;
      statusText?: string;
      path?: string;
      location?: string;
      /** An Xtream check that found no panel: why. */
      xtream?: XtreamPanelFacts;
    })
  | (Where & { verdict: 'udp-refused'; game: GameRef })
  | (Where & { verdict: 'udp-no-answer'; game: GameRef; timeoutMs: number })
  | (Where & { verdict: 'game-mismatch'; game: GameRef; failure: GameFailureFacts })
  | (Where & { verdict: 'ok'; answer: OkFacts });
