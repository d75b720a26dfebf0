/** /about: what the bot is and how it is doing, as embed data in the reader's words (`about-` messages). Pure. */
import { commandReference, type CommandIds } from './command-names';
import type { APIEmbed } from 'discord-api-types/v10';
import { messagesFor, type Messages } from './i18n/messages';
import { count } from './i18n/numbers';

export interface AboutFacts {
  version: string;
  uptimeMs: number;
  articles: number;
  faqs: number;
  gatewayPingMs: number | null;
}

/** "2d 3h 4m", "5m 6s", "7s" (units in the reader's language). */
export function formatDuration(ms: number, t: Messages = messagesFor('en')): string {
  const s = Math.floor(ms / 1000);
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const n = (x: number) => String(x);
  if (d > 0) return t('about-duration-days', { d: n(d), h: n(h), m: n(m) });
  if (h > 0) return t('about-duration-hours', { h: n(h), m: n(m) });
  if (m > 0) return t('about-duration-minutes', { m: n(m), s: n(s % 60) });
  return t('about-duration-seconds', { s: n(s) });
}

/** `ids`: the commands' ids, to mention them clickably (absent: their names as code). */
export function renderAbout(f: AboutFacts, locale?: string | null, ids?: CommandIds): APIEmbed {
  const t = messagesFor(locale);
  return {
    title: 'netmedic',
    description: t('about-description', { explain: commandReference('explain', locale, ids), check: commandReference('check', locale, ids), faq: commandReference('faq', locale, ids) }),
    color: 0x5865f2,
    fields: [
      { name: t('about-version'), value: f.version, inline: true },
      { name: t('about-uptime'), value: formatDuration(f.uptimeMs, t), inline: true },
      { name: t('about-latency'), value: f.gatewayPingMs === null || f.gatewayPingMs < 0 ? t('about-latency-unknown') : t('about-latency-ms', { ms: String(Math.round(f.gatewayPingMs)) }), inline: true },
      { name: t('about-knowledge'), value: t('about-knowledge-size', { articles: count(f.articles), faqs: count(f.faqs) }), inline: true },
    ],
  };
}
