/**
 * Custom ids are a contract with messages already posted: every format in use must still decode
 * to what it meant, every id the bot writes must decode back to what it encoded, and every
 * builder of ids goes through its command's codec.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRegistry } from '../../src/interaction/registry';
import { loadKnowledgeBaseSync } from '../../src/knowledge/load';
import { articleButtonId } from '../../src/render/check';
import {
  answerFaqIds,
  CUSTOM_ID_CODECS,
  CUSTOM_ID_MAX,
  explainIds,
  faqIds,
  faqsIds,
  netmedicIds,
  teachIds,
  xtreamIds,
  type CustomIdCodec,
} from '../../src/render/custom-ids';
import { articleCustomId, pageCustomId, showCustomId } from '../../src/render/explain';
import { voteCustomId } from '../../src/render/votes';
import { lineButtonId, LINE_MODAL_ID } from '../../src/render/xtream-ids';

const SNOWFLAKE = '1234567890123456789';
const DRAFT = '0123456789abcdef';

/** Every format in use in Discord messages today, as it was written, and what it means. */
const IN_USE: [string, CustomIdCodec<unknown>, unknown][] = [
  ['explain:article:connection-refused:1', explainIds, { kind: 'article', articleId: 'connection-refused', page: 1 }],
  ['explain:article:connection-refused:3', explainIds, { kind: 'article', articleId: 'connection-refused', page: 3 }],
  ['explain:page:tls-certificate:2', explainIds, { kind: 'page', articleId: 'tls-certificate', page: 2 }],
  ['explain:show:dns-failure', explainIds, { kind: 'show', articleId: 'dns-failure' }],
  ['explain:vote:yes:connection-refused', explainIds, { kind: 'vote', helpful: true, target: 'connection-refused' }],
  ['explain:vote:no:connection-refused', explainIds, { kind: 'vote', helpful: false, target: 'connection-refused' }],
  ['explain:vote:yes:faq/reboot-box', explainIds, { kind: 'vote', helpful: true, target: 'faq/reboot-box' }],
  ['explain:vote:no:-', explainIds, { kind: 'vote', helpful: false, target: '-' }],
  [`faq:delete:${SNOWFLAKE}`, faqIds, { kind: 'delete', posterId: SNOWFLAKE }],
  [`answer-faq:pick:${SNOWFLAKE}:1234567890123456780:1234567890123456781`, answerFaqIds, { kind: 'pick', channelId: SNOWFLAKE, messageId: '1234567890123456780', authorId: '1234567890123456781' }],
  ['netmedic:learning:on', netmedicIds, { kind: 'learning', on: true }],
  ['netmedic:learning:off', netmedicIds, { kind: 'learning', on: false }],
  [`teach:pick:${DRAFT}`, teachIds, { kind: 'pick', draftId: DRAFT }],
  [`teach:faq:${DRAFT}`, teachIds, { kind: 'faq', draftId: DRAFT }],
  [`teach:gap:${DRAFT}:0`, teachIds, { kind: 'gap', draftId: DRAFT, index: 0 }],
  [`teach:gap:${DRAFT}:9`, teachIds, { kind: 'gap', draftId: DRAFT, index: 9 }],
  ['faqs:add', faqsIds, { kind: 'add' }],
  ['faqs:edit:reboot-box:1', faqsIds, { kind: 'edit', entryId: 'reboot-box', version: 1 }],
  ['faqs:edit:flush-dns:0', faqsIds, { kind: 'edit', entryId: 'flush-dns', version: 0 }],
  ['faqs:rm:reboot-box:2', faqsIds, { kind: 'rm', entryId: 'reboot-box', version: 2 }],
  ['faqs:keep', faqsIds, { kind: 'keep' }],
  ['faqs:list:2', faqsIds, { kind: 'list', page: 2 }],
  ['faqs:list:0', faqsIds, { kind: 'list', page: 1 }],
  [`faqs:save:${DRAFT}`, faqsIds, { kind: 'save', draftId: DRAFT }],
  [`faqs:cancel:${DRAFT}`, faqsIds, { kind: 'cancel', draftId: DRAFT }],
  ['xtream:open', xtreamIds, { kind: 'open', url: null }],
  ['xtream:open:http://line.example.net:8080', xtreamIds, { kind: 'open', url: 'http://line.example.net:8080' }],
  ['xtream:line', xtreamIds, { kind: 'line' }],
];

describe('custom ids in use still decode', () => {
  it.each(IN_USE)('%s', (id, codec, meaning) => {
    expect(codec.decode(id)).toEqual(meaning);
    // …and what the bot writes for that meaning today is the same string (except clamped pages).
    if (id !== 'faqs:list:0') expect(codec.encode(meaning)).toBe(id);
  });

  it('an id of another command, or a form no version wrote, decodes to null', () => {
    for (const codec of CUSTOM_ID_CODECS) {
      const other = CUSTOM_ID_CODECS.find((c) => c !== codec)!;
      expect(codec.decode(`${other.prefix}:article:x:1`)).toBeNull();
      expect(codec.decode(`${codec.prefix}:no-such-action:x`)).toBeNull();
      expect(codec.decode(`${codec.prefix}x:keep`)).toBeNull();
    }
    expect(explainIds.decode('explain:vote:maybe:x')).toBeNull();
    expect(netmedicIds.decode('netmedic:learning:sometimes')).toBeNull();
    expect(teachIds.decode(`teach:gap:${DRAFT}:x`)).toBeNull();
    expect(faqsIds.decode('faqs:rm:reboot-box:two')).toBeNull();
    expect(faqsIds.decode('faqs:edit:reboot-box:-1')).toBeNull();
    expect(faqsIds.decode('faqs:edit:reboot-box')).toBeNull();
  });

  it('a page that is missing or unreadable is page 1', () => {
    expect(explainIds.decode('explain:article:connection-refused')).toEqual({ kind: 'article', articleId: 'connection-refused', page: 1 });
    expect(explainIds.decode('explain:page:connection-refused:x')).toEqual({ kind: 'page', articleId: 'connection-refused', page: 1 });
    expect(faqsIds.decode('faqs:list:')).toEqual({ kind: 'list', page: 1 });
  });
});

