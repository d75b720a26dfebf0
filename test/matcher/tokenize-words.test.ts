/**
 * The tokenizer reuses one string for a repeated word (a bounded table keyed by a hash): tokens
 * must never depend on that table — not on what was tokenized before, not on hash collisions,
 * not on words taking one another's place in it.
 */
import { foldText, tokenize, tokenizeFolded } from '../../src/matcher/tokenize';

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

  it('keeps words apart that only share a hash, and survives words replacing one another', () => {
    const before = plain(texts[0]!);
    // 60,000 distinct words: more than the table holds, so many take another's place.
    const many: string[] = [];
    for (let i = 0; i < 60_000; i++) many.push(`w${i.toString(36)}`);
    const tokens = tokenize(many.join(' ')).tokens.map((t) => t.text);
    expect(tokens).toEqual(many);
    expect(plain(texts[0]!)).toEqual(before);
    // Every word maps to itself, whatever it collided with.
    expect(tokenize(many.join(' ')).tokens.map((t) => t.text)).toEqual(many);
  });
});

describe('tokenizer scratch space', () => {
  // Tokens are collected in an array kept between calls and copied out: no result may share it.
  it('returns arrays of its own, exactly as long as the text has tokens, untouched by later calls', () => {
    const long = tokenize('alpha beta gamma delta epsilon');
    const longCopy = long.tokens.map((t) => ({ ...t }));
    const short = tokenize('zeta eta');
    expect(short.tokens).toHaveLength(2);
    expect(short.tokens.map((t) => t.text)).toEqual(['zeta', 'eta']);
    expect(long.tokens).toHaveLength(5);
    expect(long.tokens.map((t) => ({ ...t }))).toEqual(longCopy);
    expect(long.tokens).not.toBe(short.tokens);
    expect(tokenize('').tokens).toEqual([]);
  });

  it('gives the same tokens after a text longer than the space it keeps', () => {
    const before = plain(texts[0]!);
    const words = Array.from({ length: 10_000 }, (_, i) => `v${i}`);
    const huge = tokenize(words.join(' ')).tokens;
    expect(huge.map((t) => t.text)).toEqual(words);
    expect(plain(texts[0]!)).toEqual(before);
    expect(huge).toHaveLength(10_000);
  });
});

describe('folding', () => {
  it('lower-cases ASCII and folds marks, quotes and the letters NFKD keeps whole', () => {
    expect(foldText('Connect ECONNREFUSED')).toBe('connect econnrefused');
    expect(foldText('Connexion REFUSÉE: l’hôte “down” — bağlanılamadı, połączenie Łódź')).toBe('connexion refusee: l\'hote "down" — baglanilamadi, polaczenie lodz');
    // Only changed characters are replaced; the rest (here full-width letters and Cyrillic) is kept as NFKD gives it.
    expect(foldText('ＥＣＯＮＮ Отказано ʼx')).toBe("econn отказано 'x");
    expect(foldText('plain')).toBe('plain');
  });

  it('treats capitals as letters in text that was not folded', () => {
    expect(tokenizeFolded('Host.Example-COM x_Y').map((t) => t.text)).toEqual(['Host', 'Example', 'COM', 'x_Y']);
  });
});
