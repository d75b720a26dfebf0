/**
 * Numbers inside catalogue messages, shown the way English replies always showed them.
 *
 * Fluent formats a plain number variable with Intl.NumberFormat, which groups digits ("1,234"):
 * a count that selects a plural form goes in as `count(n)` (no grouping, plural rules still
 * apply). A number that only shows (a port, an id) goes in as a string. A fixed-point decimal
 * (a confidence) is `decimal(x, 2, locale)`: the digits of `toFixed`, the locale's separator.
 */
import { fluentBundle, type FluentVariable } from './fluent';
import { uiLocale } from './messages';

/** A count for a `{ $count -> [one] … }` selector, formatted without digit grouping. */
export function count(n: number): FluentVariable {
  return new fluentBundle.FluentNumber(n, { useGrouping: false });
}

const separators = new Map<string, string>();

function decimalSeparator(locale: string | null | undefined): string {
  const ui = uiLocale(locale);
  let sep = separators.get(ui);
  if (sep === undefined) {
    sep = ui === 'en' ? '.' : (new Intl.NumberFormat(ui).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.');
    separators.set(ui, sep);
  }
  return sep;
}

/** `value.toFixed(digits)` with the reader's decimal separator: 0.93 → "0.93" (en), "0,93" (de). */
export function decimal(value: number, digits: number, locale: string | null | undefined): string {
  const fixed = value.toFixed(digits);
  const sep = decimalSeparator(locale);
  return sep === '.' ? fixed : fixed.replace('.', sep);
}
