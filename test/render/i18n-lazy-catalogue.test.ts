/**
 * messages.ts parses a catalogue message the first time it is used (splitting files into entries
 * by hand first). Every message and attribute of every locale must format exactly as a bundle
 * built from the whole files formats it, with its own fallback chain.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fluentBundle, type FluentBundle } from '../../src/render/i18n/fluent';
import { catalogueDir, catalogueFiles, messagesFor, setCatalogueDir, UI_LOCALES, type UiLocale } from '../../src/render/i18n/messages';

const PARENT: Partial<Record<UiLocale, UiLocale>> = { 'es-419': 'es-ES' };

function wholeBundle(locale: UiLocale, root: string): FluentBundle {
  const b = new fluentBundle.FluentBundle(locale === 'en' ? 'en-US' : locale, { useIsolating: false });
  for (const text of catalogueFiles(locale, root).values()) b.addResource(new fluentBundle.FluentResource(text));
  return b;
}

function wholeChain(locale: UiLocale, root: string): FluentBundle[] {
  const chain: FluentBundle[] = [];
  for (let l: UiLocale | undefined = locale; l; l = PARENT[l]) chain.push(wholeBundle(l, root));
  if (locale !== 'en') chain.push(wholeBundle('en', root));
  return chain;
}

function formatWhole(chain: FluentBundle[], name: string, attribute: string | null, args: Record<string, string | number>): string | null {
  for (const b of chain) {
    const message = b.getMessage(name);
    const pattern = attribute ? message?.attributes[attribute] : message?.value;
    if (!pattern) continue;
    const errors: Error[] = [];
    const text = b.formatPattern(pattern, args, errors);
    if (errors.length === 0) return text;
  }
  return null;
}

/** Every `name` and `name.attribute` of a locale's whole files, with its source text's variables. */
function allIds(locale: UiLocale, root: string): [string, string | null, string[]][] {
  const out: [string, string | null, string[]][] = [];
  for (const text of catalogueFiles(locale, root).values()) {
    for (const entry of new fluentBundle.FluentResource(text).body) {
      if (entry.id.startsWith('-')) continue;
      out.push([entry.id, null, []]);
      for (const attr of Object.keys(entry.attributes)) out.push([entry.id, attr, []]);
    }
    const vars = [...text.matchAll(/\$([a-zA-Z][\w-]*)/g)].map((m) => m[1]!);
    for (const row of out) if (row[2].length === 0) row[2] = vars;
  }
  return out;
}

describe('catalogue messages parsed on first use', () => {
  for (const locale of UI_LOCALES) {
    it(`format every ${locale} message as whole-file bundles do`, () => {
      const root = catalogueDir();
      const chain = wholeChain(locale, root);
      const t = messagesFor(locale);
      const ids = allIds(locale, root);
      expect(ids.length).toBeGreaterThan(10);
      for (const [name, attribute, vars] of ids) {
        const id = attribute ? `${name}.${attribute}` : name;
        for (const value of [1, 3, 'x']) {
          const args = Object.fromEntries(vars.map((v) => [v, value]));
          expect([id, t(id, args)]).toEqual([id, formatWhole(chain, name, attribute, args) ?? id]);
        }
        expect(t.has(id)).toBe(true);
      }
    });
  }

  it('find messages after comments, blank lines, multiline patterns, terms and references, first of an id winning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netmedic-lazy-ftl-'));
    const before = catalogueDir();
    try {
      mkdirSync(join(dir, 'en'));
      writeFileSync(
        join(dir, 'en', 'a.ftl'),
        [
          '### File comment',
          '-brand = NetMedic',
          '# A comment',
          'greet = Hello from { -brand }',
          '    and a second line',
          '',
          '    after a blank line',
          '    .title = Greeting',
          'count = { $n ->',
          '    [one] one item',
          '   *[other] { $n } items',
          '}',
          'refers = See: { greet }',
          'dup = first',
          '',
        ].join('\n'),
      );
      writeFileSync(join(dir, 'en', 'b.ftl'), 'dup = second\nlast = end\n');
      setCatalogueDir(dir);
      const t = messagesFor('en');
      expect(t('refers')).toBe('See: Hello from NetMedic\nand a second line\n\nafter a blank line');
      expect(t('greet.title')).toBe('Greeting');
      expect(t('count', { n: 1 })).toBe('one item');
      expect(t('count', { n: 4 })).toBe('4 items');
      expect(t('dup')).toBe('first');
      expect(t('last')).toBe('end');
      expect(t.has('-brand')).toBe(false);
      expect(t('-brand')).toBe('-brand');
    } finally {
      setCatalogueDir(before);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
