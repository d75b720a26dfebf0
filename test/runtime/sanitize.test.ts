/**
 * The sanitiser on its own: what Discord and a terminal get for hostile text. The end-to-end
 * proofs (a hostile server on loopback, the exact payload the bot sends and the bytes the CLI
 * writes) are in test/e2e/hostile.test.ts.
 */
import { capLength, cleanText, discordCode, discordText, terminalText, unescapeDiscord } from '../../src/render/sanitize';
import { plainMarkdown } from '../../src/render/terminal';
import fc from 'fast-check';

/**
 * A small model of what Discord makes of a line: after backslash escapes are taken out, does any
 * markdown construct start on an unescaped character? Escaped characters are replaced by a
 * placeholder so they cannot take part in a construct.
 */
function rendersMarkdown(text: string): string | null {
  const masked = text.replace(/\\[^0-9A-Za-z\s]/g, '\u0000');
  const checks: [string, RegExp][] = [
    ['masked link', /\[[^\]]*\]\([^)]*\)/],
    ['emphasis', /(\*|_|~~)[^\s]/],
    ['spoiler', /\|\|/],
    ['code', /`/],
    ['mention/timestamp/emoji', /<[@#:/t]|<a:/],
    ['everyone', /@(everyone|here)/],
    ['heading/quote/list at line start', /^(#{1,3} |> |-# |[-*+] |\d+\. )/m],
    ['bare link', /https?:\/\//],
  ];
  for (const [name, re] of checks) if (re.test(masked)) return name;
  return null;
}

const HOSTILE = [
  '[Log in here](https://evil.example/login)',
  '# Official notice',
  '> quoted',
  '-# small print',
  '- item',
  '1. first',
  '**bold** __under__ *it* _it_ ~~strike~~',
  '||spoiler||',
  '```\n}} breakout ``` more',
  '`code`',
  '<@123456789012345678> <@&123456789012345678> <#123456789012345678> @everyone @here',
  '<t:1700000000:R> <t:99999999999999999999>',
  '<:pepe:123456789012345678> <a:dance:123456789012345678>',
  'visit https://evil.example/reset now',
  '</check:123456789012345678>',
];

describe('discordText', () => {
  it.each(HOSTILE)('renders no markdown for %j', (input) => {
    const out = discordText(input);
    expect(rendersMarkdown(out)).toBeNull();
    // Nothing is lost: undoing the escapes gives the cleaned text back.
    expect(unescapeDiscord(out)).toBe(cleanText(input));
  });

  it('the model notices markdown when nothing is escaped (the check above can fail)', () => {
    for (const input of HOSTILE) expect(rendersMarkdown(cleanText(input))).not.toBeNull();
  });

  it('removes controls, bidi and zero-width characters, and folds lines', () => {
    const input = 'a\u0000b\u0007c\u001b[31md\u009be\u202eevil\u202c\u200bf\u200d\u2066g\u2069\ufeffh\r\nnext\u2028line\u00adx';
    const out = cleanText(input);
    expect(out).toBe('abc[31mdeevilfgh next linex');
    // eslint-disable-next-line no-control-regex -- looking for controls
    expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]/);
  });

  it('caps the length (code points, with an ellipsis) before escaping', () => {
    const long = '*'.repeat(5000);
    const out = discordText(long, 100);
    expect(out).toBe('\\*'.repeat(99) + '…');
    expect(capLength('😀'.repeat(10), 5)).toBe('😀😀😀😀…');
    expect(capLength('short', 5)).toBe('short');
  });

  it('printable ASCII (the fast path) comes out as the full cleaning would make it', () => {
    // The full cleaning, spelt out: for printable ASCII only the space folding and trim can apply.
    const slow = (text: string, max: number) => {
      const folded = text.replace(/\s+/g, ' ').trim();
      return Array.from(folded).length <= max ? folded : Array.from(folded).slice(0, max - 1).join('').trimEnd() + '…';
    };
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(' ', ' ', 'a', 'Z', '0', '.', ':', '~', '\\', '_'), maxLength: 40 }), fc.integer({ min: 2, max: 30 }), (text, max) => {
        expect(cleanText(text, max)).toBe(slow(text, max));
      }),
    );
    expect(cleanText('  connect  ECONNREFUSED   10.0.0.5:25565 ')).toBe('connect ECONNREFUSED 10.0.0.5:25565');
    // One character outside printable ASCII takes the full path (DEL is a control).
    expect(cleanText('a\u007fb  c')).toBe('ab c');
    expect(cleanText('a\tb')).toBe('a b');
  });

  it('leaves ordinary text as it is', () => {
    expect(discordText('connected to 127.0.0.1:8080 (IPv4) in 3 ms')).toBe('connected to 127.0.0.1:8080 (IPv4) in 3 ms');
    expect(discordText('Port 22 on host.example is open but speaks SSH (SSH-2.0-OpenSSH_9.6)')).toBe(
      'Port 22 on host.example is open but speaks SSH (SSH-2.0-OpenSSH_9.6)',
    );
  });

  it('discordCode keeps a code span closed', () => {
    expect(discordCode('a`b```c\u202e')).toBe("a'b'''c");
  });
});

describe('terminalText', () => {
  const ESC = '\x1b';
  it.each([
    ['OSC title with BEL', `${ESC}]0;pwned\x07name`, '\uFFFDname'],
    ['OSC hyperlink with ST', `${ESC}]8;;https://evil.example${ESC}\\click${ESC}]8;;${ESC}\\`, '\uFFFDclick\uFFFD'],
    ['CSI colour', `${ESC}[31mred${ESC}[0m`, '\uFFFDred\uFFFD'],
    ['CSI clear screen', `${ESC}[2J${ESC}[H`, '\uFFFD\uFFFD'],
    ['8-bit CSI', '\x9b31mred', '\uFFFDred'],
    ['8-bit OSC', '\x9d0;title\x9cafter', '\uFFFDafter'],
    ['DCS', `${ESC}Pq#0;2;0;0;0${ESC}\\x`, '\uFFFDx'],
    ['lone ESC at the end', `abc${ESC}`, 'abc\uFFFD'],
    ['carriage return and backspace', 'safe\rEVIL\b', 'safe\uFFFDEVIL\uFFFD'],
    ['bidi override', 'abc\u202edcba\u202c', 'abcdcba'],
  ])('%s', (_name, input, expected) => {
    const out = terminalText(input);
    expect(out).toBe(expected);
    // eslint-disable-next-line no-control-regex -- looking for controls
    expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
  });

  it('keeps newlines and tabs', () => {
    expect(terminalText('a\n\tb')).toBe('a\n\tb');
  });

  it('plainMarkdown shows escaped characters as they are, keeps code blocks, never throws on a bad timestamp', () => {
    expect(plainMarkdown(discordText('[x](https://evil.example) *y*'))).toBe('[x](https://evil.example) *y*');
    expect(plainMarkdown('```\nC:\\Users\\x\\.ssh\n```')).toBe('```\nC:\\Users\\x\\.ssh\n```');
    expect(plainMarkdown('<t:99999999999999999999>')).toBe('<t:99999999999999999999>');
  });
});

