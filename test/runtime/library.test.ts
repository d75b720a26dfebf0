import * as netmedic from '../../src';

describe('the engine as a library', () => {
  it('explains and renders without any Discord client', () => {
    const loaded = netmedic.loadKnowledgeBaseSync();
    if (!('kb' in loaded)) throw new Error('knowledge base does not load');
    const result = netmedic.match('connect ECONNREFUSED 127.0.0.1:5432', loaded.kb);
    expect(result.match?.id).toBe('connection-refused');
    const text = netmedic.renderReplyText(netmedic.renderExplainReply(result, loaded.kb));
    expect(text).toContain('Connection refused');
    expect(Object.keys(require.cache).some((k) => k.includes('node_modules/discord.js/'))).toBe(false);
  });
});
