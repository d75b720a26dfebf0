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
 * Files are read when a locale is first asked for, and kept; each message is parsed when first used.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../util/paths';
import { BUNDLED_ENGLISH_CATALOGUE } from './bundled-catalogues';
import { fluentBundle, type FluentBundle, type FluentVariable } from './fluent';
import { readPrecompiledCatalogue, type CatalogueEntries, type ParsedEntry } from './precompiled-catalogue';

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

const DEFAULT_ROOT = join(packageRoot(), 'src', 'render', 'locales');
let catalogueRoot = DEFAULT_ROOT;
const bundles = new Map<UiLocale, Catalogue>();
const chains = new Map<UiLocale, Messages>();
/** Locale codes as callers pass them (`en-US`, `pt-BR`, `es_MX`) → their chain, once looked up. */
const byRequestLocale = new Map<string, Messages>();

/** The folder catalogues are read from (tests point it elsewhere). */
export function catalogueDir(): string {
  return catalogueRoot;
}

/** Reads catalogues from another folder from now on (for tests of the catalogue tools). */
export function setCatalogueDir(dir: string): void {
  catalogueRoot = dir;
  bundles.clear();
  chains.clear();
  byRequestLocale.clear();
}

/** The `.ftl` files of one locale, by file name, in a stable order. */
export function catalogueFiles(locale: UiLocale, root = catalogueRoot): Map<string, string> {
  const dir = join(root, locale);
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ftl')).sort()) files.set(name, readFileSync(join(dir, name), 'utf8'));
  return files;
}

/**
 * One locale's catalogue, parsed a message at a time: reading a file only splits it into entries
 * (a message or term starts at the line's first column; its other lines are indented or blank),
 * and an entry is handed to Fluent's parser the first time it, or an entry referring to it, is
 * asked for. A command that shows a dozen messages does not parse the other few hundred. The
 * first entry of an id wins, as in a bundle built from whole files. In the CLI bundles, English
 * comes already parsed (precompiled-catalogue.ts).
 */
class Catalogue {
  private readonly added = new Set<string>();
  readonly bundle: FluentBundle;

  constructor(
    locale: UiLocale,
    private readonly entries: CatalogueEntries,
  ) {
    this.bundle = new fluentBundle.FluentBundle(locale === 'en' ? 'en-US' : locale, { useIsolating: false });
  }

  /** Adds entry `id` (and what its text refers to) unless done already. */
  private add(id: string): void {
    if (this.added.has(id)) return;
    this.added.add(id);
    const entry = this.entries.parsed(id);
    if (entry === undefined) return;
    this.bundle.addResource(entry.resource);
    for (const ref of entry.references) this.add(ref);
  }

  hasMessage(id: string): boolean {
    return !id.startsWith('-') && this.entries.has(id);
  }

  getMessage(id: string): ReturnType<FluentBundle['getMessage']> {
    if (id.startsWith('-')) return undefined;
    this.add(id);
    return this.bundle.getMessage(id);
  }
}

/** Fluent's parse of one entry's source, and the ids its text refers to (in order). */
export function parseEntry(source: string): ParsedEntry {
  return { resource: new fluentBundle.FluentResource(source), references: [...source.matchAll(REFERENCE)].map((m) => m[1]!) };
}

/** Entries as source texts (the first of an id kept), parsed when first asked for. */
function sourceEntries(list: Iterable<readonly [string, string]>): CatalogueEntries {
  const sources = new Map<string, string>();
  for (const [id, source] of list) if (!sources.has(id)) sources.set(id, source);
  return {
    has: (id) => sources.has(id),
    parsed(id) {
      const source = sources.get(id);
      return source === undefined ? undefined : parseEntry(source);
    },
  };
}