describe('the written-out character classes', () => {
  it('remove exactly the format (Cf) and control (Cc) characters, as \\p{Cf} and \\p{Cc} say, for every code point', () => {
    const format = /\p{Cf}/u;
    const control = /\p{Cc}/u;
    const fillers = new Set([0x115f, 0x1160, 0x3164, 0xffa0, 0x034f, 0x180b, 0x180c, 0x180d, ...Array.from({ length: 16 }, (_, i) => 0xfe00 + i)]);
    const breaks = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]);
    const wrong: string[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue; // lone surrogates: removed by their own rule
      const ch = String.fromCodePoint(c);
      const removed = cleanText(`a${ch}b`, 10) === 'ab';
      const shouldGo = (format.test(ch) || control.test(ch) || fillers.has(c)) && !breaks.has(c);
      if (removed !== shouldGo) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});

describe('unescapeDiscord scans for code once', () => {
  /** The earlier form: split on a capturing pattern, unescape the parts outside code. */
  const bySplit = (text: string): string =>
    text
      .split(/((?<!\\)```[\s\S]*?```|(?<!\\)`[^`\n]*`)/)
      .map((part, i) => (i % 2 === 1 ? part : part.replace(/\\([\\*_~`|[\]<>@#+\-.)/])/g, '$1')))
      .join('');

  test('the same text as splitting on the code pattern, for any mix of backticks, backslashes and markdown', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('`', '\\', '*', '_', '~', 'a', ' ', '\n', '.', '-', '[', ']', '>'), maxLength: 60 }), (text) => {
        expect(unescapeDiscord(text)).toBe(bySplit(text));
      }),
      { numRuns: 3000 },
    );
  });

  test('code keeps its backslashes, text around it loses the escapes', () => {
    expect(unescapeDiscord('a\\*b `c\\*d` e\\_f ```g\\_h``` \\`i`')).toBe('a*b `c\\*d` e_f ```g\\_h``` `i`');
  });
});

