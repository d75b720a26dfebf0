/**
 * The code tables as code-tables.ts derives them (folded, tokenized, keyed), stored as data by a
 * build step: in the CLI bundles (cli/bundle.ts) this module reads DERIVED_TABLES from
 * dist/cli-data/derived-tables.json, what code-tables.ts's `deriveTables()` returned in that same
 * build, so a `netmedic explain` does not fold and tokenize some 700 table words (several of them
 * Cyrillic or Turkish) on every start. Everywhere else, or without that file, it is null, and
 * code-tables.ts derives the tables itself.
 */

/** Everything code-tables.ts derives from the JSON tables, as JSON-able data. */
export interface SerializedTables {
  code: {
    names: [string, { article: string; name: string; tokens: string[] }][];
    typed: [string, string][];
    prefixes: [string, string][];
    errnoNames: [number, string][];
    winsockNames: [number, string][];
    localNames: string[];
    ambiguousNames: string[];
  };
  logins: { heads: string[]; words: string[]; cues: [string, string][]; services: [string, string][]; routes: [string, string][] };
  frames: { name: string; article: string; markers: string[]; pairs: [string, string][] }[];
  vague: string[];
  /** tokenize.ts's lexicon: folded word of another language → the English stem it stands for. */
  lexicon: [string, string][];
}

/**
 * The code tables only the index build reads (not a match against a compiled index): in the
 * stored file each is its JSON text, a string value, which JSON.parse copies without building
 * its ~1,000 entries; code-tables.ts parses one when it is first used.
 */
export const DEFERRED_CODE_TABLES = ['names', 'typed'] as const;
type Deferred = (typeof DEFERRED_CODE_TABLES)[number];

/** SerializedTables as the build stores them: the deferred code tables as JSON texts. */
export type StoredTables = Omit<SerializedTables, 'code'> & { code: Omit<SerializedTables['code'], Deferred> & { [K in Deferred]: SerializedTables['code'][K] | string } };

/** The tables as the build stores them (see DEFERRED_CODE_TABLES). */
export function storedTables(tables: SerializedTables): StoredTables {
  const code: StoredTables['code'] = { ...tables.code };
  for (const key of DEFERRED_CODE_TABLES) code[key] = JSON.stringify(tables.code[key]);
  return { ...tables, code };
}

export const DERIVED_TABLES: StoredTables | null = null;
