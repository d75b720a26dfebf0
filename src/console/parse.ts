/**
 * Parses a console line typed as in Discord (`/check target:example.com:443 protocol:http`, or
 * with the main option given positionally: `/check example.com:443`) against the commands'
 * definitions. Pure; linear scans only. Its error messages are in the reader's language
 * (src/render/locales/<locale>/terminal.ftl); the command and option names are typed as they are.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandOption,
} from 'discord-api-types/v10';
import type { CommandDefinition, OptionValue } from '../interaction/types';
import { messagesFor, type Messages } from '../render/i18n/messages';

export interface ParsedLine {
  commandName: string;
  subcommand: string | null;
  options: Record<string, OptionValue>;
}

export type ParseOutcome = { ok: true; parsed: ParsedLine } | { ok: false; error: string };

const BASIC_TYPES = new Set<number>([
  ApplicationCommandOptionType.String,
  ApplicationCommandOptionType.Integer,
  ApplicationCommandOptionType.Number,
  ApplicationCommandOptionType.Boolean,
  ApplicationCommandOptionType.User,
]);

function isChatInput(def: CommandDefinition): boolean {
  return def.type === undefined || def.type === ApplicationCommandType.ChatInput;
}

export function chatInputDefinitions(definitions: CommandDefinition[]): CommandDefinition[] {
  return definitions.filter(isChatInput);
}

function basicOptions(options: readonly APIApplicationCommandOption[] | undefined): APIApplicationCommandBasicOption[] {
  return (options ?? []).filter((o): o is APIApplicationCommandBasicOption => BASIC_TYPES.has(o.type));
}

export function usageOf(def: CommandDefinition, subcommand: string | null = null, locale?: string): string {
  const t = messagesFor(locale);
  const options = subcommand ? basicOptions(findSub(def, subcommand)?.options) : basicOptions('options' in def ? def.options : undefined);
  const parts = options.map((o) => (o.required ? `${o.name}:<${typeName(t, o.type)}>` : `[${o.name}:<${typeName(t, o.type)}>]`));
  return ['/' + def.name, subcommand ?? '', ...parts].filter(Boolean).join(' ');
}

function typeName(t: Messages, type: ApplicationCommandOptionType): string {
  switch (type) {
    case ApplicationCommandOptionType.Boolean:
      return 'true|false';
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number:
      return t('terminal-type-number');
    case ApplicationCommandOptionType.User:
      return t('terminal-type-user');
    default:
      return t('terminal-type-text');
  }
}

function subcommandsOf(def: CommandDefinition): APIApplicationCommandOption[] {
  const options = 'options' in def ? (def.options ?? []) : [];
  return options.filter((o) => o.type === ApplicationCommandOptionType.Subcommand);
}

/** The name, or one of its translations (Discord's `name_localizations`): replies name commands in the reader's language. */
function named(node: { name: string; name_localizations?: Partial<Record<string, string | null>> | null }, name: string): boolean {
  return node.name === name || Object.values(node.name_localizations ?? {}).some((n) => n?.toLowerCase() === name);
}

function findSub(def: CommandDefinition, name: string) {
  const sub = subcommandsOf(def).find((o) => named(o, name.toLowerCase()));
  return sub && sub.type === ApplicationCommandOptionType.Subcommand ? sub : undefined;
}

/** Find `name:` at a word start for any known option name; returns [index, name] pairs in order. */
function findKeys(text: string, names: string[]): { at: number; name: string }[] {
  const found: { at: number; name: string }[] = [];
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && text[i - 1] !== ' ') continue;
    for (const name of names) {
      if (text.startsWith(name + ':', i)) {
        found.push({ at: i, name });
        break;
      }
    }
  }
  return found;
}

