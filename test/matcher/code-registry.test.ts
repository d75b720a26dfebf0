/**
 * One code registry for /check and /explain: every code /check's classifier can report is matched
 * by /explain to the article its verdict maps to. The list comes from the classifier itself
 * (classifierCodes), so verdicts and codes added there are covered without editing this test.
 * Also: the code tables agree with the articles' own claims, and every table names real articles.
 */
import { defaultKnowledgeDir, loadKnowledgeBaseSync } from '../../src/knowledge/load';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { tableConflicts } from '../../src/matcher/build-index';
import { CODE_TABLES, tableArticle } from '../../src/matcher/code-tables';
import { match } from '../../src/matcher/match';
import { classifierCodes, classifyNetworkError, CLASSIFIER_PREFIXES } from '../../src/probe/classify';
import { articleFor } from '../../src/probe/verdicts';

let kb: KnowledgeBase;
beforeAll(() => {
  const r = loadKnowledgeBaseSync(defaultKnowledgeDir());
  if (!('kb' in r)) throw new Error('knowledge base does not load');
  kb = r.kb;
});

const codes = classifierCodes();

describe('one code registry for /check and /explain', () => {
  it('enumerates the classifier', () => {
    expect(codes.length).toBeGreaterThan(40);
    // The list is what the classifier really does with an error carrying that code.
    for (const { code, verdict } of codes) {
      if (code === 'TimeoutError') continue; // recognised by name, not code
      expect({ code, verdict: classifyNetworkError({ code, message: '' })?.verdict }).toEqual({ code, verdict });
    }
  });

  it.each(codes)('$code ($verdict) is explained by the article its verdict maps to', ({ code, verdict }) => {
    const article = articleFor(verdict);
    const m = match(code, kb);
    if (article === null) {
      expect(m.confident).toBe(false);
      return;
    }
    expect(kb.articles.some((a) => a.id === article)).toBe(true);
    expect({ code, got: m.match?.id ?? null }).toEqual({ code, got: article });
    // Also inside a line as a tool prints it.
    expect({ code, got: match(`Error: ${code}: request to https://example.com/ failed`, kb).match?.id ?? null }).toEqual({ code, got: article });
  });

  it.each(CLASSIFIER_PREFIXES.map((p) => ({ code: `${p}SOMETHING_NEW` })))('the family of $code goes where the classifier sends it', ({ code }) => {
    const verdict = classifyNetworkError({ code, message: '' })?.verdict;
    expect(verdict).toBeDefined();
    const article = articleFor(verdict!);
    const m = match(code, kb);
    if (article === null) expect(m.confident).toBe(false);
    else expect(m.match?.id).toBe(article);
  });

  it('the code tables and the articles never claim one code for two articles', () => {
    expect(tableConflicts(kb.articles)).toEqual([]);
  });

  it('every article the tables name exists', () => {
    const ids = new Set(kb.articles.map((a) => a.id));
    const named = new Set<string>([...[...CODE_TABLES.names.values()].map((v) => v.article), ...CODE_TABLES.typed.values(), ...CODE_TABLES.prefixes.map(([, a]) => a)]);
    expect([...named].filter((id) => !ids.has(id))).toEqual([]);
  });

  it('typed codes from the tables are matched: errno and Winsock numbers per OS, curl exits, TLS alerts, verify codes', () => {
    const cases: [string, string][] = [
      ['OSError: [Errno 111] Connection refused', 'connection-refused'],
      ['socket.error: [Errno 61] Connection refused', 'connection-refused'],
      ['SocketException (10061)', 'connection-refused'],
      ['[WinError 10065] A socket operation was attempted', 'host-unreachable'],
      ['OSError: [Errno 99] Cannot assign requested address', 'network-unreachable'],
      ['curl: (77) error setting certificate file', 'tls-certificate'],
      ['SSL alert number 42', 'tls-certificate'],
      ['SSL alert number 70', 'tls-protocol'],
      ['verify error:num=10:certificate has expired', 'tls-certificate'],
      ['ERROR 2013 (HY000): Lost connection to MySQL server, system error: 104', 'connection-reset'],
      ['SEC_E_UNTRUSTED_ROOT (0x80090325)', 'tls-certificate'],
      ['GNUTLS_E_PREMATURE_TERMINATION', 'connection-reset'],
      ['X509_V_ERR_CERT_HAS_EXPIRED', 'tls-certificate'],
      ['java.net.PortUnreachableException', 'connection-refused'],
    ];
    for (const [text, id] of cases) expect({ text, got: match(text, kb).match?.id ?? null }).toEqual({ text, got: id });
    expect(tableArticle('errno:104')).toBe('connection-reset');
    expect(tableArticle('ERR_CERT_SOMETHING')).toBe('tls-certificate');
  });

  it('EACCES and EPERM are network errors only away from file operations', () => {
    expect(match('connect EACCES 10.0.0.1:443', kb).match?.id).toBe('network-unreachable');
    const file = match("Error: EACCES: permission denied, open '/usr/lib/node_modules/x/package.json'", kb);
    expect(file.confident).toBe(false);
  });
});
