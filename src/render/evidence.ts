/**
 * The matcher's evidence in words (English, as `explain --json` and the reply footers show it):
 * `code ECONNREFUSED`, `phrase ~"reset by peer"`, `errno 111 (ECONNREFUSED)`, `HTTP 418 (4xx)`,
 * `topic TiviMate`, `keywords ping, nazwa`, `upstream: errno 111`.
 */
import type { EvidenceFact } from '../matcher/match';
import type { Messages } from './i18n/messages';

/** How a typed code key (`errno:111`, `winsock:10061`, `http:404`, …) reads. */
export function typedCodeText(key: string): string {
  const colon = key.indexOf(':');
  const kind = key.slice(0, colon);
  const value = key.slice(colon + 1);
  switch (kind) {
    case 'errno':
      return `errno ${value}`;
    case 'winsock':
      return `Windows socket error ${value}`;
    case 'curl':
      return `curl exit ${value}`;
    case 'exit':
      return `exit code ${value}`;
    case 'http':
      return `HTTP ${value}`;
    case 'tlsalert':
      return `TLS alert ${value}`;
    case 'x509':
      return `certificate verify error ${value}`;
    default:
      return key;
  }
}

export function evidenceText(fact: EvidenceFact): string {
  switch (fact.kind) {
    case 'code':
      return fact.fuzzy ? `code ~${fact.code}` : `code ${fact.code}`;
    case 'phrase':
      return fact.fuzzy ? `phrase ~"${fact.phrase}"` : `phrase "${fact.phrase}"`;
    case 'typed': {
      const code = typedCodeText(fact.key);
      if (fact.means !== undefined) return `${code} (${fact.means})`;
      if (fact.httpClass !== undefined) return `${code} (${fact.httpClass}xx)`;
      return code;
    }
    case 'topic':
      return fact.words.map((w) => `topic ${w}`).join(', ');
    case 'keywords':
      return `keywords ${fact.words.join(', ')}`;
    case 'frame':
      return `${fact.frame}: ${evidenceText(fact.of)}`;
    case 'taught':
      return `taught in this server: "${fact.phrase}"`;
  }
}

export function evidenceTexts(facts: readonly EvidenceFact[]): string[] {
  return facts.map(evidenceText);
}

/** A typed code in the reader's words: the kind translated, the number kept. */
function typedCodeLabel(key: string, t: Messages): string {
  const colon = key.indexOf(':');
  const kind = key.slice(0, colon);
  const code = key.slice(colon + 1);
  if (kind === 'winsock') return t('explain-evidence-winsock', { code });
  if (kind === 'curl') return t('explain-seen-curl-exit', { code });
  if (kind === 'exit') return t('explain-evidence-exit-code', { code });
  if (kind === 'tlsalert') return t('explain-evidence-tls-alert', { code });
  if (kind === 'x509') return t('explain-evidence-x509', { code });
  return typedCodeText(key);
}

/** One piece of evidence in the reader's language (English: exactly evidenceText's words). */
export function evidenceLabel(fact: EvidenceFact, t: Messages): string {
  switch (fact.kind) {
    case 'code':
      return t('explain-evidence-code', { value: fact.fuzzy ? `~${fact.code}` : fact.code });
    case 'phrase':
      return t('explain-evidence-phrase', { value: fact.fuzzy ? `~"${fact.phrase}"` : `"${fact.phrase}"` });
    case 'typed': {
      const code = typedCodeLabel(fact.key, t);
      if (fact.means !== undefined) return `${code} (${fact.means})`;
      if (fact.httpClass !== undefined) return `${code} (${fact.httpClass}xx)`;
      return code;
    }
    case 'topic':
      return fact.words.map((value) => t('explain-evidence-topic', { value })).join(', ');
    case 'keywords':
      return t('explain-evidence-keywords', { value: fact.words.join(', ') });
    case 'frame':
      return `${fact.frame}: ${evidenceLabel(fact.of, t)}`;
    case 'taught':
      return t('explain-evidence-taught', { value: `"${fact.phrase}"` });
  }
}
