import type { APIEmbed } from 'discord-api-types/v10';
import { EPHEMERAL_FLAG, fitChoices, toMessagePayload } from '../../src/interaction/reply';
import { embedLength, fitEmbed, fitEmbeds, LIMITS } from '../../src/render/limits';

describe('reply helper', () => {
  it('parses no mentions by default', () => {
    const p = toMessagePayload({ content: 'hello @everyone <@&123> <@456>' });
    expect(p.allowed_mentions).toEqual({ parse: [], users: [], replied_user: false });
  });

  it('allows exactly the named users', () => {
    const p = toMessagePayload({ content: '<@42> look', mentionUsers: ['42', '42'] });
    expect(p.allowed_mentions).toEqual({ parse: [], users: ['42'], replied_user: true });
  });

  it('sets the ephemeral flag only when asked', () => {
    expect(toMessagePayload({ content: 'x', ephemeral: true }).flags).toBe(EPHEMERAL_FLAG);
    expect(toMessagePayload({ content: 'x' }).flags).toBeUndefined();
  });

  it('fits content to 2000 characters', () => {
    const p = toMessagePayload({ content: 'a'.repeat(5000) });
    expect(p.content!.length).toBe(LIMITS.content);
    expect(p.content!.endsWith('…')).toBe(true);
  });

  it('fits embeds to every per-embed and per-message limit', () => {
    const huge: APIEmbed = {
      title: 't'.repeat(300),
      description: 'd'.repeat(5000),
      footer: { text: 'f'.repeat(3000) },
      fields: Array.from({ length: 40 }, (_, i) => ({ name: `n${i}`.repeat(100), value: 'v'.repeat(2000) })),
    };
    const [fitted] = toMessagePayload({ embeds: [huge, huge] }).embeds;
    expect(fitted!.title!.length).toBeLessThanOrEqual(LIMITS.title);
    expect(fitted!.description!.length).toBeLessThanOrEqual(LIMITS.description);
    expect(fitted!.fields!.length).toBeLessThanOrEqual(LIMITS.fields);
    for (const f of fitted!.fields!) {
      expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
    // The embed given stays as it was (fitting makes a copy).
    expect(huge.title!.length).toBe(300);
    expect(huge.fields).toHaveLength(40);
    expect(fitEmbed(huge)).not.toBe(huge);
    const all = fitEmbeds([huge, huge]);
    expect(all.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(LIMITS.totalPerMessage);
  });

  it('keeps small embeds untouched', () => {
    const e: APIEmbed = { title: 'ok', description: 'fine', fields: [{ name: 'a', value: 'b' }] };
    expect(fitEmbeds([e])).toEqual([e]);
    // An embed that fits already is not copied again.
    expect(fitEmbeds([e])[0]).toBe(e);
    expect(fitEmbed(e)).toBe(e);
  });

  it("never changes the caller's embeds while fitting the message's total", () => {
    // Each fits on its own; together they pass 6000 characters.
    const one = (): APIEmbed => ({ title: 't', description: 'd'.repeat(4000), fields: [{ name: 'n', value: 'v'.repeat(1000) }, { name: 'm', value: 'w'.repeat(1000) }] });
    const embeds = [one(), one()];
    const before = structuredClone(embeds);
    const fitted = fitEmbeds(embeds);
    expect(fitted.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(LIMITS.totalPerMessage);
    expect(embeds).toEqual(before);
    expect(fitted[1]).not.toBe(embeds[1]);
    // An empty field name still gets the zero-width placeholder.
    expect(fitEmbeds([{ fields: [{ name: '', value: 'x' }] }])[0]!.fields![0]!.name).toBe('\u200b');
  });

  it('fits autocomplete choices to 25 unique entries of at most 100 characters', () => {
    const choices = Array.from({ length: 40 }, (_, i) => ({ name: 'x'.repeat(150) + i, value: `v${i % 30}`.padEnd(120, 'z') }));
    const fitted = fitChoices(choices);
    expect(fitted).toHaveLength(25);
    for (const c of fitted) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });
});
