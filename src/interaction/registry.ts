/**
 * The command registry: loads every module in `commands/` and indexes it by command name and
 * component custom-id prefix. Duplicate names or prefixes are start-up errors.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { localizeDefinition } from './command-locales';
import type { CommandDefinition, CommandModule } from './types';

export interface CommandRegistry {
  modules: readonly CommandModule[];
  byName(name: string): CommandModule | undefined;
  /** Custom ids are `${prefix}:${rest}`; the prefix picks the module. */
  byComponentId(customId: string): CommandModule | undefined;
  definitions(): CommandDefinition[];
}

export function createRegistry(modules: CommandModule[]): CommandRegistry {
  const names = new Map<string, CommandModule>();
  const prefixes = new Map<string, CommandModule>();
  for (const m of modules) {
    const name = m.definition.name;
    if (names.has(name)) throw new Error(`Two command modules define "${name}"`);
    names.set(name, m);
    if (m.componentPrefix) {
      if (prefixes.has(m.componentPrefix)) throw new Error(`Two command modules claim the component prefix "${m.componentPrefix}"`);
      prefixes.set(m.componentPrefix, m);
    }
  }
  return {
    modules,
    byName: (name) => names.get(name),
    byComponentId: (customId) => prefixes.get(customId.split(':', 1)[0] ?? ''),
    // Discord shows names and descriptions in the user's language (src/interaction/command-locales.ts).
    definitions: () => modules.map((m) => localizeDefinition(m.definition)),
  };
}

/** The compiled (dist) or source (ts, under jest) directory holding the command modules. */
export function commandsDir(): string {
  return join(__dirname, '..', '..', 'commands');
}

export function loadCommandModules(dir: string = commandsDir()): CommandModule[] {
  const files = readdirSync(dir)
    .filter((f) => (f.endsWith('.js') || f.endsWith('.ts')) && !f.endsWith('.d.ts') && !f.endsWith('.test.ts'))
    .sort();
  return files.map((file) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loaded = require(join(dir, file)) as { command?: CommandModule };
    if (!loaded.command?.definition?.name) throw new Error(`commands/${file} must export \`command\` with a definition`);
    return loaded.command;
  });
}

export function loadRegistry(dir?: string): CommandRegistry {
  return createRegistry(loadCommandModules(dir));
}
