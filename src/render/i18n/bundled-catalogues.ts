/**
 * The English catalogue as data, for the CLI bundles: in them (cli/bundle.ts) this module reads
 * BUNDLED_CATALOGUES from dist/cli-data/catalogues.json, `catalogueEntries('en')` as that build
 * read it, so a `netmedic explain` or `check` reads and splits no .ftl file for its English words
 * (English is in every locale's chain, as the fallback). Everywhere else, or without that file,
 * it is null and messages.ts reads the files. The bundles answer with their build's catalogue:
 * after editing a .ftl file, `npm run build`.
 */
export const BUNDLED_CATALOGUES: Readonly<Record<string, readonly (readonly [string, string])[]>> | null = null;
