/**
 * Translated names and descriptions of the commands and their options, as Discord's
 * `name_localizations` / `description_localizations`, from the tables in
 * src/render/command-names.ts (re-exported here).
 */
import { COMMAND_LOCALES, COMMAND_TRANSLATIONS, type CommandLocale } from '../render/command-names';
import type { CommandDefinition } from './types';

export { COMMAND_LOCALES, COMMAND_TRANSLATIONS, commandMention, type CommandLocale } from '../render/command-names';

type Localizations = Partial<Record<CommandLocale, string>>;

function localizationsFor(path: string): { names: Localizations; descriptions: Localizations } {
  const names: Localizations = {};
  const descriptions: Localizations = {};
  for (const locale of COMMAND_LOCALES) {
    const entry = COMMAND_TRANSLATIONS[locale][path];
    if (!entry) continue;
    names[locale] = entry[0];
    if (entry[1] !== undefined) descriptions[locale] = entry[1];
  }
  return { names, descriptions };
}

interface Localizable {
  name: string;
  description?: string;
  options?: readonly unknown[];
}

function localizeNode<T extends Localizable>(node: T, path: string): T {
  const { names, descriptions } = localizationsFor(path);
  const out: T & { name_localizations?: Localizations; description_localizations?: Localizations } = { ...node };
  if (Object.keys(names).length) out.name_localizations = names;
  if (node.description !== undefined && Object.keys(descriptions).length) out.description_localizations = descriptions;
  if (Array.isArray(node.options)) {
    out.options = node.options.map((o) => {
      const opt = o as Localizable;
      return typeof opt.name === 'string' ? localizeNode(opt, `${path}.${opt.name}`) : o;
    });
  }
  return out;
}

/** The definition with `name_localizations` / `description_localizations` on it and on every option. */
export function localizeDefinition(def: CommandDefinition): CommandDefinition {
  return localizeNode(def as CommandDefinition & Localizable, def.name);
}

/** Every path of a definition (`command`, `command.option`, …), for the completeness test. */
export function definitionPaths(def: CommandDefinition): string[] {
  const out: string[] = [];
  const walk = (node: Localizable, path: string) => {
    out.push(path);
    for (const o of node.options ?? []) {
      const opt = o as Localizable;
      if (typeof opt.name === 'string') walk(opt, `${path}.${opt.name}`);
    }
  };
  walk(def as CommandDefinition & Localizable, def.name);
  return out;
}
