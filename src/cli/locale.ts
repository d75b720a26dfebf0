/**
 * Locale codes: Discord's list, and turning a POSIX locale (`LANG=pt_BR.UTF-8`) into the Discord
 * code the CLI and console use for `--locale`. Pure functions; the CLI's, so its usage error is
 * worded here, at the adapter.
 */

/** The locales Discord clients send in `locale` / `guild_locale`. */
export const DISCORD_LOCALES = [
  'id', 'da', 'de', 'en-GB', 'en-US', 'es-ES', 'es-419', 'fr', 'hr', 'it', 'lt', 'hu', 'nl', 'no', 'pl', 'pt-BR',
  'ro', 'fi', 'sv-SE', 'vi', 'tr', 'cs', 'el', 'bg', 'ru', 'uk', 'hi', 'th', 'zh-CN', 'ja', 'zh-TW', 'ko',
] as const;

const BY_LOWER = new Map<string, string>(DISCORD_LOCALES.map((l) => [l.toLowerCase(), l]));
/** A bare language Discord only knows with a region. */
const DEFAULT_REGION: Record<string, string> = { en: 'en-US', es: 'es-ES', pt: 'pt-BR', sv: 'sv-SE', zh: 'zh-CN', nb: 'no', nn: 'no' };

/**
 * A Discord locale for a POSIX or BCP 47 tag: `pt_BR.UTF-8` → `pt-BR`, `es_MX` → `es-419`,
 * `de_DE@euro` → `de`, `fr-CA` → `fr`; undefined for `C`, `POSIX`, empty or unknown languages.
 */
export function discordLocaleFor(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  const bare = tag.trim().split(/[.@]/, 1)[0]!.replace(/_/g, '-');
  if (!bare || bare === 'C' || bare === 'POSIX') return undefined;
  const exact = BY_LOWER.get(bare.toLowerCase());
  if (exact) return exact;
  const [lang = '', region = ''] = bare.toLowerCase().split('-');
  // Latin-American Spanish: every Spanish region but Spain.
  if (lang === 'es' && region && region !== 'es') return 'es-419';
  const regional = BY_LOWER.get(`${lang}-${region}`);
  if (regional) return regional;
  return BY_LOWER.get(lang) ?? DEFAULT_REGION[lang];
}

/** The locale the environment asks for: LC_ALL, then LC_MESSAGES, then LANG (the POSIX order). */
export function localeFromEnv(env: Record<string, string | undefined>): string | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const v = env[name];
    if (v) return discordLocaleFor(v);
  }
  return undefined;
}

/**
 * A `--locale` value: a Discord code or a POSIX tag, normalised; an error message for something
 * that is no locale at all.
 */
export function parseLocaleOption(value: string): { locale: string } | { error: string } {
  const locale = discordLocaleFor(value);
  if (!locale) return { error: `unknown locale "${value}" (use a code like de, fr, pt-BR, es-ES, es-419, tr, ru, or en-US)` };
  return { locale };
}

/** The CLI's locale: `--locale` when given (an error for a bad one), else LC_ALL / LC_MESSAGES / LANG. */
export function cliLocale(option: string | undefined, env: Record<string, string | undefined>): { locale: string | undefined } | { error: string } {
  if (option === undefined) return { locale: localeFromEnv(env) };
  return parseLocaleOption(option);
}
