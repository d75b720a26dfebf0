/** /kb gaps and `netmedic kb gaps`: the most frequent unanswered errors, as embed data. */
import type { APIEmbed } from 'discord-api-types/v10';
import type { GapCluster } from '../store/gaps-repo';
import { LIMITS, truncate } from './limits';

export function renderGaps(clusters: readonly GapCluster[], total: number, days: number, learningOn: boolean): APIEmbed {
  const lines = clusters.map((c, i) => `${i + 1}. **${c.count}×** \`${truncate(c.text.replace(/`/g, "'"), 180)}\`${c.guess ? ` — best guess \`${c.guess}\`` : ''}`);
  const empty = learningOn ? `No unanswered errors in the last ${days} days.` : 'Learning is off in this server (`/netmedic settings learning:true` turns it on).';
  return {
    title: `Unanswered errors, last ${days} days`,
    description: truncate(lines.join('\n') || empty, LIMITS.description),
    color: 0xfaa61a,
    footer: { text: `${total} unanswered paste${total === 1 ? '' : 's'} recorded · texts are normalised: no authors, secrets, hosts or numbers` },
  };
}
