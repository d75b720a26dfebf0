/**
 * The private Xtream line check's data: what a line check reports (typed; words in
 * render/xtream-line.ts and render/check-words.ts), the credential checks and the request path.
 * The check itself is src/xtream/line-check.ts; the English fields of its JSON are worded by
 * render/line-json.ts.
 *
 * The credentials appear in exactly one place: the request path sent to the vetted address.
 */
import type { StageName, StageResult, Target, Verdict, VerdictFacts } from './types';
import type { CategoryCount, LineAccount, LineAnswer, LineState, PanelServerInfo, ServerInfoDifference } from './xtream-line';

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
  /** For verdicts other than ok (except a refused credential): the verdict's facts, worded per locale by the renderer. */
  facts?: VerdictFacts;
  /** Set when the typed username or password was refused before anything was sent. */
  credential?: CredentialIssue;
  account: LineAccount | null;
  server: PanelServerInfo | null;
  serverDifferences: ServerInfoDifference[];
  categories: CategoryCount[];
  stages: LineStage[];
  httpStatus?: number;
  /** Why a 2xx answer was not a panel answer: html, not-json, no-user-info, empty. */
  notPanel?: string;
  notes: LineNote[];
  ms: number;
}

/** A stage line of the line check, as facts (render/line-json.ts adds the English `detail` of the CLI's --json). */
export interface LineStage {
  name: StageName;
  ok: boolean;
  ms: number;
  family?: 4 | 6;
  facts: LineStageFacts;
}

/**
 * What a line stage found: an engine stage's result (DNS, TCP, the request's HTTP facts), or a
 * step of the line check itself (render/xtream-line.ts words them).
 */
export type LineStageFacts =
  | { kind: 'stage'; stage: StageResult }
  | { kind: 'not-panel'; status: number; why: Extract<LineAnswer, { kind: 'not-panel' }>['why'] }
  | { kind: 'panel-answered'; ms: number }
  | { kind: 'category'; category: CategoryCount };

export const MAX_CREDENTIAL_LENGTH = 200;

/** The article for a panel that answered about the line, and for no panel at that address. */
export const LINE_ARTICLE = 'iptv-account';
export const NO_PANEL_ARTICLE = 'iptv-xtream';

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
