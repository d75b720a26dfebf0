/**
 * Option types derived from command definitions, and the run-time check that makes them true.
 * The type assertions are checked by `tsc` (npm run typecheck), the rest by jest.
 */
import { ApplicationCommandOptionType as T, ApplicationCommandType } from 'discord-api-types/v10';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  optionsOf,
  OptionMismatchError,
  subcommandOf,
  type ArgumentsOf,
  type SubcommandOptions,
} from '../../src/interaction/arguments';
import { loadRegistry } from '../../src/interaction/registry';
import type { AttachmentRef, OptionValue, UserRef } from '../../src/interaction/types';

type Equal<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;
const assertType = <_ extends true>() => undefined;

const flat = {
  name: 'flat',
  description: 'd',
  type: ApplicationCommandType.ChatInput,
  options: [
    { type: T.String, name: 'target', description: 'd', required: true, autocomplete: true },
    { type: T.String, name: 'mode', description: 'd', choices: [{ name: 'Fast', value: 'fast' }, { name: 'Slow', value: 'slow' }] },
    { type: T.Integer, name: 'count', description: 'd', min_value: 1 },
    { type: T.Boolean, name: 'public', description: 'd' },
    { type: T.User, name: 'user', description: 'd' },
    { type: T.Attachment, name: 'file', description: 'd' },
    { type: T.Role, name: 'role', description: 'd' },
  ],
} as const;

const grouped = {
  name: 'grouped',
  description: 'd',
  options: [
    { type: T.Subcommand, name: 'show', description: 'd' },
    { type: T.Subcommand, name: 'edit', description: 'd', options: [{ type: T.String, name: 'entry', description: 'd', required: true, autocomplete: true }] },
    { type: T.Subcommand, name: 'list', description: 'd', options: [{ type: T.Integer, name: 'page', description: 'd' }] },
  ],
} as const;

const bare = { name: 'bare', description: 'd' } as const;

// The derived types, checked by the compiler.
assertType<
  Equal<
    ArgumentsOf<typeof flat>,
    { target: string; mode?: 'fast' | 'slow'; count?: number; public?: boolean; user?: UserRef; file?: AttachmentRef; role?: string }
  >
>();
assertType<
  Equal<
    ArgumentsOf<typeof grouped>,
    | { subcommand: 'show'; options: Record<never, never> }
    | { subcommand: 'edit'; options: { entry: string } }
    | { subcommand: 'list'; options: { page?: number } }
  >
>();
assertType<Equal<SubcommandOptions<typeof grouped, 'edit'>, { entry: string }>>();
assertType<Equal<ArgumentsOf<typeof bare>, Record<never, never>>>();

describe('optionsOf', () => {
  it('returns the options the definition declares, typed', () => {
    const user = { id: '1', username: 'alice' };
    const args = optionsOf(flat, { subcommand: null, options: { target: 'example.org:443', mode: 'fast', count: 2, public: false, user, role: '99', stray: 'x' } });
    expect(args).toEqual({ target: 'example.org:443', mode: 'fast', count: 2, public: false, user, role: '99' });
    // Narrowed by the compiler: no String(…) or `as` needed.
    const target: string = args.target;
    const mode: 'fast' | 'slow' | undefined = args.mode;
    expect([target, mode]).toEqual(['example.org:443', 'fast']);
  });

  it('leaves absent optional options out', () => {
    expect(optionsOf(flat, { subcommand: null, options: { target: 'x' } })).toEqual({ target: 'x' });
    expect(optionsOf(bare, { subcommand: null, options: {} })).toEqual({});
  });

  it.each<[string, Record<string, OptionValue>, RegExp]>([
    ['a missing required option', {}, /target: is required/],
    ['a string option given a number', { target: 5 }, /target: expected a string/],
    ['an integer option given a fraction', { target: 'x', count: 1.5 }, /count: expected a whole number/],
    ['a boolean option given a string', { target: 'x', public: 'yes' }, /public: expected true or false/],
    ['a user option given an id', { target: 'x', user: '1' }, /user: expected a user/],
    ['an attachment option given a user', { target: 'x', file: { id: '1', username: 'a' } }, /file: expected an attachment/],
    ['a value outside the choices', { target: 'x', mode: 'medium' }, /mode: must be one of fast, slow/],
  ])('refuses %s (an adapter bug, never user input)', (_what, options, message) => {
    expect(() => optionsOf(flat, { subcommand: null, options })).toThrow(OptionMismatchError);
    expect(() => optionsOf(flat, { subcommand: null, options })).toThrow(message);
  });

  it('is for commands without subcommands only', () => {
    expect(() => optionsOf(grouped, { subcommand: 'show', options: {} })).toThrow(/subcommandOf/);
  });
});

describe('subcommandOf', () => {
  it('returns the subcommand with its own options, discriminated by name', () => {
    const args = subcommandOf(grouped, { subcommand: 'edit', options: { entry: 'reboot-box', page: 3 } });
    expect(args).toEqual({ subcommand: 'edit', options: { entry: 'reboot-box' } });
    if (args?.subcommand === 'edit') {
      const entry: string = args.options.entry;
      expect(entry).toBe('reboot-box');
    }
    expect(subcommandOf(grouped, { subcommand: 'list', options: {} })).toEqual({ subcommand: 'list', options: {} });
  });

  it('a subcommand the definition does not have (an old client) reads as null', () => {
    expect(subcommandOf(grouped, { subcommand: 'purge', options: {} })).toBeNull();
    expect(subcommandOf(grouped, { subcommand: null, options: {} })).toBeNull();
  });

  it('checks the subcommand’s options like optionsOf', () => {
    expect(() => subcommandOf(grouped, { subcommand: 'edit', options: {} })).toThrow(/grouped edit entry: is required/);
    expect(() => subcommandOf(grouped, { subcommand: 'list', options: { page: 'two' } })).toThrow(/page: expected a whole number/);
  });
});

describe('the shipped commands', () => {
  /** A value of the right type for each option, as Discord would send it. */
  function sample(type: T): OptionValue {
    switch (type) {
      case T.Boolean:
        return true;
      case T.Integer:
      case T.Number:
        return 1;
      case T.User:
        return { id: '1', username: 'alice' };
      case T.Attachment:
        return { id: '1', filename: 'a.zip', url: 'https://cdn.example/a.zip', size: 1 };
      default:
        return 'x';
    }
  }

  it('every definition reads a full set of well-typed options', () => {
    const registry = loadRegistry();
    let read = 0;
    for (const m of registry.modules) {
      const def = m.definition as Parameters<typeof optionsOf>[0];
      const subs = (def.options ?? []).filter((o) => o.type === T.Subcommand);
      if (subs.length === 0) {
        const options = Object.fromEntries((def.options ?? []).map((o) => [o.name, sample(o.type)]));
        expect(optionsOf(def, { subcommand: null, options })).toEqual(options);
        read++;
      }
      for (const sub of subs) {
        const options = Object.fromEntries((sub.options ?? []).map((o) => [o.name, sample(o.type)]));
        expect(subcommandOf(def, { subcommand: sub.name, options })).toEqual({ subcommand: sub.name, options });
        read++;
      }
    }
    expect(read).toBeGreaterThan(20);
  });

  it('handlers read options through the typed readers, never the raw record', () => {
    const dir = join(__dirname, '..', '..', 'commands');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect({ file, raw: /ctx\.options\b/.test(source) }).toEqual({ file, raw: false });
    }
  });
});
