/**
 * The shipped articles are found for the errors they were written for: each case is a line as
 * the tool prints it, and the article that must come first (confidently).
 */
import { defaultKnowledgeDir, loadKnowledgeBaseSync } from '../../src/knowledge/load';
import { formatProblem } from '../../src/render/knowledge-problems';
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
  // game-server: launcher and server-browser errors.
  ['game-server', 'Failed to connect to the server\nio.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: no further information: mc.example.com/203.0.113.5:25565'],
  ['game-server', 'java.net.ConnectException: Connection timed out: no further information'],
  ['game-server', 'io.netty.channel.ConnectTimeoutException: connection timed out: /203.0.113.5:25565'],
  ['game-server', 'Connection failed after 4 retries.'],
  ['game-server', 'Unable to connect to world'],
  // ssh-auth: the login step of SSH, not the connection.
  ['ssh-auth', 'git@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository.'],
  ['ssh-auth', 'Host key verification failed.'],
  ['ssh-auth', '@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @'],
  ['ssh-auth', 'Received disconnect from 203.0.113.4 port 22:2: Too many authentication failures'],
  ['ssh-auth', "Permissions 0644 for '/home/me/.ssh/id_ed25519' are too open.\nThis private key will be ignored."],
  ['ssh-auth', 'Bad permissions. Try removing permissions for user: NT AUTHORITY\\Authenticated Users (S-1-5-11) on file C:/Users/me/.ssh/id_ed25519.'],
  // auth-failed: service logins, not HTTP.
  ['auth-failed', 'psql: error: connection to server at "db.example" (203.0.113.9), port 5432 failed: FATAL:  password authentication failed for user "app"'],
  ['auth-failed', 'FATAL:  no pg_hba.conf entry for host "203.0.113.7", user "app", database "app", no encryption'],
  ['auth-failed', "ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)"],
  ['auth-failed', 'ReplyError: NOAUTH Authentication required.'],
  ['auth-failed', 'WRONGPASS invalid username-password pair or user is disabled.'],
  ['auth-failed', 'Error: Invalid login: 535-5.7.8 Username and Password not accepted.'],
  ['auth-failed', '530 Login incorrect.\nftp: Login failed'],
  ['auth-failed', 'curl: (67) Access denied: 530'],
  ['auth-failed', 'javax.naming.AuthenticationException: [LDAP: error code 49 - 80090308: LdapErr: DSID-0C09042A, comment: AcceptSecurityContext error, data 52e, v3839]'],
  // iptv-playlist: M3U / XMLTV loading.
  ['iptv-playlist', "AddOnLog: pvr.iptvsimple: pvr.iptvsimple - LoadPlayList - Unable to load channels or media from file '/storage/playlist.m3u8'"],
  ['iptv-playlist', '[xTeVe] [ERROR] Invalid M3U file, an extended M3U file is required. - EC: 1005'],
  ['iptv-playlist', "Invalid EPG file 'http://line.example:8080/xmltv.php?username=a&password=b': unable to decompress file."],
  ['iptv-playlist', 'Failed to load XMLTV: http://line.example/epg/u/p'],
  // iptv-player-errors: a stream that does not play.
  ['iptv-player-errors', 'ExoPlaybackException: Source error\ncom.google.android.exoplayer2.upstream.HttpDataSource$InvalidResponseCodeException: Response code: 403'],
  ['iptv-player-errors', 'ERROR_CODE_DECODING_FORMAT_UNSUPPORTED'],
  ['iptv-player-errors', 'Cleartext HTTP traffic to line.example.tv not permitted'],
];

describe('shipped articles', () => {
  it.each(CASES)('%s for %j', (id, text) => {
    const m = match(text, kb);
    expect(m.match?.id).toBe(id);
    expect(m.confident).toBe(true);
  });

  // Lines whose only evidence is shared or contextual: the right article comes first, but the
  // matcher rightly stays unsure. Bare Xtream field names are topic words (issue 8: context, never
  // evidence).
  it.each([['iptv-account', 'active_cons 2 max_connections 2']])('%s first (unsure) for %j', (id, text) => {
    const m = match(text, kb);
    expect(m.match?.id ?? m.alternatives[0]?.id).toBe(id);
    expect(m.confident).toBe(false);
  });

  // Minecraft prints "Can't resolve hostname" when a name does not resolve: the DNS article
  // answers it (issue 8: a topic article does not own a generic failure's words).
  it.each(["Can't resolve hostname", "Can't resolve hostname when joining play.example.net"])('%j is a DNS failure, also from a game', (text) => {
    expect(match(text, kb)).toMatchObject({ match: { id: 'dns-failure' }, confident: true });
  });

  it('a git-over-HTTPS login failure stays an HTTP article, not a service login', () => {
    const m = match("remote: Support for password authentication was removed on August 13, 2021.\nfatal: Authentication failed for 'https://github.com/acme/site.git/'", kb);
    expect(m.match?.id).toBe('http-forbidden');
  });

  it('a generic "failed to connect" line is not taken for a game server', () => {
    for (const text of ["ERROR 2003 (HY000): Can't connect to MySQL server on 'db.example:3306' (10061)", 'smb: Failed to connect to the server']) {
      expect(match(text, kb).match?.id).not.toBe('game-server');
    }
  });
});
