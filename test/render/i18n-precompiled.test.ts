/**
 * The CLI bundles read English already parsed (precompiled-catalogue.ts, written by the build):
 * every entry must read back as Fluent's parse of its source, and every message and attribute of
 * every locale (English is each one's fallback) must format exactly as from the .ftl files.
 */
import { fluentBundle } from '../../src/render/i18n/fluent';
import { catalogueEntries, catalogueFiles, catalogueDir, messagesFor, parseEntry, setPrecompiledEnglish, UI_LOCALES } from '../../src/render/i18n/messages';
import { readPrecompiledCatalogue, writePrecompiledCatalogue } from '../../src/render/i18n/precompiled-catalogue';

const precompiled = (entries: [string, string][]) => writePrecompiledCatalogue(entries.map(([id, source]) => [id, parseEntry(source).resource.body, parseEntry(source).references] as const));

afterEach(() => setPrecompiledEnglish(null));

test('every English entry reads back as Fluent parses its source, with its references; the text is ASCII', () => {
  const entries = catalogueEntries('en');
  const text = precompiled(entries);
  expect([...text].every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
  const read = readPrecompiledCatalogue(Buffer.from(text, 'latin1'))!;
  for (const [id, source] of entries) {
    const want = parseEntry(source);
    const got = read.parsed(id)!;
    expect([id, got.resource.body, got.references]).toEqual([id, want.resource.body, want.references]);
    expect(read.has(id)).toBe(true);
  }
  expect(read.has('no-such-message')).toBe(false);
  expect(read.parsed('no-such-message')).toBeUndefined();
  expect(read.has('constructor')).toBe(false);
});

test('non-ASCII text, terms, selectors and numbers survive; the first entry of an id wins', () => {
  const entries: [string, string][] = [
    ['-brand', '-brand = NetMédic ✅\n'],
    ['greet', 'greet = Привет, { -brand } → { $who }\n    .title = Grüße 🎮\n'],
    ['count', 'count = { $n ->\n    [one] one item\n   *[other] { NUMBER($n, minimumFractionDigits: 2) } items\n}\n'],
    ['greet', 'greet = second\n'],
  ];
  const read = readPrecompiledCatalogue(Buffer.from(precompiled(entries), 'latin1'))!;
  const bundle = new fluentBundle.FluentBundle('en-US', { useIsolating: false });
  for (const id of ['-brand', 'greet', 'count']) bundle.addResource(read.parsed(id)!.resource);
  expect(read.parsed('greet')!.references).toEqual(['-brand']);
  expect(bundle.formatPattern(bundle.getMessage('greet')!.value!, { who: 'Ana' })).toBe('Привет, NetMédic ✅ → Ana');
  expect(bundle.formatPattern(bundle.getMessage('greet')!.attributes.title!)).toBe('Grüße 🎮');
  expect(bundle.formatPattern(bundle.getMessage('count')!.value!, { n: 3 })).toBe('3.00 items');
  expect(bundle.formatPattern(bundle.getMessage('count')!.value!, { n: 1 })).toBe('one item');
});

test('a text that is not a precompiled catalogue is refused', () => {
  expect(readPrecompiledCatalogue(Buffer.from(''))).toBeNull();
  expect(readPrecompiledCatalogue(Buffer.from('not an index\n'))).toBeNull();
  expect(readPrecompiledCatalogue(Buffer.from(' a:0:2 \n[]\n'))!.has('b')).toBe(false);
});

describe('messages from the precompiled English catalogue', () => {
  for (const locale of UI_LOCALES) {
    it(`format every ${locale} message as from the .ftl files`, () => {
      const ids: string[] = [];
      const vars = new Set<string>();
      for (const l of new Set([locale, 'en'] as const)) {
        for (const text of catalogueFiles(l, catalogueDir()).values()) {
          for (const entry of new fluentBundle.FluentResource(text).body) {
            if (entry.id.startsWith('-')) continue;
            ids.push(entry.id, ...Object.keys(entry.attributes).map((a) => `${entry.id}.${a}`));
          }
          for (const m of text.matchAll(/\$([a-zA-Z][\w-]*)/g)) vars.add(m[1]!);
        }
      }
      const format = () => {
        const t = messagesFor(locale);
        return ids.flatMap((id) => [1, 3, 'x'].map((value) => [id, t(id, Object.fromEntries([...vars].map((v) => [v, value]))), t.has(id)]));
      };
      setPrecompiledEnglish(null);
      const fromFiles = format();
      setPrecompiledEnglish(precompiled(catalogueEntries('en')));
      expect(format()).toEqual(fromFiles);
    });
  }
});
