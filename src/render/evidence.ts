/**
 * The matcher's evidence in words: `code ECONNREFUSED`, `phrase ~"reset by peer"`,
 * `errno 111 (ECONNREFUSED)`, `HTTP 418 (4xx)`, `topic TiviMate`, `keywords ping, nazwa`,
 * `upstream: errno 111`. One function for both uses: the fixed English of `explain --json`, and
 * the reader's language in reply footers and fields (only the words differ, never the shape).
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

/** The words a piece of evidence is put in; `value` is already marked (`~` for fuzzy, quotes for phrases). */
interface EvidenceWords {
  code(value: string): string;
  phrase(value: string): string;
  topic(value: string): string;
  keywords(value: string): string;
  taught(value: string): string;
  /** A typed code (`errno:111`) as read. */
  typed(key: string): string;
}

/** The fixed English of `explain --json` (a contract scripts read) and the logs. */
const JSON_WORDS: EvidenceWords = {
  code: (value) => `code ${value}`,
  phrase: (value) => `phrase ${value}`,
  topic: (value) => `topic ${value}`,
  keywords: (value) => `keywords ${value}`,
  taught: (value) => `taught in this server: ${value}`,
  typed: typedCodeText,
};

/** Typed-code kinds whose word the reader's catalogue has (errno and HTTP read the same in every language). */
const TYPED_MESSAGES: Readonly<Record<string, string>> = {
  winsock: 'explain-evidence-winsock',
  curl: 'explain-seen-curl-exit',
  exit: 'explain-evidence-exit-code',
  tlsalert: 'explain-evidence-tls-alert',
  x509: 'explain-evidence-x509',
};

/** The reader's words, from the explain catalogue (its English is JSON_WORDS's). */
function catalogueWords(t: Messages): EvidenceWords {
  return {
    code: (value) => t('explain-evidence-code', { value }),
    phrase: (value) => t('explain-evidence-phrase', { value }),
    topic: (value) => t('explain-evidence-topic', { value }),
    keywords: (value) => t('explain-evidence-keywords', { value }),
    taught: (value) => t('explain-evidence-taught', { value }),
    typed: (key) => {
      const colon = key.indexOf(':');
      const id = TYPED_MESSAGES[key.slice(0, colon)];
      return id ? t(id, { code: key.slice(colon + 1) }) : typedCodeText(key);
    },
  };
}

function inWords(fact: EvidenceFact, w: EvidenceWords): string {
  switch (fact.kind) {
    case 'code':
      return w.code(fact.fuzzy ? `~${fact.code}` : fact.code);
    case 'phrase':
      return w.phrase(fact.fuzzy ? `~"${fact.phrase}"` : `"${fact.phrase}"`);
    case 'typed': {
      const code = w.typed(fact.key);
      if (fact.means !== undefined) return `${code} (${fact.means})`;
      if (fact.httpClass !== undefined) return `${code} (${fact.httpClass}xx)`;
      return code;
    }
    case 'topic':
      return fact.words.map((value) => w.topic(value)).join(', ');
    case 'keywords':
      return w.keywords(fact.words.join(', '));
    case 'frame':
      return `${fact.frame}: ${inWords(fact.of, w)}`;
    case 'taught':
      return w.taught(`"${fact.phrase}"`);
  }
}

/**
 * One piece of evidence in words: with `t`, the reader's language (reply footers and fields);
 * without, the fixed English of `explain --json` (the same text as English `t`).
 */
export function evidenceText(fact: EvidenceFact, t?: Messages): string {
  return inWords(fact, t ? catalogueWords(t) : JSON_WORDS);
}

/** Evidence in the fixed English of `explain --json`. */
export function evidenceTexts(facts: readonly EvidenceFact[]): string[] {
  return facts.map((f) => evidenceText(f));
}
