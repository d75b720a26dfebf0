/**
 * @fluent/bundle and @fluent/syntax for CommonJS. Both ship a CommonJS build (`main`), but their
 * type declarations sit in the ES-module folder, so TypeScript (module Node16) refuses a plain
 * import; the types are taken from there and the CommonJS build is required.
 */
import type * as Bundle from '@fluent/bundle' with { 'resolution-mode': 'import' };
import type * as Syntax from '@fluent/syntax' with { 'resolution-mode': 'import' };

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const fluentBundle = require('@fluent/bundle') as typeof Bundle;

/** The Fluent parser (only catalog-lint needs it; loaded on first use). */
export function fluentSyntax(): typeof Syntax {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('@fluent/syntax') as typeof Syntax;
}

export type FluentBundle = Bundle.FluentBundle;
export type FluentVariable = Bundle.FluentVariable;
export type { Syntax };
