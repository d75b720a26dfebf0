/**
 * Vague phrases ("failed to connect to", "can't connect to the server") say that a connection
 * failed, not how: they name an article only when nothing else in the text does.
 */
import { loadKnowledgeBaseSync } from '../../src/knowledge/load';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { buildMatcherIndex } from '../../src/matcher/build-index';
import { match } from '../../src/matcher/match';

let kb: KnowledgeBase;
beforeAll(() => {
  const r = loadKnowledgeBaseSync();
  if (!('kb' in r)) throw new Error('knowledge base does not load');
  kb = r.kb;
});

describe('vague phrases', () => {
  it('are marked only when every word just says a connection failed', () => {
    const vague = buildMatcherIndex(kb.articles)
      .patterns.filter((p) => p.vague)
      .map((p) => p.source);
    expect(vague).toEqual(expect.arrayContaining(['failed to connect to']));
    expect(vague).not.toContain('unknown host');
    expect(vague).not.toContain('no such host');
  });

  it('alone, name an article, but not confidently', () => {
    const r = match('java.net.ConnectException: Failed to connect to /10.0.2.2:8080', kb);
    expect(r.match?.id).toBe('connection-refused');
    expect(r.confident).toBe(false);
  });

  it('never outweigh what the rest of the text says', () => {
    expect(match('curl: (7) Failed to connect to 10.20.0.5 port 22: No route to host', kb).match?.id).toBe('host-unreachable');
    expect(match('curl: (7) Failed to connect to 2001:db8::10 port 443 after 0 ms: Network is unreachable', kb).match?.id).toBe('network-unreachable');
    expect(match("curl: (28) Failed to connect to tv.example.net port 25461 after 130012 ms: Couldn't connect to server", kb).match?.id).toBe('connection-timeout');
    expect(match('telnet: Unable to connect to remote host: Connection timed out', kb).match?.id).toBe('connection-timeout');
  });
});
