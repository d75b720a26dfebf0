import type { APIEmbed } from 'discord-api-types/v10';

export interface AboutFacts {
  version: string;
  uptimeMs: number;
  articles: number;
  faqs: number;
  gatewayPingMs: number | null;
}

export function formatDuration(ms: number): string {
  const s = Math.floor(ms / 1000);
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (d > 0) return `${d}d ${h}h ${m}m`;
  if (h > 0) return `${h}h ${m}m`;
  if (m > 0) return `${m}m ${s % 60}s`;
  return `${s}s`;
}

export function renderAbout(f: AboutFacts): APIEmbed {
  return {
    title: 'netmedic',
    description:
      'I explain network errors (`/explain`) and check servers from my network (`/check`). Helpers can link FAQ entries with `/faq`.',
    color: 0x5865f2,
    fields: [
      { name: 'Version', value: f.version, inline: true },
      { name: 'Uptime', value: formatDuration(f.uptimeMs), inline: true },
      { name: 'Latency', value: f.gatewayPingMs === null || f.gatewayPingMs < 0 ? 'n/a' : `${Math.round(f.gatewayPingMs)} ms`, inline: true },
      { name: 'Knowledge base', value: `${f.articles} articles, ${f.faqs} FAQ entries`, inline: true },
    ],
  };
}