/** A message or term at a line's start: `id =` or `-term =`. */
const ENTRY_START = /^(-?[a-zA-Z][a-zA-Z0-9_-]*)[ \t]*=/;
/** A placeable naming a message or term: `{ other-message }`, `{ -term }`, `{ -term(case: "x") }`. */
const REFERENCE = /\{\s*(-?[a-zA-Z][a-zA-Z0-9_-]*)/g;

/** Whether a line starting with this character code starts a new entry or comment (`#`, a letter, `-`). */
function startsEntry(code: number): boolean {
  return code === 35 || code === 45 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Adds the entries of one .ftl text to `into` (first of an id wins). */
function splitEntries(text: string, into: Map<string, string>): void {
  let id: string | null = null;
  let start = 0;
  const flush = (end: number) => {
    if (id !== null && !into.has(id)) into.set(id, text.slice(start, end).replace(/\r\n/g, '\n') + '\n');
    id = null;
  };
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const next = nl === -1 ? text.length : nl + 1;
    if (startsEntry(text.charCodeAt(at))) {
      flush(at);
      const m = ENTRY_START.exec(text.slice(at, next));
      if (m) {
        id = m[1]!;
        start = at;
      }
    }
    at = next;
  }
  flush(text.length);
}

/** The entries of one locale's catalogue files: id → its source text, in file order, the first of an id kept. */
export function catalogueEntries(locale: UiLocale, root = catalogueRoot): [string, string][] {
  const entries = new Map<string, string>();
  for (const text of catalogueFiles(locale, root).values()) splitEntries(text, entries);
  return [...entries];
}

/** The build's precompiled English catalogue (CLI bundles only; tests swap it with setPrecompiledEnglish). */
let precompiledEnglish: Buffer | null = BUNDLED_ENGLISH_CATALOGUE;

/** Use `text` (writePrecompiledCatalogue's format, or null: none) as the English catalogue from now on. */
export function setPrecompiledEnglish(text: string | null): void {
  precompiledEnglish = text === null ? null : Buffer.from(text, 'latin1');
  bundles.clear();
  chains.clear();
  byRequestLocale.clear();
}

function bundle(locale: UiLocale): Catalogue {
  let b = bundles.get(locale);
  if (b) return b;
  const precompiled = locale === 'en' && catalogueRoot === DEFAULT_ROOT && precompiledEnglish !== null ? readPrecompiledCatalogue(precompiledEnglish) : null;
  b = new Catalogue(locale, precompiled ?? sourceEntries(catalogueEntries(locale)));
  bundles.set(locale, b);
  return b;
}

function chainFor(locale: UiLocale): Catalogue[] {
  const chain: Catalogue[] = [];
  for (let l: UiLocale | undefined = locale; l; l = PARENT[l]) chain.push(bundle(l));
  if (locale !== 'en') chain.push(bundle('en'));
  return chain;
}

function split(id: string): [string, string | null] {
  const dot = id.indexOf('.');
  return dot === -1 ? [id, null] : [id.slice(0, dot), id.slice(dot + 1)];
}

/** A pattern element as @fluent/bundle keeps it: text, or a placeable (`{ $name }` is `var`). */
type PatternElement = string | { type: string; name?: string };

/**
 * Text and `{ $variable }` placeables only, every variable given as a string: the text is what
 * Fluent would make of it (a string variable is put in as it is, and isolation marks are off), put
 * together without Fluent's resolver (its scope, and its checks for what the pattern cannot hold).
 * Anything else (numbers, selectors, references, a missing variable) → null: Fluent formats it.
 */
function plainPattern(pattern: unknown, args: MessageArgs): string | null {
  if (!Array.isArray(pattern)) return null;
  let out = '';
  for (const element of pattern as PatternElement[]) {
    if (typeof element === 'string') out += element;
    else if (element.type === 'var' && element.name !== undefined && Object.prototype.hasOwnProperty.call(args, element.name)) {
      const value = args[element.name];
      if (typeof value !== 'string') return null;
      out += value;
    } else return null;
  }
  return out;
}

function format(chain: Catalogue[], id: string, args?: MessageArgs): string | null {
  const [name, attribute] = split(id);
  for (const c of chain) {
    const message = c.getMessage(name);
    const pattern = attribute ? message?.attributes[attribute] : message?.value;
    if (!pattern) continue;
    if (args !== undefined) {
      const plain = plainPattern(pattern, args);
      if (plain !== null) return plain;
    }
    const errors: Error[] = [];
    const text = c.bundle.formatPattern(pattern, args ?? null, errors);
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
  // A reply asks for its messages a dozen times: the locale as Discord sent it goes straight to
  // its catalogue chain (Discord has a few dozen locale codes; anything else takes the long way).
  const known = locale ? byRequestLocale.get(locale) : undefined;
  if (known) return known;
  const ui = uiLocale(locale);
  const cached = chains.get(ui);
  if (cached) {
    if (locale && byRequestLocale.size < 64) byRequestLocale.set(locale, cached);
    return cached;
  }
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
