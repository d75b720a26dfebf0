/**
 * What an Xtream Codes-style panel says about one line (pure, no I/O): `player_api.php` with a
 * username and password answers `{"user_info": {...}, "server_info": {...}}`, and the
 * `action=get_live_categories` / `get_vod_categories` / `get_series_categories` calls answer JSON
 * arrays. Panels differ: numbers come as numbers or strings, fields go missing, `exp_date` is
 * null for lines that never expire, and a broken panel answers HTML. Everything here copes.
 *
 * Only the fields listed in LineAccount and PanelServerInfo are kept: the panel also echoes the
 * username and password in user_info, and those never leave this module.
 */
import type { Target } from './types';

export type LineState = 'active' | 'trial' | 'expired' | 'banned' | 'disabled' | 'limit-reached' | 'wrong-login' | 'unknown';

export const LINE_STATES: readonly LineState[] = ['active', 'trial', 'expired', 'banned', 'disabled', 'limit-reached', 'wrong-login', 'unknown'];

export interface LineAccount {
  /** user_info.auth: true = credentials accepted; null when the panel did not say. */
  auth: boolean | null;
  /** user_info.status as the panel wrote it ("Active", "Expired", "Banned", "Disabled"…). */
  status: string | null;
  /** Expiry as an ISO 8601 time; null when unknown or unlimited. */
  expiresAt: string | null;
  /** True when exp_date is null/empty/0: the line never expires. */
  unlimited: boolean;
  /** Whole days until expiry, rounded toward zero (negative: expired that many days ago); null without a date. */
  daysLeft: number | null;
  activeConnections: number | null;
  maxConnections: number | null;
  trial: boolean;
  /** allowed_output_formats (m3u8, ts, rtmp…). */
  formats: string[];
  /** The panel's own message to the user, when it sent one. */
  message: string | null;
}

export interface PanelServerInfo {
  url: string | null;
  port: number | null;
  httpsPort: number | null;
  protocol: string | null;
  timezone: string | null;
  /** The panel's clock (time_now), as it sent it. */
  time: string | null;
}

export interface ServerInfoDifference {
  field: 'url' | 'port' | 'https_port';
  typed: string;
  panel: string;
}

export type LineAnswer =
  | { kind: 'line'; state: LineState; account: LineAccount; server: PanelServerInfo | null }
  | { kind: 'not-panel'; why: 'html' | 'not-json' | 'no-user-info' | 'empty' };

export type CategoryKind = 'live' | 'vod' | 'series';

export const CATEGORY_ACTIONS: Readonly<Record<CategoryKind, string>> = {
  live: 'get_live_categories',
  vod: 'get_vod_categories',
  series: 'get_series_categories',
};

export interface CategoryCount {
  kind: CategoryKind;
  /** The list loaded (a JSON array, possibly empty). */
  ok: boolean;
  count: number | null;
  /** The answer was cut at the byte limit: `count` is a lower bound. */
  atLeast: boolean;
  /** Why it did not load: `http-<status>`, `html`, `not-json`, `not-a-list`, or a network verdict. */
  problem: string | null;
}

function record(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** A whole number sent as a number or a numeric string; null otherwise. */
export function looseInt(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : null;
  if (typeof value === 'string' && /^\s*-?\d{1,15}\s*$/.test(value)) return Number(value.trim());
  return null;
}

function looseBool(value: unknown): boolean | null {
  if (value === true || value === 1 || value === '1' || value === 'true') return true;
  if (value === false || value === 0 || value === '0' || value === 'false') return false;
  return null;
}

function text(value: unknown, max = 200): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  const t = value.trim();
  return t === '' ? null : t.slice(0, max);
}

export function looksLikeHtml(contentType: string | undefined, body: string): boolean {
  if (contentType && /\bhtml\b/i.test(contentType)) return true;
  return /^\s*(<!doctype\s+html|<html|<head|<body)/i.test(body);
}

const DAY_MS = 86_400_000;

export function readAccount(info: Record<string, unknown>, nowMs: number): LineAccount {
  const exp = looseInt(info.exp_date);
  const unlimited = info.exp_date === null || info.exp_date === undefined || info.exp_date === '' || exp === 0;
  const expiresAt = exp !== null && exp > 0 ? new Date(exp * 1000).toISOString() : null;
  const formats = Array.isArray(info.allowed_output_formats)
    ? info.allowed_output_formats.filter((f): f is string => typeof f === 'string').map((f) => f.slice(0, 20)).slice(0, 10)
    : [];
  return {
    auth: looseBool(info.auth),
    status: text(info.status, 40),
    expiresAt,
    unlimited: unlimited && expiresAt === null && 'exp_date' in info,
    daysLeft: expiresAt === null ? null : Math.trunc((exp! * 1000 - nowMs) / DAY_MS) || 0,
    activeConnections: looseInt(info.active_cons),
    maxConnections: looseInt(info.max_connections),
    trial: looseBool(info.is_trial) === true,
    formats,
    message: text(info.message, 300),
  };
}

