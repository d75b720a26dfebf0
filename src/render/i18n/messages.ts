/**
 * Every word the bot shows, in the reader's language: the UI message catalogues.
 *
 * Catalogues are Fluent files (https://projectfluent.org), one folder per locale and one file per
 * area: `src/render/locales/<locale>/<area>.ftl`. English (`en`) is the source and the fallback;
 * a message missing in a translation falls back to the locale's base (es-419 → es-ES), then to
 * English. `kb lint --require-translations` (catalog-lint.ts) fails when a locale lacks a message
 * or uses other variables than the English one.
 *
 * Use:
 *
 *   const t = messagesFor(locale);             // Discord's interaction.locale, or the CLI's --locale
 *   t('check-refused', { port: 8080 })         // a message
 *   t('faq-delete.label')                      // an attribute of a message
 *
 * Variables are data: strings that came from a server, a certificate or a paste must be made safe
 * (render/sanitize.ts) before they are passed in. Fluent's bidi isolation marks are off (Discord
 * and terminals show them as stray characters).
 *
 * Files are read when a locale is first asked for, and kept.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../util/paths';
import { fluentBundle, type FluentBundle, type FluentVariable } from './fluent';

/** The locales with catalogues; the first is the source and fallback of every other. */
export const UI_LOCALES = ['en', 'es-ES', 'es-419', 'pt-BR', 'fr', 'de', 'it', 'tr', 'ru'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/** A translation that falls back to another translation before English. */
const PARENT: Partial<Record<UiLocale, UiLocale>> = { 'es-419': 'es-ES' };

export type MessageArgs = Record<string, FluentVariable>;

/** Formats one message (or `message.attribute`) in a reader's language. */
export interface Messages {
  (id: string, args?: MessageArgs): string;
  /** The catalogue locale chosen (`en` when the reader's language has none). */
  readonly locale: UiLocale;
  /** True when some catalogue in the chain has this message. */
  has(id: string): boolean;
}

/** The catalogue locale for a Discord or CLI locale: `en-GB` → en, `pt-BR` → pt-BR, `es-MX` → es-419, `ja` → en. */
export function uiLocale(locale: string | null | undefined): UiLocale {
  if (!locale) return 'en';
  const lower = locale.toLowerCase().replace(/_/g, '-');
  const exact = UI_LOCALES.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const [lang = '', region = ''] = lower.split('-');
  if (lang === 'es') return region === 'es' || region === '' ? 'es-ES' : 'es-419';
  if (lang === 'pt') return 'pt-BR';
  return UI_LOCALES.find((l) => l.toLowerCase() === lang) ?? 'en';
}

let catalogueRoot = join(packageRoot(), 'src', 'render', 'locales');
const bundles = new Map<UiLocale, FluentBundle>();
const chains = new Map<UiLocale, Messages>();

/** The folder catalogues are read from (tests point it elsewhere). */
export function catalogueDir(): string {
  return catalogueRoot;
}

/** Reads catalogues from another folder from now on (for tests of the catalogue tools). */
export function setCatalogueDir(dir: string): void {
  catalogueRoot = dir;
  bundles.clear();
  chains.clear();
}

/** The `.ftl` files of one locale, by file name, in a stable order. */
export function catalogueFiles(locale: UiLocale, root = catalogueRoot): Map<string, string> {
  const dir = join(root, locale);
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ftl')).sort()) files.set(name, readFileSync(join(dir, name), 'utf8'));
  return files;
}

function bundle(locale: UiLocale): FluentBundle {
  let b = bundles.get(locale);
  if (b) return b;
  b = new fluentBundle.FluentBundle(locale === 'en' ? 'en-US' : locale, { useIsolating: false });
  for (const text of catalogueFiles(locale).values()) b.addResource(new fluentBundle.FluentResource(text));
  bundles.set(locale, b);
  return b;
}

function chainFor(locale: UiLocale): FluentBundle[] {
  const chain: FluentBundle[] = [];
  for (let l: UiLocale | undefined = locale; l; l = PARENT[l]) chain.push(bundle(l));
  if (locale !== 'en') chain.push(bundle('en'));
  return chain;
}

function split(id: string): [string, string | null] {
  const dot = id.indexOf('.');
  return dot === -1 ? [id, null] : [id.slice(0, dot), id.slice(dot + 1)];
}

function format(chain: FluentBundle[], id: string, args?: MessageArgs): string | null {
  const [name, attribute] = split(id);
  for (const b of chain) {
    const message = b.getMessage(name);
    const pattern = attribute ? message?.attributes[attribute] : message?.value;
    if (!pattern) continue;
    const errors: Error[] = [];
    const text = b.formatPattern(pattern, args ?? null, errors);
    if (errors.length === 0) return text;
  }
  return null;
}

/**
 * The messages of a reader's locale (any Discord or POSIX-style code; unknown → English).
 * An id no catalogue has formats as the id itself, so a missing message shows, never crashes
 * (catalog-lint and the tests keep that from shipping).
 */
export function messagesFor(locale?: string | null): Messages {
  const ui = uiLocale(locale);
  const cached = chains.get(ui);
  if (cached) return cached;
  const chain = chainFor(ui);
  // A message without variables always formats to the same text: formatted once per locale
  // (headings, button labels, footers), not on every reply.
  const fixed = new Map<string, string>();
  const t = ((id: string, args?: MessageArgs) => {
    if (args !== undefined) return format(chain, id, args) ?? id;
    let text = fixed.get(id);
    if (text === undefined) fixed.set(id, (text = format(chain, id) ?? id));
    return text;
  }) as Messages;
  Object.defineProperty(t, 'locale', { value: ui });
  t.has = (id: string) => format(chain, id) !== null || chain.some((b) => b.hasMessage(split(id)[0]));
  chains.set(ui, t);
  return t;
}

/** English messages: the CLI's --json words and every reader without a catalogue. */
export function englishMessages(): Messages {
  return messagesFor('en');
}
