/**
 * Parses a console line typed as in Discord (`/check target:example.com:443 protocol:http`, or
 * with the main option given positionally: `/check example.com:443`) against the commands'
 * definitions. Pure; linear scans only.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandOption,
} from 'discord-api-types/v10';
import type { CommandDefinition, OptionValue } from '../interaction/types';

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

export function usageOf(def: CommandDefinition, subcommand: string | null = null): string {
  const options = subcommand ? basicOptions(findSub(def, subcommand)?.options) : basicOptions('options' in def ? def.options : undefined);
  const parts = options.map((o) => (o.required ? `${o.name}:<${typeName(o.type)}>` : `[${o.name}:<${typeName(o.type)}>]`));
  return ['/' + def.name, subcommand ?? '', ...parts].filter(Boolean).join(' ');
}

function typeName(type: ApplicationCommandOptionType): string {
  switch (type) {
    case ApplicationCommandOptionType.Boolean:
      return 'true|false';
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number:
      return 'number';
    case ApplicationCommandOptionType.User:
      return '@user';
    default:
      return 'text';
  }
}

function subcommandsOf(def: CommandDefinition): APIApplicationCommandOption[] {
  const options = 'options' in def ? (def.options ?? []) : [];
  return options.filter((o) => o.type === ApplicationCommandOptionType.Subcommand);
}

function findSub(def: CommandDefinition, name: string) {
  const sub = subcommandsOf(def).find((o) => o.name === name);
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

function convert(option: APIApplicationCommandBasicOption, raw: string): OptionValue | { error: string } {
  const value = raw.trim();
  switch (option.type) {
    case ApplicationCommandOptionType.Boolean: {
      const v = value.toLowerCase();
      if (['true', 'yes', 'on', '1'].includes(v)) return true;
      if (['false', 'no', 'off', '0'].includes(v)) return false;
      return { error: `Option ${option.name} takes true or false, got "${value}".` };
    }
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number: {
      const n = Number(value);
      if (!Number.isFinite(n) || (option.type === ApplicationCommandOptionType.Integer && !Number.isInteger(n))) {
        return { error: `Option ${option.name} takes a number, got "${value}".` };
      }
      return n;
    }
    case ApplicationCommandOptionType.User: {
      const name = value.replace(/^@/, '');
      if (!name) return { error: `Option ${option.name} takes a user name, like @alice.` };
      return { id: `console:${name}`, username: name };
    }
    default: {
      if ('choices' in option && option.choices && option.choices.length > 0) {
        const choice = option.choices.find((c) => String(c.value) === value || c.name.toLowerCase() === value.toLowerCase());
        if (!choice) return { error: `Option ${option.name} must be one of: ${option.choices.map((c) => c.value).join(', ')}.` };
        return choice.value;
      }
      return value;
    }
  }
}

export function parseConsoleLine(line: string, definitions: CommandDefinition[]): ParseOutcome {
  const text = line.trim();
  if (!text.startsWith('/')) return { ok: false, error: 'Commands start with a slash, like `/explain connection refused`. Type /help for the list.' };
  const space = text.indexOf(' ');
  const name = (space === -1 ? text.slice(1) : text.slice(1, space)).toLowerCase();
  let rest = space === -1 ? '' : text.slice(space + 1).trim();
  const def = chatInputDefinitions(definitions).find((d) => d.name === name);
  if (!def) return { ok: false, error: `Unknown command /${name}. Type /help for the list.` };

  let subcommand: string | null = null;
  let options = basicOptions('options' in def ? def.options : undefined);
  const subs = subcommandsOf(def);
  if (subs.length > 0) {
    const word = rest.split(' ', 1)[0] ?? '';
    const sub = findSub(def, word);
    if (!sub) return { ok: false, error: `/${name} needs one of: ${subs.map((s) => s.name).join(', ')}. Example: ${usageOf(def, subs[0]!.name)}` };
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
    const converted = convert(option, rest.slice(at + key.length + 1, end));
    if (typeof converted === 'object' && 'error' in converted) return { ok: false, error: converted.error };
    values[key] = converted;
  }
  if (positional) {
    const target = options.find((o) => o.required && o.type === ApplicationCommandOptionType.String && values[o.name] === undefined) ??
      options.find((o) => o.type === ApplicationCommandOptionType.String && values[o.name] === undefined);
    if (!target) return { ok: false, error: `Not sure what "${positional}" is for. Usage: ${usageOf(def, subcommand)}` };
    const converted = convert(target, positional);
    if (typeof converted === 'object' && 'error' in converted) return { ok: false, error: converted.error };
    values[target.name] = converted;
  }
  const missing = options.filter((o) => o.required && values[o.name] === undefined);
  if (missing.length > 0) {
    return { ok: false, error: `Missing ${missing.map((o) => o.name).join(', ')}. Usage: ${usageOf(def, subcommand)}` };
  }
  return { ok: true, parsed: { commandName: def.name, subcommand, options: values } };
}
