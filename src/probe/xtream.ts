/**
 * The Xtream stage: `GET /player_api.php` with NO credentials. A live Xtream Codes-style panel
 * answers that with JSON holding `user_info` (typically `{"user_info":{"auth":0}}`), which proves
 * the panel is there without anyone's username or password ever being asked for or sent.
 *
 * Decision (documented for the verdict map): a reachable server that answers 2xx with anything
 * else (HTML, non-JSON, JSON without `user_info`) gets verdict `http-status` with the real status
 * and the note "no Xtream panel at this URL"; the article is `http-404` ("wrong URL"). A status
 * of 400 and above is reported like any HTTP status. A redirect is reported, not followed.
 */
import { httpStage, type HttpOutcome, type HttpStageOptions } from './http';
import type { XtreamFacts, XtreamPanelFacts } from './types';

export const XTREAM_PATH = '/player_api.php';

export type XtreamInterpretation = XtreamPanelFacts;

function looksLikeHtml(contentType: string | undefined, body: string): boolean {
  if (contentType && /\bhtml\b/i.test(contentType)) return true;
  return /^\s*(<!doctype\s+html|<html|<head|<body)/i.test(body);
}

/** The panel's `auth` value as shown (a server-chosen value: at most 80 characters). */
function authText(value: unknown): string {
  if (value === undefined) return 'absent';
  const text = String(JSON.stringify(value));
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** Pure: what does this answer to `GET /player_api.php` (without credentials) tell us? */
export function interpretXtream(status: number, contentType: string | undefined, body: string, location?: string): XtreamInterpretation {
  if (status >= 300 && status < 400) {
    return { panel: false, why: 'redirect', status, ...(location !== undefined ? { location } : {}) };
  }
  if (status >= 400) return { panel: false, why: 'status', status };
  const text = body.trim();
  if (text === '') return { panel: false, why: 'empty', status };
  if (looksLikeHtml(contentType, text)) return { panel: false, why: 'html', status };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // A cut-off (over maxBytes) panel answer still names user_info near its start.
    if (/^\{\s*"user_info"\s*:/.test(text)) {
      return { panel: true, auth: 'unknown', denied: false, truncated: true };
    }
    return { panel: false, why: 'not-json', status };
  }
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed) && 'user_info' in parsed) {
    const info = (parsed as { user_info: unknown }).user_info;
    const auth = info && typeof info === 'object' ? (info as { auth?: unknown }).auth : undefined;
    const denied = auth === 0 || auth === '0' || auth === false;
    const shown = authText(auth);
    return { panel: true, auth: shown, denied, truncated: false };
  }
  return { panel: false, why: 'no-user-info', status };
}

export interface XtreamOutcome {
  /** True when the panel answered. */
  ok: boolean;
  ms: number;
  facts: XtreamFacts;
  http: HttpOutcome;
  interpretation: XtreamInterpretation | null;
}

/** Request /player_api.php (no query, no credentials) and interpret the answer. */
export async function xtreamStage(options: Omit<HttpStageOptions, 'path' | 'keepBody' | 'method'>): Promise<XtreamOutcome> {
  const http = await httpStage({ ...options, path: XTREAM_PATH, keepBody: true, method: 'GET' });
  if (http.status === undefined || http.facts.kind === 'failed') {
    const failure = http.facts.kind === 'failed' ? http.facts.failure : { verdict: 'not-http' as const, code: 'NONE', kind: 'not-http' as const };
    return { ok: false, ms: http.ms, facts: { kind: 'failed', failure }, http, interpretation: null };
  }
  const body = (http.body ?? Buffer.alloc(0)).toString('utf8');
  const interpretation = interpretXtream(http.status, http.contentType, body, http.location);
  return { ok: interpretation.panel, ms: http.ms, facts: { kind: 'answer', ttfbMs: http.ttfbMs ?? http.ms, answer: interpretation }, http, interpretation };
}
