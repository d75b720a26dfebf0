/**
 * Localised system messages as data: knowledge/messages/<locale>.yaml.
 *
 * Each file holds, for one locale, the texts that operating systems, C libraries and browsers
 * print for the errors the articles cover (strerror, getaddrinfo, Winsock FormatMessage, browser
 * error pages), copied from the real message catalogues, each with the article it belongs to and
 * where it comes from. The loader turns every message into phrases of its article, so a pasted
 * "Неизвестное имя или служба" is matched like "Name or service not known".
 *
 * File shape (see docs/knowledge-format.md):
 *
 *   locale: ru
 *   sources:
 *     glibc: GNU C Library 2.36, libc.mo (Debian libc-l10n 2.36-9+deb12u14)
 *   messages:
 *     - article: dns-failure
 *       source: glibc                      # a key of `sources`
 *       ref: Name or service not known     # the catalogue's own key: msgid, resource name, code
 *       text: Неизвестное имя или служба   # the catalogue text; placeholders stay as $1
 *       match: [...]                       # optional: the parts of `text` to match
 *
 * Which parts are matched: `match` when given (each must occur in `text`); otherwise the whole
 * text, or, when it has placeholders ($1, $2), each piece between them that has at least two
 * words, so "$1 refused to connect." gives "refused to connect".
 */
import { z } from 'zod';
import { patternTokens } from '../matcher/tokenize';
import { parseYamlFile, shapeError, str, strList, type FieldLines } from './parse';
import type { KnowledgeProblem } from './types';

export const messageFileSchema = z
  .object({
    locale: str(),
    sources: z.record(z.string(), str(), shapeError('source-mapping')),
    messages: z.array(
      z
        .object({
          article: str(),
          source: str(),
          ref: str().optional(),
          text: str(),
          match: strList.optional(),
        })
        .strict(),
      shapeError('message-list'),
    ),
  })
  .strict();

/** One catalogue message, as loaded. */
export interface LocalMessage {
  locale: string;
  article: string;
  /** Key into the file's `sources`. */
  source: string;
  /** The catalogue's own identifier (msgid, resource name, error code), when given. */
  ref?: string;
  /** The catalogue text, placeholders kept as $1. */
  text: string;
  match?: string[];
}

export interface MessageFile {
  /** Path shown in problems, like `knowledge/messages/ru.yaml`. */
  file: string;
  locale: string;
  sources: Record<string, string>;
  messages: LocalMessage[];
}

export interface ParsedMessageFile {
  value: MessageFile | null;
  problems: KnowledgeProblem[];
  /** 1-based line of top-level fields and of `messages[i]`. */
  fieldLines: FieldLines;
}

export function parseMessageFile(file: string, text: string): ParsedMessageFile {
  const r = parseYamlFile(file, text, messageFileSchema);
  if (!r.parsed) return { value: null, problems: r.problems, fieldLines: r.fieldLines };
  const d = r.parsed as z.infer<typeof messageFileSchema>;
  const messages = d.messages.map((m) => ({ locale: d.locale, article: m.article, source: m.source, ref: m.ref, text: m.text, match: m.match }));
  return { value: { file, locale: d.locale, sources: d.sources, messages }, problems: [], fieldLines: r.fieldLines };
}

/** A placeholder: `$` followed by digits. */
function placeholderAt(text: string, i: number): number {
  if (text[i] !== '$') return 0;
  let k = i + 1;
  while (k < text.length && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
  return k > i + 1 ? k - i : 0;
}

/** The pieces of `text` between placeholders. */
export function splitAtPlaceholders(text: string): string[] {
  const pieces: string[] = [];
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const n = placeholderAt(text, i);
    if (n) {
      pieces.push(cur);
      cur = '';
      i += n - 1;
      continue;
    }
    cur += text[i];
  }
  pieces.push(cur);
  return pieces.map((p) => p.trim()).filter((p) => patternTokens(p).length > 0);
}

export function hasPlaceholder(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (placeholderAt(text, i)) return true;
  return false;
}

/** The phrases a message contributes to its article (see the module comment). */
export function messagePhrases(m: Pick<LocalMessage, 'text' | 'match'>): string[] {
  if (m.match && m.match.length) return m.match;
  if (!hasPlaceholder(m.text)) return [m.text];
  return splitAtPlaceholders(m.text).filter((p) => patternTokens(p).length >= 2);
}
