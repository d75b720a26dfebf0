/**
 * The tokenizer reuses one string for a repeated word (a bounded table keyed by a hash): tokens
 * must never depend on that table — not on what was tokenized before, not on hash collisions,
 * not on the table being emptied when full.
 */
import { tokenize } from '../../src/matcher/tokenize';

const texts = [
  "Error: connect ECONNREFUSED 127.0.0.1:5432 — can't reach l'hôte, Verbindung verweigert",
  '接続が拒否されました: connection refused 拒绝连接',
  'x'.repeat(60) + ' ' + 'y'.repeat(49) + ' ' + 'z'.repeat(48),
];

function plain(text: string) {
  return tokenize(text).tokens.map((t) => ({ ...t }));
}

describe('tokenizer word reuse', () => {
  it('gives the same tokens the first time and every time after', () => {
    const first = texts.map(plain);
    for (let r = 0; r < 3; r++) expect(texts.map(plain)).toEqual(first);
    expect(first[0]!.map((t) => t.text)).toEqual(['error', 'connect', 'econnrefused', '127', '0', '0', '1', '5432', 'cant', 'reach', 'l', 'hote', 'verbindung', 'verweigert']);
  });

  it('keeps words apart that only share a hash, and survives the table being emptied', () => {
    const before = plain(texts[0]!);
    // 60,000 distinct words: more than the table holds, so it is emptied at least once.
    const many: string[] = [];
    for (let i = 0; i < 60_000; i++) many.push(`w${i.toString(36)}`);
    const tokens = tokenize(many.join(' ')).tokens.map((t) => t.text);
    expect(tokens).toEqual(many);
    expect(plain(texts[0]!)).toEqual(before);
    // Every word maps to itself, whatever it collided with.
    expect(tokenize(many.join(' ')).tokens.map((t) => t.text)).toEqual(many);
  });
});
