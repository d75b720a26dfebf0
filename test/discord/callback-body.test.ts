import { callbackBody } from '../../src/discord/contexts';
import { toMessagePayload } from '../../src/interaction/reply';
import type { Reply } from '../../src/interaction/types';

describe('callbackBody (an immediate answer, serialised once)', () => {
  const reply: Reply = {
    embeds: [{ title: 'Connection refused — ECONNREFUSED', description: '• nothing listens\n• a firewall “rejects” it 🔥', fields: [{ name: 'Test it', value: '```sh\nnc -vz 10.0.0.5 5432\n```' }] }],
    components: [{ type: 1, components: [{ type: 2, style: 1, custom_id: 'explain:article:connection-refused:1', label: 'Full article' }] }],
  };

  it('is the callback Discord takes, as UTF-8 JSON bytes: the reply helper payload under type 4', () => {
    const { body, ephemeral } = callbackBody(reply);
    expect(Buffer.isBuffer(body)).toBe(true);
    expect(JSON.parse(body.toString('utf8'))).toEqual({ type: 4, data: JSON.parse(JSON.stringify(toMessagePayload(reply))) });
    expect(body.toString('utf8')).toContain('— ECONNREFUSED');
    expect(ephemeral).toBe(false);
  });

  it('reads the ephemeral flag from the payload', () => {
    const { body, ephemeral } = callbackBody({ content: 'only you', ephemeral: true });
    expect(ephemeral).toBe(true);
    expect(JSON.parse(body.toString('utf8')).data.flags).toBe(64);
  });

  it('keeps a lone surrogate as JSON escapes it, never as a replacement character', () => {
    const { body } = callbackBody({ content: 'half \ud83d of an emoji' });
    expect(JSON.parse(body.toString('utf8')).data.content).toBe('half \ud83d of an emoji');
  });
});
