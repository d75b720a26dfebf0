/**
 * "Not sure" is useful: below the confident threshold the reply lists the suggestions it refers
 * to, and never points at suggestions it does not show.
 */
import type { APIButtonComponentWithCustomId } from 'discord-api-types/v10';
import { defaultKnowledgeDir, loadKnowledgeBaseSync } from '../../src/knowledge/load';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { match, type MatchResult } from '../../src/matcher/match';
import { renderExplainReply } from '../../src/render/explain';
import { readCorpus } from '../bench/eval-corpus';

let kb: KnowledgeBase;
beforeAll(() => {
  const r = loadKnowledgeBaseSync(defaultKnowledgeDir());
  if (!('kb' in r)) throw new Error('knowledge base does not load');
  kb = r.kb;
});

const buttonLabels = (reply: ReturnType<typeof renderExplainReply>) =>
  ((reply.components ?? []).flatMap((r) => r.components) as APIButtonComponentWithCustomId[]).map((b) => b.label);

function unsure(alternatives: MatchResult['alternatives']): MatchResult {
  return {
    match: { id: 'connection-reset', title: 'Connection reset', confidence: 0.46, evidence: [{ kind: 'phrase', phrase: 'reset by peer', fuzzy: false }] },
    alternatives,
    context: {},
    confident: false,
  };
}

describe('explain reply when not sure', () => {
  it('with no alternatives, says so instead of pointing at suggestions', () => {
    const embed = renderExplainReply(unsure([]), kb).embeds![0]!;
    expect(embed.footer?.text).toContain('not sure');
    expect(embed.footer?.text).not.toMatch(/other suggestions|Could also be/);
    expect(embed.fields?.some((f) => f.name === 'Could also be')).toBe(false);
  });

  it('with alternatives, lists each one and offers a button for it', () => {
    const reply = renderExplainReply(
      unsure([
        { id: 'connection-timeout', title: 'Connection timed out', confidence: 0.3, evidence: [] },
        { id: 'connection-refused', title: 'Connection refused', confidence: 0.2, evidence: [] },
      ]),
      kb,
    );
    const embed = reply.embeds![0]!;
    const field = embed.fields?.find((f) => f.name === 'Could also be');
    expect(field?.value).toContain(kb.article('connection-timeout')!.title);
    expect(field?.value).toContain(kb.article('connection-refused')!.title);
    expect(embed.footer?.text).toContain('Could also be');
    expect(buttonLabels(reply)).toEqual(expect.arrayContaining([kb.article('connection-timeout')!.title, kb.article('connection-refused')!.title]));
  });

  it('on real pastes, an unsure reply never refers to suggestions it does not show', () => {
    let unsureSeen = 0;
    for (const line of readCorpus('tuning')) {
      const result = match(line.text, kb);
      if (!result.match || result.confident) continue;
      unsureSeen++;
      const embed = renderExplainReply(result, kb).embeds![0]!;
      const listed = embed.fields?.find((f) => f.name === 'Could also be');
      expect(embed.footer?.text).not.toContain('see the other suggestions');
      if (embed.footer?.text.includes('Could also be')) expect(listed?.value.length).toBeGreaterThan(0);
      else expect(listed).toBeUndefined();
    }
    expect(unsureSeen).toBeGreaterThan(0);
  });

  it('"Connection reset by peer" (the README example) is matched and confident', () => {
    const result = match('Connection reset by peer', kb);
    expect(result.match?.id).toBe('connection-reset');
    expect(result.confident).toBe(true);
  });

  it('a question without an error signal gets no confident match, with FAQ entries that fit', () => {
    for (const q of ['how do I add a playlist in tivimate', 'cómo poner la lista m3u en la smart tv', 'how do i port forward my minecraft server?']) {
      expect({ q, confident: match(q, kb).confident }).toEqual({ q, confident: false });
    }
    const result = match('how do i port forward my minecraft server?', kb);
    expect(result.match).toBeNull();
    expect(result.faq).toEqual(expect.arrayContaining(['port-forwarding']));
    const text = renderExplainReply(result, kb).embeds![0]!.description ?? '';
    expect(text).toContain('/faq port-forwarding');
  });

  it('a real error gets no FAQ list', () => {
    expect(match('Error: connect ECONNREFUSED 127.0.0.1:5432', kb).faq).toBeUndefined();
  });
});
