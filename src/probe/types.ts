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

export interface StageResult {
  name: StageName;
  ok: boolean;
  /** Duration in milliseconds (integer). */
  ms: number;
  /** One human line: "93.184.216.34 in 12 ms", "refused (ECONNREFUSED)". */
  detail: string;
  /** For tcp: which address family the line is about. */
  family?: 4 | 6;
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export interface AlternativePort {
  port: number;
  open: boolean;
  /** "answers (HTTP 200)", "refused", "no answer". */
  detail: string;
}

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
  problem?: 'expired' | 'not-yet-valid' | 'self-signed' | 'untrusted-root' | 'unknown-issuer' | 'name-mismatch' | 'revoked' | 'invalid';
}

export interface CheckResult {
  /** Null when the input could not be parsed (verdict `invalid`). */
  target: Target | null;
  verdict: Verdict;
  /** Knowledge-base article id for the verdict, or null (ok, invalid, blocked). */
  article: string | null;
  /** The verdict in one sentence, for people. */
  sentence: string;
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
  /** Notes for the user: credentials removed, port assumed, redirect seen (not followed)… */
  notes: string[];
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