/** The one state that decides what the user should do, most serious first. */
export function lineState(a: LineAccount, nowMs: number): LineState {
  if (a.auth === false) return 'wrong-login';
  const status = (a.status ?? '').toLowerCase();
  if (status === 'banned') return 'banned';
  if (status === 'disabled') return 'disabled';
  if (status === 'expired' || (a.expiresAt !== null && Date.parse(a.expiresAt) <= nowMs)) return 'expired';
  if (a.activeConnections !== null && a.maxConnections !== null && a.maxConnections > 0 && a.activeConnections >= a.maxConnections) return 'limit-reached';
  if (a.trial || status === 'trial') return 'trial';
  if (status === 'active' || (a.auth === true && status === '')) return 'active';
  return 'unknown';
}

export function readServerInfo(value: unknown): PanelServerInfo | null {
  const s = record(value);
  if (!s) return null;
  return {
    url: text(s.url, 120),
    port: looseInt(s.port),
    httpsPort: looseInt(s.https_port),
    protocol: text(s.server_protocol, 10),
    timezone: text(s.timezone, 60),
    time: text(s.time_now, 40),
  };
}

/** Interpret the answer to `player_api.php?username=…&password=…`. */
export function interpretLineAnswer(contentType: string | undefined, body: string, nowMs: number): LineAnswer {
  const trimmed = body.trim();
  if (trimmed === '') return { kind: 'not-panel', why: 'empty' };
  if (looksLikeHtml(contentType, trimmed)) return { kind: 'not-panel', why: 'html' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return { kind: 'not-panel', why: 'not-json' };
  }
  const root = record(parsed);
  const info = root ? record(root.user_info) : null;
  if (!root || !info) {
    // Some panels answer a bare `[]` or `{}` to wrong credentials instead of auth: 0.
    if ((Array.isArray(parsed) && parsed.length === 0) || (root && Object.keys(root).length === 0)) {
      const account = readAccount({ auth: 0 }, nowMs);
      return { kind: 'line', state: 'wrong-login', account, server: null };
    }
    return { kind: 'not-panel', why: 'no-user-info' };
  }
  const account = readAccount(info, nowMs);
  return { kind: 'line', state: lineState(account, nowMs), account, server: readServerInfo(root.server_info) };
}

function sameHost(a: string, b: string): boolean {
  const norm = (h: string) => h.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  return norm(a) === norm(b);
}

/** Where the panel's own server_info disagrees with what was typed (the provider moved it). */
export function serverInfoDifferences(target: Pick<Target, 'host' | 'displayHost' | 'port' | 'tls'>, server: PanelServerInfo): ServerInfoDifference[] {
  const out: ServerInfoDifference[] = [];
  if (server.url) {
    const panelHost = server.url.replace(/^[a-z]+:\/\//i, '').split(/[/:]/)[0] ?? server.url;
    if (!sameHost(panelHost, target.host) && !sameHost(panelHost, target.displayHost)) out.push({ field: 'url', typed: target.displayHost, panel: panelHost });
  }
  if (target.tls) {
    if (server.httpsPort !== null && server.httpsPort !== target.port) out.push({ field: 'https_port', typed: String(target.port), panel: String(server.httpsPort) });
  } else if (server.port !== null && server.port !== target.port) {
    out.push({ field: 'port', typed: String(target.port), panel: String(server.port) });
  }
  return out;
}

/** Count a category list; a body cut at the byte limit is counted by its `category_id` keys. */
export function countCategories(kind: CategoryKind, status: number, contentType: string | undefined, body: string, truncated: boolean): CategoryCount {
  const base = { kind, ok: false, count: null, atLeast: false };
  if (status >= 400) return { ...base, problem: `http-${status}` };
  const trimmed = body.trim();
  if (looksLikeHtml(contentType, trimmed)) return { ...base, problem: 'html' };
  if (truncated && trimmed.startsWith('[')) {
    const count = trimmed.split('"category_id"').length - 1;
    return { kind, ok: true, count, atLeast: true, problem: null };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return { ...base, problem: 'not-json' };
  }
  if (Array.isArray(parsed)) return { kind, ok: true, count: parsed.length, atLeast: false, problem: null };
  return { ...base, problem: 'not-a-list' };
}
