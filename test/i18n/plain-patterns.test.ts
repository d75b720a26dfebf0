/**
 * Messages made of text and string variables are put together without Fluent's resolver
 * (messages.ts, plainPattern): for every message of every catalogue, with every variable given
 * as a string, the text is the one Fluent makes of the same catalogue.
 */
import { catalogueFiles, messagesFor, UI_LOCALES } from '../../src/render/i18n/messages';
import { fluentBundle } from '../../src/render/i18n/fluent';

type Element = string | { type: string; name?: string; [k: string]: unknown };

/** Variable names anywhere in a pattern (selectors and their variants included). */
function variables(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const v of value as Element[]) variables(v, into);
  else if (value && typeof value === 'object') {
    const el = value as { type?: string; name?: string };
    if (el.type === 'var' && el.name) into.add(el.name);
    for (const v of Object.values(value)) variables(v, into);
  }
  return into;
}

describe('plain patterns', () => {
  it.each([...UI_LOCALES])('%s: every message reads as Fluent formats it', (locale) => {
    const bundle = new fluentBundle.FluentBundle(locale === 'en' ? 'en-US' : locale, { useIsolating: false });
    const ids: string[] = [];
    for (const text of catalogueFiles(locale).values()) {
      const resource = new fluentBundle.FluentResource(text);
      bundle.addResource(resource);
      for (const entry of resource.body) if (!entry.id.startsWith('-')) ids.push(entry.id);
    }
    const t = messagesFor(locale);
    let compared = 0;
    for (const id of ids) {
      const message = bundle.getMessage(id)!;
      for (const [key, pattern] of [['', message.value], ...Object.entries(message.attributes)] as const) {
        if (!pattern) continue;
        const names = variables(pattern, new Set());
        if (names.size === 0) continue;
        const args = Object.fromEntries([...names].map((n) => [n, `‹${n} value›`]));
        const errors: Error[] = [];
        const expected = bundle.formatPattern(pattern, args, errors);
        if (errors.length > 0) continue; // refers to something only the fallback chain has
        expect(t(key ? `${id}.${key}` : id, args)).toBe(expected);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(locale === 'es-419' ? 0 : 50);
  });

  it('a number variable still goes through Fluent (the locale’s digit grouping)', () => {
    expect(messagesFor('de')('explain-choice-best', { title: 'T', percent: 12345 })).toContain('12.345');
    expect(messagesFor('de')('explain-choice-best', { title: 'T', percent: '12345' })).toContain('12345');
  });
});
