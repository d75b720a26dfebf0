/**
 * The shipped articles are found for the errors they were written for: each case is a line as
 * the tool prints it, and the article that must come first (confidently).
 */
import { defaultKnowledgeDir, formatProblem, loadKnowledgeBaseSync } from '../../src/knowledge/load';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { match } from '../../src/matcher/match';

let kb: KnowledgeBase;
beforeAll(() => {
  const r = loadKnowledgeBaseSync(defaultKnowledgeDir());
  if (!('kb' in r)) throw new Error(r.problems.map(formatProblem).join('\n'));
  kb = r.kb;
});

const CASES: [string, string][] = [
  // iptv-account: the user_info states and the apps' words for them.
  ['iptv-account', '{"user_info":{"auth":1,"status":"Banned","exp_date":"1700000000","is_trial":"0"}}'],
  ['iptv-account', '"status":"Disabled"'],
  ['iptv-account', 'IPTV Smarters: Your Account is expired. Please contact your provider.'],
  ['iptv-account', 'WAGA - Connection Limit Exceeded'],
  ['iptv-account', 'active_cons 2 max_connections 2'],
  // game-server: launcher and server-browser errors.
  ['game-server', 'Failed to connect to the server\nio.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: no further information: mc.example.com/203.0.113.5:25565'],
  ['game-server', 'java.net.ConnectException: Connection timed out: no further information'],
  ['game-server', 'io.netty.channel.ConnectTimeoutException: connection timed out: /203.0.113.5:25565'],
  ['game-server', 'Connection failed after 4 retries.'],
  ['game-server', 'Unable to connect to world'],
  ['game-server', "Can't resolve hostname"],
];

describe('shipped articles', () => {
  it.each(CASES)('%s for %j', (id, text) => {
    const m = match(text, kb);
    expect(m.match?.id).toBe(id);
    expect(m.confident).toBe(true);
  });

  it('a generic "failed to connect" line is not taken for a game server', () => {
    for (const text of ["ERROR 2003 (HY000): Can't connect to MySQL server on 'db.example:3306' (10061)", 'smb: Failed to connect to the server']) {
      expect(match(text, kb).match?.id).not.toBe('game-server');
    }
  });
});
