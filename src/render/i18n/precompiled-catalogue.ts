/**
 * A locale's catalogue entries already parsed, as the CLI bundles read them (cli/bundle.ts writes
 * `dist/cli-data/catalogue-en.txt` from `catalogueEntries('en')` of the same build).
 *
 * Why: a `netmedic explain` or `check` shows a few dozen messages. Reading the whole English
 * catalogue as JSON (813 entries) and handing each shown entry to Fluent's parser made ~180 KB of
 * objects and compiled a dozen of the parser's regular expressions at every start. Here the build
 * has run the parser, and a start reads one short JSON record per entry it shows.
 *
 * Format (ASCII): the first line indexes the records: ` id:offset:length` for each entry (offsets
 * counted from the start of the second line), then a space; a lookup is one search of that line,
 * with nothing parsed or allocated for the hundreds of entries a run does not show (a JSON index
 * of 813 entries cost more to parse than the records it saved). Then each record, on a line of its own, is the JSON array `[body, references]`: `body` what
 * `new FluentResource(source).body` is for the entry's source (plain data: strings, arrays and
 * objects), `references` the ids of the messages and terms its text names (see REFERENCE in
 * messages.ts), in order.
 */
import type { FluentResource } from '@fluent/bundle' with { 'resolution-mode': 'import' };

/** One entry: Fluent's parse of its source, and the ids it refers to. */
export interface ParsedEntry {
  resource: FluentResource;
  references: string[];
}

/** Where a catalogue's entries come from: its sources (parsed on use) or a precompiled text. */
export interface CatalogueEntries {
  has(id: string): boolean;
  /** The entry's parse, or undefined when the catalogue has no such id. */
  parsed(id: string): ParsedEntry | undefined;
}

/** The text of a precompiled catalogue: the entries in order, each with its parse and references (first of an id kept). */
export function writePrecompiledCatalogue(entries: Iterable<readonly [id: string, body: unknown, references: readonly string[]]>): string {
  const records: string[] = [];
  const seen = new Set<string>();
  let index = '';
  let offset = 0;
  for (const [id, body, references] of entries) {
    if (seen.has(id)) continue;
    if (!/^-?[a-zA-Z][a-zA-Z0-9_-]*$/.test(id)) throw new Error(`not a Fluent identifier: ${JSON.stringify(id)}`);
    seen.add(id);
    const record = asciiJson([body, references]);
    index += ` ${id}:${offset}:${record.length}`;
    records.push(record);
    offset += record.length + 1;
  }
  return `${index} \n${records.join('\n')}\n`;
}

/** JSON with every character beyond ASCII as a `\\u` escape (read back as the same string). */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The entries of a precompiled catalogue (its bytes: read as a Buffer, the file stays outside
 * V8's heap, and only the records a run shows become strings), or null when it does not read as one.
 */
export function readPrecompiledCatalogue(bytes: Buffer): CatalogueEntries | null {
  const nl = bytes.indexOf(10);
  if (nl < 1 || bytes[0] !== 32 || bytes[nl - 1] !== 32) return null;
  const records = nl + 1;
  /** Where `id`'s `offset:length` starts in the index line, or -1. */
  const find = (id: string): number => {
    if (id === '' || id.includes(' ') || id.includes(':')) return -1;
    const at = bytes.indexOf(` ${id}:`, 0, 'latin1');
    return at < 0 || at >= nl ? -1 : at + id.length + 2;
  };
  return {
    has: (id) => find(id) >= 0,
    parsed(id) {
      const at = find(id);
      if (at < 0) return undefined;
      const colon = bytes.indexOf(58, at);
      const end = bytes.indexOf(32, colon);
      const start = records + Number(bytes.toString('latin1', at, colon));
      const length = Number(bytes.toString('latin1', colon + 1, end));
      const [body, references] = JSON.parse(bytes.toString('latin1', start, start + length)) as [FluentResource['body'], string[]];
      return { resource: { body } as FluentResource, references };
    },
  };
}