describe('patterns run only on text they can change (same results as running each)', () => {
  // The earlier forms, every pattern run on every text.
  const ESC =
    // eslint-disable-next-line no-control-regex -- the controls are the point
    /(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[\x20-\x2f]*[\x30-\x7e]?/g;
  // eslint-disable-next-line no-control-regex -- the controls are the point
  const terminalTextBefore = (t: string) => t.replace(ESC, '\uFFFD').replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, '\uFFFD').replace(/[\u202a-\u202e\u2066-\u2069\u200b-\u200f\u061c\u2060\ufeff]/g, '');
  const escapeBefore = (line: string, links: boolean) => {
    const marked = line.replace(/[\\*~`|[\]<>@]/g, (c) => `\\${c}`);
    const escaped = marked.includes('_') ? marked.replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_') : marked;
    return (links ? escaped.replace(/([a-z][a-z0-9+.-]*):\/\//gi, (_m, scheme: string) => `${scheme}:\\//`) : escaped).replace(
      /^(?:([#+-])(?=[#\s])|(\d+)([.)])(?=\s))/,
      (_m, mark: string | undefined, digits: string | undefined, dot: string | undefined) => (mark !== undefined ? `\\${mark}` : `${digits}\\${dot}`),
    );
  };
  const plainBefore = (text: string, color: boolean) => {
    const bold = (s: string) => (color ? `\x1b[1m${s}\x1b[22m` : s);
    const markdown = terminalTextBefore(text)
      .replace(/\*\*([^*\n]+)\*\*/g, (_m, inner: string) => bold(inner))
      .replace(/__([^_\n]+)__/g, (_m, inner: string) => bold(inner))
      .replace(/\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)/g, '$1 ($2)')
      .replace(/<@!?(\d+)>/g, '@user($1)')
      .replace(/<#(\d+)>/g, '#channel($1)')
      .replace(/<t:(\d+)(?::[tTdDfFR])?>/g, (m, s: string) => {
        const date = new Date(Number(s) * 1000);
        return isNaN(date.getTime()) ? m : date.toISOString();
      });
    return markdown
      .split(/((?<!\\)```[\s\S]*?```|(?<!\\)`[^`\n]*`)/)
      .map((part, i) => (i % 2 === 1 ? part : part.replace(/\\([\\*_~`|[\]<>@#+\-.)/])/g, '$1')))
      .join('');
  };
  const unit = fc.constantFrom('*', '_', '[', ']', '(', ')', '<', '>', '@', '#', '!', 't', ':', '1', '0', '+', '-', '.', ' ', '\n', '\\', '`', 'h', 'p', 's', '/', 'a', '\x1b', '\x9b', '\x07', '\u200b', '\u202e', 'é');
  const texts = fc.oneof(fc.string({ unit, maxLength: 40 }), fc.constantFrom('see [docs](https://example.com/x) **now** <@123> <#9> <t:0:R>', '## heading', '1. step', 'http://a.b/c', '- item', '__u__ `code\\*` \\*'));

  test('terminalText', () => {
    fc.assert(fc.property(texts, (t) => expect(terminalText(t)).toBe(terminalTextBefore(t))), { numRuns: 3000 });
  });
  test('discordText / discordTitle (escapeMarkdown)', () => {
    fc.assert(
      fc.property(texts, (t) => {
        const clean = cleanText(t);
        expect(discordText(t)).toBe(escapeBefore(clean, true));
      }),
      { numRuns: 3000 },
    );
  });
  test('plainMarkdown, with and without colour', () => {
    fc.assert(
      fc.property(texts, fc.boolean(), (t, color) => expect(plainMarkdown(t, { color })).toBe(plainBefore(t, color))),
      { numRuns: 3000 },
    );
  });
});
