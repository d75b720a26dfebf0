/** Reading what the bot sent to the local Discord server, in e2e tests. */
import type { Json } from './discord';

export const EPHEMERAL = 64;

export interface Embed {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
}

export interface Component {
  type: number;
  custom_id?: string;
  label?: string;
  disabled?: boolean;
  options?: { label: string; value: string }[];
  components?: Component[];
}

export const embedsOf = (data: Json): Embed[] => (data.embeds as Embed[] | undefined) ?? [];
export const embedOf = (data: Json): Embed => embedsOf(data)[0] ?? {};
/** Every component of every action row, flattened. */
export const buttonsOf = (data: Json): Component[] => ((data.components as Component[] | undefined) ?? []).flatMap((row) => row.components ?? []);
export const isEphemeral = (data: Json): boolean => ((Number(data.flags) || 0) & EPHEMERAL) !== 0;
export const field = (embed: Embed, name: string | RegExp) => embed.fields?.find((f) => (typeof name === 'string' ? f.name === name : name.test(f.name)));
