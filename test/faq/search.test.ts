/**
 * The indexed autocomplete ranking (src/faq/search.ts) against the ranking it must give, written
 * here the plain way: every entry scored on its names, tiers in order, pinned first within a tier,
 * title order within that, bodies only when no names match.
 */
import fc from 'fast-check';
import { fold, indexDocs, rankDocs, SCORE, type SearchDoc } from '../../src/faq/search';

interface Doc extends SearchDoc {
  key: number;
}

const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

function reference(docs: readonly Doc[], typed: string, limit: number): number[] {
  const q = fold(typed);
  const pinnedFirst = (ds: readonly Doc[]) => [...ds.filter((d) => d.pinned), ...ds.filter((d) => !d.pinned)];
  if (!q) return pinnedFirst(docs).slice(0, limit).map((d) => d.key);
  const qWords = words(q);
  const score = (d: Doc): number => {
    const id = fold(d.id);
    const title = fold(d.title);
    const aliases = d.aliases.map(fold);
    const dWords = words(`${id} ${title} ${aliases.join(' ')}`);
    if (id === q || aliases.includes(q)) return SCORE.exact;
    if (title === q) return SCORE.exactTitle;
    if (id.startsWith(q) || aliases.some((a) => a.startsWith(q))) return SCORE.prefix;
    if (title.startsWith(q)) return SCORE.titlePrefix;
    if (qWords.length > 0 && qWords.every((w) => dWords.some((dw) => dw.startsWith(w)))) return SCORE.word;
    return 0;
  };
  const scored = docs.map((d) => ({ d, s: score(d) }));
  if (scored.some((x) => x.s > 0)) {
    const out: Doc[] = [];
    for (const tier of [SCORE.exact, SCORE.exactTitle, SCORE.prefix, SCORE.titlePrefix, SCORE.word]) out.push(...pinnedFirst(scored.filter((x) => x.s === tier).map((x) => x.d)));
    return out.slice(0, limit).map((d) => d.key);
  }
  return pinnedFirst(docs.filter((d) => fold(d.body).includes(q)))
    .slice(0, limit)
    .map((d) => d.key);
}

const ranked = (docs: readonly Doc[], typed: string, limit = 25) => rankDocs(indexDocs(docs), typed, limit).map((d) => d.key);

// A small alphabet so that prefixes, shared words and body hits are common.
const token = fc.constantFrom('dns', 'DNS', 'd', 'port', 'po', 'vpn', 'epg', 'tivi', 'tivimate', 'ü', 'Über', '12', '1', 'a-b', 'x');
const text = (max: number) => fc.array(token, { minLength: 0, maxLength: max }).chain((ts) => fc.constantFrom(' ', '  ', '-', '\t').map((sep) => ts.join(sep)));
const doc = fc.record({ id: text(3), title: text(4), aliases: fc.array(text(2), { maxLength: 3 }), body: text(8), pinned: fc.boolean() });

describe('FAQ autocomplete ranking (indexed)', () => {
  test('ranks exactly as the plain definition does, for any entries and any typed text', () => {
    fc.assert(
      fc.property(fc.array(doc, { maxLength: 40 }), fc.array(fc.oneof(text(3), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 30 }), (raw, queries, limit) => {
        const docs = raw.map((d, key) => ({ ...d, key }));
        for (const q of queries) expect(ranked(docs, q, limit)).toEqual(reference(docs, q, limit));
      }),
      { numRuns: 400 },
    );
  });

  test('the tiers in order, pinned first within each, body matches only when no name matches', () => {
    const docs: Doc[] = [
      { key: 0, id: 'dns-flush', title: 'Flush the DNS cache', aliases: ['dns'], body: 'ipconfig /flushdns', pinned: false },
      { key: 1, id: 'dnsmasq', title: 'Dnsmasq on a router', aliases: [], body: 'a local resolver', pinned: false },
      { key: 2, id: 'router-dns', title: 'DNS servers on the router', aliases: [], body: 'set 1.1.1.1', pinned: true },
      { key: 3, id: 'tivimate', title: 'TiviMate playlists', aliases: ['tm'], body: 'the dns of the panel', pinned: false },
      { key: 4, id: 'dns', title: 'Something else', aliases: [], body: '', pinned: false },
    ];
    // exact id/alias (4, 0), prefix of an id (1), a word (2, pinned); the body hit (3) is not offered.
    expect(ranked(docs, 'DNS')).toEqual([0, 4, 1, 2]);
    expect(ranked(docs, '')).toEqual([2, 0, 1, 3, 4]);
    expect(ranked(docs, 'of the panel')).toEqual([3]);
    expect(ranked(docs, 'resolver')).toEqual([1]);
    expect(ranked(docs, 'nothing like it')).toEqual([]);
    expect(ranked(docs, 'dns', 2)).toEqual([0, 4]);
  });

  test('a body with a NUL in it is still one body', () => {
    const docs: Doc[] = [
      { key: 0, id: 'a', title: 'A', aliases: [], body: 'first\u0000second', pinned: false },
      { key: 1, id: 'b', title: 'B', aliases: [], body: 'second', pinned: false },
    ];
    expect(ranked(docs, 'second')).toEqual([0, 1]);
    expect(ranked(docs, 'first')).toEqual([0]);
  });
});