function convert(t: Messages, option: APIApplicationCommandBasicOption, raw: string): OptionValue | { error: string } {
  const value = raw.trim();
  switch (option.type) {
    case ApplicationCommandOptionType.Boolean: {
      const v = value.toLowerCase();
      if (['true', 'yes', 'on', '1'].includes(v)) return true;
      if (['false', 'no', 'off', '0'].includes(v)) return false;
      return { error: t('terminal-option-boolean', { option: option.name, value }) };
    }
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number: {
      const n = Number(value);
      if (!Number.isFinite(n) || (option.type === ApplicationCommandOptionType.Integer && !Number.isInteger(n))) {
        return { error: t('terminal-option-number', { option: option.name, value }) };
      }
      return n;
    }
    case ApplicationCommandOptionType.User: {
      const name = value.replace(/^@/, '');
      if (!name) return { error: t('terminal-option-user', { option: option.name }) };
      return { id: `console:${name}`, username: name };
    }
    default: {
      if ('choices' in option && option.choices && option.choices.length > 0) {
        const choice = option.choices.find((c) => String(c.value) === value || c.name.toLowerCase() === value.toLowerCase());
        if (!choice) return { error: t('terminal-option-choice', { option: option.name, choices: option.choices.map((c) => c.value).join(', ') }) };
        return choice.value;
      }
      return value;
    }
  }
}

export function parseConsoleLine(line: string, definitions: CommandDefinition[], locale?: string): ParseOutcome {
  const t = messagesFor(locale);
  const text = line.trim();
  if (!text.startsWith('/')) return { ok: false, error: t('terminal-parse-no-slash') };
  const space = text.indexOf(' ');
  const name = (space === -1 ? text.slice(1) : text.slice(1, space)).toLowerCase();
  let rest = space === -1 ? '' : text.slice(space + 1).trim();
  const def = chatInputDefinitions(definitions).find((d) => named(d, name));
  if (!def) return { ok: false, error: t('terminal-parse-unknown', { name }) };

  let subcommand: string | null = null;
  let options = basicOptions('options' in def ? def.options : undefined);
  const subs = subcommandsOf(def);
  if (subs.length > 0) {
    const word = rest.split(' ', 1)[0] ?? '';
    const sub = findSub(def, word);
    if (!sub) return { ok: false, error: t('terminal-parse-needs-subcommand', { name, subcommands: subs.map((s) => s.name).join(', '), usage: usageOf(def, subs[0]!.name, locale) }) };
    subcommand = sub.name;
    options = basicOptions(sub.options);
    rest = rest.slice(word.length).trim();
  }

  const values: Record<string, OptionValue> = {};
  const keys = findKeys(rest, options.map((o) => o.name));
  const positional = (keys.length ? rest.slice(0, keys[0]!.at) : rest).trim();
  for (let k = 0; k < keys.length; k++) {
    const { at, name: key } = keys[k]!;
    const end = k + 1 < keys.length ? keys[k + 1]!.at : rest.length;
    const option = options.find((o) => o.name === key)!;
    const converted = convert(t, option, rest.slice(at + key.length + 1, end));
    if (typeof converted === 'object' && 'error' in converted) return { ok: false, error: converted.error };
    values[key] = converted;
  }
  if (positional) {
    const target = options.find((o) => o.required && o.type === ApplicationCommandOptionType.String && values[o.name] === undefined) ??
      options.find((o) => o.type === ApplicationCommandOptionType.String && values[o.name] === undefined);
    if (!target) return { ok: false, error: t('terminal-parse-unclear', { text: positional, usage: usageOf(def, subcommand, locale) }) };
    const converted = convert(t, target, positional);
    if (typeof converted === 'object' && 'error' in converted) return { ok: false, error: converted.error };
    values[target.name] = converted;
  }
  const missing = options.filter((o) => o.required && values[o.name] === undefined);
  if (missing.length > 0) {
    return { ok: false, error: t('terminal-parse-missing', { options: missing.map((o) => o.name).join(', '), usage: usageOf(def, subcommand, locale) }) };
  }
  return { ok: true, parsed: { commandName: def.name, subcommand, options: values } };
}
