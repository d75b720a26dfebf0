/** Protocol names as typed, and targets for the game protocols (pure). */
import { parseProtocol } from '../../../src/probe/protocols';
import { parseTarget } from '../../../src/probe/target';
import { plannedStages } from '../../../src/probe/stages';
import { protocolProblemText, targetProblemText } from '../../../src/render/check-words';
import { englishMessages } from '../../../src/render/i18n/messages';

describe('parseProtocol', () => {
  it.each([
    ['', 'auto'],
    ['MINECRAFT ', 'minecraft'],
    ['source', 'source'],
    ['game:teamspeak3', 'game:teamspeak3'],
    ['Game:Rust', 'game:rust'],
  ])('%j → %s', (text, protocol) => {
    expect(parseProtocol(text)).toEqual({ ok: true, protocol });
  });

  it.each(['quake', 'game:', 'game:../etc', 'game:a b'])('%j is refused with the list', (text) => {
    const r = parseProtocol(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(['game-id', 'unknown']).toContain(r.problem.code);
    if (!r.ok) expect(protocolProblemText(englishMessages(), r.problem)).toMatch(/game:<id>|GameDig game id/);
  });
});

describe('targets for game protocols', () => {
  it('default ports: minecraft 25565, source 27015 (and the reply says a port was assumed)', () => {
    const mc = parseTarget('mc.example.net', 'minecraft');
    expect(mc.ok && [mc.target.port, mc.target.portAssumed, mc.target.display, mc.target.path]).toEqual([25565, true, 'mc.example.net:25565', '/']);
    const src = parseTarget('[2001:db8::5]', 'source');
    expect(src.ok && [src.target.port, src.target.display]).toEqual([27015, '[2001:db8::5]:27015']);
  });

  it('game:<id> needs the query port', () => {
    const missing = parseTarget('ts.example.net', 'game:teamspeak3');
    expect(missing).toEqual({ ok: false, problem: { code: 'query-port-needed', protocol: 'game:teamspeak3', host: 'ts.example.net' } });
    expect(!missing.ok && targetProblemText(englishMessages(), missing.problem)).toContain("game:teamspeak3 checks need the server's query port");
    const t = parseTarget('ts.example.net:10011', 'game:teamspeak3');
    expect(t.ok && t.target.protocol).toBe('game:teamspeak3');
  });

  it('a URL checked as a game keeps its host and port, never a path', () => {
    const t = parseTarget('http://play.example.net:25570/whatever', 'minecraft');
    expect(t.ok && [t.target.port, t.target.path, t.target.display, t.target.tls]).toEqual([25570, '/', 'play.example.net:25570', false]);
  });

  it('planned stages: DNS, then the game', () => {
    const t = parseTarget('example.net:27015');
    expect(t.ok && plannedStages(t.target)).toEqual(['dns', 'game']);
  });
});