describe('round trips', () => {
  const kb = (() => {
    const loaded = loadKnowledgeBaseSync();
    if (!('kb' in loaded)) throw new Error('knowledge base does not load');
    return loaded.kb;
  })();

  it('every article and FAQ id of the shipped knowledge base encodes within 100 characters and decodes back', () => {
    const values = [
      ...kb.articles.flatMap((a) => [
        { kind: 'article' as const, articleId: a.id, page: 12 },
        { kind: 'page' as const, articleId: a.id, page: 12 },
        { kind: 'show' as const, articleId: a.id },
        { kind: 'vote' as const, helpful: true, target: a.id },
      ]),
      ...kb.faqs.map((f) => ({ kind: 'vote' as const, helpful: false, target: `faq/${f.id}` })),
    ];
    expect(values.length).toBeGreaterThan(20);
    for (const value of values) {
      const id = explainIds.encode(value);
      expect(id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
      expect(explainIds.decode(id)).toEqual(value);
    }
    for (const f of kb.faqs) {
      for (const value of [{ kind: 'edit' as const, entryId: f.id, version: 12345 }, { kind: 'rm' as const, entryId: f.id, version: 0 }]) {
        expect(faqsIds.encode(value).length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
        expect(faqsIds.decode(faqsIds.encode(value))).toEqual(value);
      }
    }
  });

  it('the longest ids the bot writes fit: a 64-character FAQ id, three snowflakes, a long panel URL', () => {
    const longId = 'a'.repeat(64);
    const cases: [CustomIdCodec<never>, unknown][] = [
      [faqsIds as CustomIdCodec<never>, { kind: 'edit', entryId: longId, version: 999_999 }],
      [faqsIds as CustomIdCodec<never>, { kind: 'rm', entryId: longId, version: 999_999 }],
      [answerFaqIds as CustomIdCodec<never>, { kind: 'pick', channelId: '12345678901234567890', messageId: '12345678901234567890', authorId: '12345678901234567890' }],
      [teachIds as CustomIdCodec<never>, { kind: 'gap', draftId: DRAFT, index: 9 }],
    ];
    for (const [codec, value] of cases) {
      const id = codec.encode(value as never);
      expect(id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
      expect(codec.decode(id)).toEqual(value);
    }
    // A panel URL too long for the id is left out: the form opens empty rather than cut.
    const longUrl = `http://${'x'.repeat(120)}.example:8080`;
    expect(xtreamIds.encode({ kind: 'open', url: longUrl })).toBe('xtream:open');
    // A vote target too long for the id is cut, as it always was.
    expect(explainIds.encode({ kind: 'vote', helpful: true, target: 'y'.repeat(200) })).toHaveLength(CUSTOM_ID_MAX);
  });
});

describe('every builder writes through its codec', () => {
  it('render helpers produce the ids their codec reads', () => {
    expect(explainIds.decode(articleCustomId('connection-refused', 2))).toEqual({ kind: 'article', articleId: 'connection-refused', page: 2 });
    expect(explainIds.decode(pageCustomId('connection-refused', 3))).toEqual({ kind: 'page', articleId: 'connection-refused', page: 3 });
    expect(explainIds.decode(showCustomId('dns-failure'))).toEqual({ kind: 'show', articleId: 'dns-failure' });
    expect(explainIds.decode(voteCustomId(false, 'faq/x'))).toEqual({ kind: 'vote', helpful: false, target: 'faq/x' });
    expect(xtreamIds.decode(lineButtonId('http://panel.example:8080'))).toEqual({ kind: 'open', url: 'http://panel.example:8080' });
    expect(xtreamIds.decode(LINE_MODAL_ID)).toEqual({ kind: 'line' });
    // /check's "Full article" button (src/render/check.ts) writes the same id as the codec.
    expect(articleButtonId('connection-refused')).toBe(explainIds.encode({ kind: 'article', articleId: 'connection-refused', page: 1 }));
  });

  it('each command that owns components routes by its codec’s prefix, and prefixes are unique', () => {
    const registry = loadRegistry();
    const prefixes = registry.modules.map((m) => m.componentPrefix).filter((p): p is string => p !== undefined);
    expect(prefixes.sort()).toEqual(CUSTOM_ID_CODECS.map((c) => c.prefix).sort());
    for (const [id] of IN_USE) expect(registry.byComponentId(id)?.componentPrefix).toBe(id.split(':', 1)[0]);
  });

  it('no command builds or splits a custom id by hand', () => {
    const dir = join(__dirname, '..', '..', 'commands');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect({ file, split: /customId\.split\(/.test(source) }).toEqual({ file, split: false });
      expect({ file, literal: /custom_id:\s*[`'"]/.test(source) }).toEqual({ file, literal: false });
    }
  });
});
