/**
 * Kysely, loaded on first use. Loading it reads some six hundred files (about 80 ms, most of the
 * data layer's start-up), and the usual start needs none of it: the driver alone checks that the
 * database is migrated (see migrate.ts). The repositories use `sql` from here; it loads Kysely
 * the first time a query is built.
 */
import type * as KyselyModule from 'kysely';

let loaded: typeof KyselyModule | undefined;

export function kysely(): typeof KyselyModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('kysely') as typeof KyselyModule;
  return loaded;
}

/** Kysely's `sql` tag (and its helpers: sql.lit, sql.ref, …), loading Kysely when first used. */
export const sql: typeof KyselyModule.sql = new Proxy((() => undefined) as unknown as typeof KyselyModule.sql, {
  apply: (_target, thisArg, args: unknown[]) => Reflect.apply(kysely().sql, thisArg, args) as unknown,
  get: (_target, key) => Reflect.get(kysely().sql, key) as unknown,
});
