/**
 * Custom ids: the strings Discord stores on buttons, select menus and forms and sends back when
 * one is used. A command owns the ids that start with its prefix (`explain:…`, `faq:…`); the
 * router picks the command by that prefix. Each command has ONE codec here: `encode` is the only
 * place its ids are written and `decode` the only place they are read.
 *
 * The formats are a contract. Messages posted months ago still carry them, so a format is never
 * renamed or re-ordered; a new form gets a new action word. test/commands/custom-ids.test.ts
 * holds every format in use and checks that it still decodes. Pure, no Discord client.
 */
import { LIMITS } from '../limits';

/** Discord's limit on a custom id. */
export const CUSTOM_ID_MAX = LIMITS.customId;

export interface CustomIdCodec<T> {
  /** The first segment; the router picks the command by it. */
  readonly prefix: string;
  encode(value: T): string;
  /** null: not an id of this command, or a form this version does not know. */
  decode(customId: string): T | null;
}

/** The `:`-separated segments after `prefix:`, or null when the id is not this prefix's. */
export function segmentsOf(prefix: string, customId: string): string[] | null {
  const parts = customId.split(':');
  return parts[0] === prefix ? parts.slice(1) : null;
}

/** A whole number ≥ 0 written in decimal, or null. */
export function wholeNumber(text: string | undefined): number | null {
  return text !== undefined && /^\d{1,15}$/.test(text) ? Number(text) : null;
}

export function joinId(prefix: string, ...segments: (string | number)[]): string {
  return [prefix, ...segments].join(':');
}
