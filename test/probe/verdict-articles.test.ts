/**
 * Every verdict's article, and the line check's, exists in the shipped knowledge base — so no
 * reply links an article that is not there (the kb lint requires the same ids).
 */
import { defaultKnowledgeDir, loadKnowledgeBase } from '../../src/knowledge/load';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { articleFor } from '../../src/probe/verdicts';
import { VERDICTS, type ConcreteProtocol } from '../../src/probe/types';
import { REQUIRED_ARTICLES } from '../../src/kb-tools/lint';

let kb: KnowledgeBase;
beforeAll(async () => {
  const loaded = await loadKnowledgeBase(defaultKnowledgeDir());
  if (!('kb' in loaded)) throw new Error('the shipped knowledge base does not load');
  kb = loaded.kb;
});

describe('verdict → article', () => {
  const protocols: ConcreteProtocol[] = ['tcp', 'http', 'https', 'xtream', 'minecraft', 'source', 'game:teamspeak3'];
  it.each(VERDICTS.map((v) => [v]))('%s maps to an existing article (or none)', (verdict) => {
    for (const protocol of protocols) {
      for (const httpStatus of [undefined, 200, 403, 404, 429, 500]) {
        const id = articleFor(verdict, { protocol, httpStatus });
        if (id !== null) expect({ verdict, id, exists: kb.article(id) !== undefined }).toEqual({ verdict, id, exists: true });
      }
    }
  });

  it('the UDP and game verdicts link game-server; the line states link iptv-account (both required by kb lint)', () => {
    for (const v of ['udp-refused', 'udp-no-answer', 'game-mismatch'] as const) expect(articleFor(v)).toBe('game-server');
    expect(REQUIRED_ARTICLES).toEqual(expect.arrayContaining(['game-server', 'iptv-account']));
    expect(kb.article('iptv-account')?.title).toBeTruthy();
  });
});
