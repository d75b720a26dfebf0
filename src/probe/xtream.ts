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

export const XTREAM_PATH = '/player_api.php';

export type XtreamInterpretation =
  | { panel: true; auth: string; detail: string }
  | { panel: false; why: 'status' | 'redirect' | 'html' | 'not-json' | 'no-user-info' | 'empty'; detail: string };

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
    return { panel: false, why: 'redirect', detail: `HTTP ${status}: redirects to ${location ?? '(no location)'}; not followed, so no panel confirmed` };
  }
  if (status >= 400) return { panel: false, why: 'status', detail: `HTTP ${status} at ${XTREAM_PATH}: no Xtream panel answers here` };
  const text = body.trim();
  if (text === '') return { panel: false, why: 'empty', detail: `HTTP ${status} with an empty body: no Xtream panel at this URL` };
  if (looksLikeHtml(contentType, text)) return { panel: false, why: 'html', detail: `HTTP ${status} with an HTML page: no Xtream panel at this URL` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // A cut-off (over maxBytes) panel answer still names user_info near its start.
    if (/^\{\s*"user_info"\s*:/.test(text)) {
      return { panel: true, auth: 'unknown', detail: 'Xtream panel answers (user_info present; answer cut at the size limit)' };
    }
    return { panel: false, why: 'not-json', detail: `HTTP ${status}, but the answer is not JSON: no Xtream panel at this URL` };
  }
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed) && 'user_info' in parsed) {
    const info = (parsed as { user_info: unknown }).user_info;
    const auth = info && typeof info === 'object' ? (info as { auth?: unknown }).auth : undefined;
    const denied = auth === 0 || auth === '0' || auth === false;
    const shown = authText(auth);
    return {
      panel: true,
      auth: shown,
      detail: denied
        ? `Xtream panel answers (auth: ${shown} without credentials)`
        : `Xtream panel answers (user_info present, auth: ${shown})`,
    };
  }
  return { panel: false, why: 'no-user-info', detail: `HTTP ${status} JSON without user_info: no Xtream panel at this URL` };
}

export interface XtreamOutcome {
  /** True when the panel answered. */
  ok: boolean;
  ms: number;
  detail: string;
  http: HttpOutcome;
  interpretation: XtreamInterpretation | null;
}

/** Request /player_api.php (no query, no credentials) and interpret the answer. */
export async function xtreamStage(options: Omit<HttpStageOptions, 'path' | 'keepBody' | 'method'>): Promise<XtreamOutcome> {
  const http = await httpStage({ ...options, path: XTREAM_PATH, keepBody: true, method: 'GET' });
  if (http.status === undefined) return { ok: false, ms: http.ms, detail: http.detail, http, interpretation: null };
  const body = (http.body ?? Buffer.alloc(0)).toString('utf8');
  const interpretation = interpretXtream(http.status, http.contentType, body, http.location);
  const detail = interpretation.panel ? `${interpretation.detail} in ${http.ttfbMs ?? http.ms} ms` : interpretation.detail;
  return { ok: interpretation.panel, ms: http.ms, detail, http, interpretation };
}
