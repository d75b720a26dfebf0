/**
 * Discord's message limits, and pure functions that fit content and embeds inside them.
 * Truncation keeps the start of a text and marks the cut with an ellipsis.
 */
import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';

export const LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  totalPerMessage: 6000,
  autocompleteChoices: 25,
  choiceLength: 100,
  buttonLabel: 80,
  customId: 100,
  actionRows: 5,
  buttonsPerRow: 5,
  selectOptions: 25,
  selectPlaceholder: 150,
  selectOptionLabel: 100,
  selectOptionDescription: 100,
  modalTitle: 45,
  textInputLabel: 45,
} as const;

export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return text.slice(0, max);
  return text.slice(0, max - 1).trimEnd() + '…';
}

/** Characters that count against the 6000-per-message budget. */
export function embedLength(embed: APIEmbed): number {
  let n = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  n += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const f of embed.fields ?? []) n += f.name.length + f.value.length;
  return n;
}

function fitField(field: APIEmbedField): APIEmbedField {
  return {
    ...field,
    name: truncate(field.name || '\u200b', LIMITS.fieldName),
    value: truncate(field.value || '\u200b', LIMITS.fieldValue),
  };
}

/**
 * Fit one embed to the per-embed limits: the embed itself when it fits already (most do: the
 * renderers compose within the limits), else a fitted copy. The embed given is never changed.
 */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  if (fitsAlready(embed)) return embed;
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = truncate(out.title, LIMITS.title);
  if (out.description !== undefined) out.description = truncate(out.description, LIMITS.description);
  if (out.footer) out.footer = { ...out.footer, text: truncate(out.footer.text, LIMITS.footer) };
  if (out.author) out.author = { ...out.author, name: truncate(out.author.name, LIMITS.authorName) };
  if (out.fields) out.fields = out.fields.slice(0, LIMITS.fields).map(fitField);
  return out;
}

/**
 * Whether fitting would change nothing in `embed`: every text within its limit, no empty field
 * name or value, at most 25 fields. Reading lengths costs far less than the copy fitting makes.
 */
function fitsAlready(embed: APIEmbed): boolean {
  if ((embed.title?.length ?? 0) > LIMITS.title || (embed.description?.length ?? 0) > LIMITS.description) return false;
  if ((embed.footer?.text.length ?? 0) > LIMITS.footer || (embed.author?.name.length ?? 0) > LIMITS.authorName) return false;
  const fields = embed.fields;
  if (!fields) return true;
  if (fields.length > LIMITS.fields) return false;
  for (const f of fields) if (!f.name || !f.value || f.name.length > LIMITS.fieldName || f.value.length > LIMITS.fieldValue) return false;
  return true;
}

/**
 * Fit a message's embeds: per-embed limits, at most 10 embeds, and 6000 characters over all.
 * Over budget, fields are dropped from the end, then descriptions shortened. Embeds that fit
 * already (a renderer fitted them) are kept as they are; the caller's embeds are never changed.
 */
export function fitEmbeds(embeds: APIEmbed[]): APIEmbed[] {
  const fitted = embeds.slice(0, LIMITS.embedsPerMessage).map(fitEmbed);
  let total = 0;
  for (const e of fitted) total += embedLength(e);
  for (let i = fitted.length - 1; i >= 0 && total > LIMITS.totalPerMessage; i--) {
    // Shortened below: a copy, so the caller's embed (maybe one kept above) stays as it was.
    const embed: APIEmbed = { ...fitted[i]! };
    if (embed.fields) embed.fields = embed.fields.slice();
    fitted[i] = embed;
    while (embed.fields && embed.fields.length > 0 && total > LIMITS.totalPerMessage) {
      const dropped = embed.fields.pop()!;
      total -= dropped.name.length + dropped.value.length;
    }
    if (total > LIMITS.totalPerMessage && embed.description) {
      const keep = Math.max(0, embed.description.length - (total - LIMITS.totalPerMessage));
      const before = embed.description.length;
      embed.description = truncate(embed.description, keep);
      total -= before - embed.description.length;
    }
  }
  return fitted;
}

/** Whole lines joined while they stay within `budget` characters (lines that do not fit are left out). */
export function packLines(lines: string[], budget: number, sep = '\n'): string {
  let out = '';
  for (const line of lines) {
    const next = out ? out + sep + line : line;
    if (next.length > budget) break;
    out = next;
  }
  return out;
}

export function fitContent(content: string): string {
  return truncate(content, LIMITS.content);
}
