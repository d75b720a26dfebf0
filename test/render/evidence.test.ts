/**
 * The matcher returns evidence as data; src/render/evidence.ts words it. The words are the ones
 * `explain --json` has always shown, so scripts reading that output see no change.
 */
import { defaultKnowledgeDir, loadKnowledgeBaseSync } from '../../src/knowledge/load';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { match, type EvidenceFact } from '../../src/matcher/match';
import { evidenceText, evidenceTexts } from '../../src/render/evidence';
import { messagesFor } from '../../src/render/i18n/messages';

let kb: KnowledgeBase;
beforeAll(() => {
  const r = loadKnowledgeBaseSync(defaultKnowledgeDir());
  if (!('kb' in r)) throw new Error('knowledge base does not load');
  kb = r.kb;
});

describe('evidence in words', () => {
  it.each<[EvidenceFact, string]>([
    [{ kind: 'code', code: 'ECONNREFUSED', fuzzy: false }, 'code ECONNREFUSED'],
    [{ kind: 'code', code: 'ECONNREFUSED', fuzzy: true }, 'code ~ECONNREFUSED'],
    [{ kind: 'phrase', phrase: 'reset by peer', fuzzy: false }, 'phrase "reset by peer"'],
    [{ kind: 'phrase', phrase: 'reset by peer', fuzzy: true }, 'phrase ~"reset by peer"'],
    [{ kind: 'typed', key: 'errno:111' }, 'errno 111'],
    [{ kind: 'typed', key: 'errno:111', means: 'ECONNREFUSED' }, 'errno 111 (ECONNREFUSED)'],
    [{ kind: 'typed', key: 'winsock:10061' }, 'Windows socket error 10061'],
    [{ kind: 'typed', key: 'curl:7' }, 'curl exit 7'],
    [{ kind: 'typed', key: 'exit:1' }, 'exit code 1'],
    [{ kind: 'typed', key: 'http:418', httpClass: '4' }, 'HTTP 418 (4xx)'],
    [{ kind: 'typed', key: 'tlsalert:40' }, 'TLS alert 40'],
    [{ kind: 'typed', key: 'x509:10' }, 'certificate verify error 10'],
    [{ kind: 'topic', words: ['TiviMate', 'm3u'] }, 'topic TiviMate, topic m3u'],
    [{ kind: 'keywords', words: ['ping', 'host'] }, 'keywords ping, host'],
    [{ kind: 'frame', frame: 'upstream', of: { kind: 'typed', key: 'errno:111' } }, 'upstream: errno 111'],
    [{ kind: 'taught', phrase: 'panel says 884' }, 'taught in this server: "panel says 884"'],
  ])('%j → %s', (fact, text) => {
    expect(evidenceText(fact)).toBe(text);
    // The English catalogue says the same, and other languages put it in their words.
    expect(evidenceText(fact, messagesFor('en'))).toBe(text);
    if (!/errno|HTTP/.test(text)) expect(evidenceText(fact, messagesFor('de'))).not.toBe(text);
  });

  it('a match carries data, and reads as before', () => {
    const r = match('ConnectionRefusedError: [Errno 111] Connection refused', kb);
    expect(r.match!.evidence.every((e) => typeof e === 'object')).toBe(true);
    expect(evidenceTexts(r.match!.evidence)).toEqual(expect.arrayContaining(['errno 111', 'errno 111 (ECONNREFUSED)', 'phrase "connection refused"']));
  });
});
