/**
 * Verdict → knowledge-base article (the sentence a person reads is the renderer's:
 * src/render/check-words.ts). Pure.
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
import { isGameProtocol } from './protocols';
import type { ConcreteProtocol, Target, Verdict } from './types';

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

/** Whether the check speaks TLS to this target. */
export function usesTls(target: Target): boolean {
  if (target.protocol === 'tcp' || isGameProtocol(target.protocol)) return false;
  return target.tls ?? target.protocol === 'https';
}
