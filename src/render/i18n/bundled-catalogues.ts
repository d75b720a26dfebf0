/**
 * The English catalogue as data, for the CLI bundles: cli/bundle.ts replaces this module with one
 * whose BUNDLED_CATALOGUES holds `catalogueEntries('en')` as that build read it, so a
 * `netmedic explain` or `check` reads and splits no .ftl file for its English words (English is
 * in every locale's chain, as the fallback). Everywhere else it is null and messages.ts reads the
 * files. A bundle holds the catalogue of its build: after editing a .ftl file, `npm run build`.
 */
export const BUNDLED_CATALOGUES: Readonly<Record<string, readonly (readonly [string, string])[]>> | null = null;
