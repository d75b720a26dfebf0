/**
 * The English catalogue already parsed, for the CLI bundles: in them (cli/bundle.ts) this module
 * reads BUNDLED_ENGLISH_CATALOGUE from dist/cli-data/catalogue-en.txt (its bytes), `catalogueEntries('en')` as
 * that build read and parsed it (precompiled-catalogue.ts has the format), so a `netmedic explain`
 * or `check` reads and splits no .ftl file and runs no Fluent parser for its English words
 * (English is in every locale's chain, as the fallback). Everywhere else, or without that file,
 * it is null and messages.ts reads the files. The bundles answer with their build's catalogue:
 * after editing a .ftl file, `npm run build`.
 */
export const BUNDLED_ENGLISH_CATALOGUE: Buffer | null = null;
