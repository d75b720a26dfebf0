import { ButtonStyle, type APIButtonComponentWithCustomId } from 'discord-api-types/v10';
import { defaultKnowledgeDir, loadKnowledgeBaseSync } from '../../src/knowledge/load';
import { embedLimitProblems } from '../../src/kb-tools/lint';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { match } from '../../src/matcher/match';
import {
  buildArticlePages,
  buildExplainEmbed,
  fillCommands,
  renderArticlePageReply,
  renderArticlePages,
  renderExplainReply,
  renderFaqEmbed,
  renderFaqList,
} from '../../src/render/explain';
import { embedLength } from '../../src/render/limits';
import { renderReplyText } from '../../src/render/terminal';

let kb: KnowledgeBase;
beforeAll(() => {
  const r = loadKnowledgeBaseSync(defaultKnowledgeDir());
  if (!('kb' in r)) throw new Error('knowledge base does not load');
  kb = r.kb;
});

const buttons = (reply: ReturnType<typeof renderExplainReply>) =>
  (reply.components ?? []).flatMap((r) => r.components) as APIButtonComponentWithCustomId[];

describe('renderExplainReply', () => {
  it('renders title, summary, context, causes narrowed by the port, steps, tests and footer', () => {
    const result = match('psql: error: connection to server at "db.internal.example.com" (10.0.0.5), port 5432 failed: Connection refused', kb);
    const reply = renderExplainReply(result, kb);
    const embed = reply.embeds![0]!;
    expect(embed.title).toBe(kb.article('connection-refused')!.title);
    expect(embed.description).toContain(kb.article('connection-refused')!.summary);
    expect(embed.description).toContain('port 5432 (PostgreSQL)');
    const causes = embed.fields!.find((f) => f.name === 'Likely causes')!.value;
    expect(causes.split('\n')[0]).toMatch(/5432 is PostgreSQL's default; is the database running and listening on that address/);
    expect(embed.fields!.find((f) => f.name === 'First steps')!.value).toMatch(/^1\. /);
    const test = embed.fields!.find((f) => f.name === 'Test it')!.value;
    expect(test).toContain('nc -vz db.internal.example.com 5432');
    expect(test).toContain('Test-NetConnection db.internal.example.com -Port 5432');
    expect(embed.footer!.text).toMatch(/^Matched phrase "connection refused" · confidence 0\.\d+/);
    expect(embed.color).toBe(0xe67e22);
    const b = buttons(reply);
    expect(b[0]).toMatchObject({ custom_id: 'explain:article:connection-refused:1', label: 'Full article', style: ButtonStyle.Primary });
    // Every explain reply ends with the Helpful / Not helpful row (issue 10), naming the article.
    expect(reply.components).toHaveLength(2);
    expect(reply.components![1]!.components.map((c) => [(c as APIButtonComponentWithCustomId).custom_id, (c as APIButtonComponentWithCustomId).label])).toEqual([
      ['explain:vote:yes:connection-refused', 'Helpful'],
      ['explain:vote:no:connection-refused', 'Not helpful'],
    ]);
  });

  it('says which codes matched in the footer', () => {
    const reply = renderExplainReply(match('Error: connect ECONNREFUSED 127.0.0.1:6379', kb), kb);
    expect(reply.embeds![0]!.footer!.text).toMatch(/^Matched code ECONNREFUSED · confidence 0\.\d\d/);
    expect(reply.embeds![0]!.description).toContain('port 6379 (Redis)');
  });

  it('offers one button per alternative when ambiguous', () => {
    const result = match('Too many Xtream requests failed', kb);
    const reply = renderExplainReply({ ...result, confident: false }, kb);
    const ids = buttons(reply).map((b) => b.custom_id);
    expect(ids[0]).toBe('explain:article:iptv-xtream:1');
    for (const alt of result.alternatives) expect(ids).toContain(`explain:show:${alt.id}`);
  });

  it('renders "No confident match" with suggestions as buttons', () => {
    const reply = renderExplainReply({ match: null, confident: false, context: {}, alternatives: [
      { id: 'connection-timeout', title: 'Connection timed out', confidence: 0.3, evidence: [] },
      { id: 'dns-failure', title: 'DNS', confidence: 0.2, evidence: [] },
    ] }, kb);
    expect(reply.embeds![0]!.title).toBe('No confident match');
    expect(buttons(reply).map((b) => b.custom_id)).toEqual(['explain:show:connection-timeout', 'explain:show:dns-failure', 'explain:vote:yes:-', 'explain:vote:no:-']);
    const none = renderExplainReply(match('TypeError: x is not a function', kb), kb);
    expect(none.embeds![0]!.title).toBe('No confident match');
    expect(buttons(none).map((b) => b.custom_id)).toEqual(['explain:vote:yes:-', 'explain:vote:no:-']);
    expect(renderReplyText(none)).toContain('No confident match');
  });

  it('fits every article within Discord limits without truncation', () => {
    for (const a of kb.articles) {
      const embed = buildExplainEmbed(a, { host: 'a-very-long-host-name.example-provider.com', port: 5432, tool: 'psql', service: { port: 5432, name: 'PostgreSQL' } }, null, true);
      expect(embedLimitProblems(embed)).toEqual([]);
      for (const page of buildArticlePages(a)) {
        expect(embedLimitProblems(page)).toEqual([]);
        expect(embedLength(page)).toBeLessThanOrEqual(6000);
      }
    }
  });
});

describe('article pages and FAQ', () => {
  it('pages an article with page buttons', () => {
    const a = kb.article('tls-certificate')!;
    const pages = renderArticlePages(a);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages[0]!.description).toContain('What it means');
    const reply = renderArticlePageReply(a, 1);
    expect(reply.ephemeral).toBe(true);
    if (pages.length > 1) expect(buttons(reply).map((b) => b.custom_id)).toContain('explain:page:tls-certificate:2');
  });

  it('splits a long article over several pages', () => {
    const a = kb.article('connection-refused')!;
    const big = { ...a, sections: { ...a.sections, fix: Array.from({ length: 30 }, (_v, i) => `Step ${i} ${'z'.repeat(280)}`) } };
    const pages = buildArticlePages(big);
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) expect(embedLimitProblems(p)).toEqual([]);
    const reply = renderArticlePageReply(big, 2);
    expect(buttons(reply).map((b) => b.custom_id)).toEqual(['explain:page:connection-refused:1', 'explain:page:connection-refused:3']);
  });

  it('offers the related articles as buttons that open them (at most five)', () => {
    const a = kb.article('connection-refused')!;
    const reply = renderArticlePageReply(a, 1, kb);
    const ids = buttons(reply).map((b) => b.custom_id);
    const expected = a.related.filter((id) => kb.article(id)).slice(0, 5).map((id) => `explain:show:${id}`);
    expect(expected.length).toBeGreaterThan(0);
    expect(ids).toEqual(expect.arrayContaining(expected));
    expect(buttons(reply).find((b) => b.custom_id === expected[0])!.label).toBe(kb.article(a.related[0]!)!.title);
    // Without the knowledge base there is nothing to name them by.
    expect(buttons(renderArticlePageReply(a, 1)).filter((b) => b.custom_id?.startsWith('explain:show:'))).toEqual([]);
  });

  it('renders FAQ entries and the list', () => {
    const f = kb.faqs[0]!;
    expect(renderFaqEmbed(f)).toMatchObject({ title: f.title, description: f.body });
    const list = renderFaqList(kb);
    for (const e of kb.faqs) expect(list.description).toContain(`\`${e.id}\``);
  });

  it('fills host and port into test commands', () => {
    const block = 'Test-NetConnection example.com -Port 443\ncurl -v http://example.com:8080/\nss -tlnp | grep :8080';
    expect(fillCommands(block, { host: '10.1.2.3', port: 3306 })).toBe('Test-NetConnection 10.1.2.3 -Port 3306\ncurl -v http://10.1.2.3:3306/\nss -tlnp | grep :3306');
    expect(fillCommands(block, {})).toBe(block);
    expect(fillCommands('nc -vz example.com 443', { host: 'h.example.org' })).toBe('nc -vz h.example.org 443');
  });

  it('puts a pasted host in as it is, even one with replacement patterns ($&, $1)', () => {
    expect(fillCommands('nc -vz example.com 443', { host: 'a$&b$1.example' })).toBe('nc -vz a$&b$1.example 443');
    expect(fillCommands("curl <host>:<port> and <port>", { host: "h$'", port: 99 })).toBe("curl h$':99 and 99");
  });

  it('orders causes by the paste (stable among equals) and keeps the first three and two', () => {
    const article = kb.article('connection-refused')!;
    const { server, client } = article.sections.causes;
    // Without a paste, the article's own order.
    const plain = renderExplainReply({ match: { id: article.id, title: article.title, confidence: 0.9, evidence: [] }, alternatives: [], context: {}, confident: true }, kb);
    const plainCauses = plain.embeds![0]!.fields!.find((f) => f.name === 'Likely causes')!.value.split('\n');
    expect(plainCauses.filter((l) => l.startsWith('• '))).toEqual([...server.slice(0, 3), ...client.slice(0, 2)].map((c) => `• ${c}`));
    // Loopback: causes naming docker or localhost come first, each side in the article's order otherwise.
    const words = ['localhost', '127.0.0.1', 'docker'];
    const rank = (list: readonly string[], n: number) => {
      const score = (c: string) => words.filter((w) => c.toLowerCase().includes(w)).length;
      return list.map((c, i) => ({ c, i, s: score(c) })).sort((a, b) => b.s - a.s || a.i - b.i).slice(0, n).map((x) => `• ${x.c}`);
    };
    const loop = renderExplainReply({ match: { id: article.id, title: article.title, confidence: 0.9, evidence: [] }, alternatives: [], context: { host: '127.0.0.1' }, confident: true }, kb);
    const loopCauses = loop.embeds![0]!.fields!.find((f) => f.name === 'Likely causes')!.value.split('\n');
    expect(loopCauses.filter((l) => l.startsWith('• '))).toEqual([...rank(server, 3), ...rank(client, 2)]);
    expect(loopCauses.filter((l) => l.startsWith('• '))).not.toEqual(plainCauses.filter((l) => l.startsWith('• ')));
  });

  it('shares the rows of plain answers per article and locale, frozen so no reply can change another', () => {
    const a = renderExplainReply(match('Error: connect ECONNREFUSED 127.0.0.1:6379', kb), kb);
    const b = renderExplainReply(match('connect ECONNREFUSED 10.0.0.5:25565', kb), kb);
    expect(a.components).not.toBe(b.components);
    expect(a.components![0]).toBe(b.components![0]);
    expect(Object.isFrozen(a.components![1]!.components[0])).toBe(true);
    expect(() => {
      (a.components![0]!.components as unknown[]).push({});
    }).toThrow();
    // Another locale has its own labels.
    const fr = renderExplainReply(match('connect ECONNREFUSED 10.0.0.5:25565', kb), kb, undefined, 'fr');
    expect(fr.components![0]).not.toBe(a.components![0]);
  });
});
