/**
 * Typed command options, derived from each command's definition.
 *
 * A definition in `commands/` is plain data written `as const`; `ArgumentsOf<typeof definition>`
 * turns its option list into the type a handler reads: required options are present, the others
 * optional, each with the type Discord sends for its option type (a string option with `choices`
 * is the union of their values). A command with subcommands gets a union discriminated by
 * `subcommand`, so narrowing on the name gives exactly that subcommand's options.
 *
 * The adapters (Discord, HTTP, console) deliver options as an untyped name → value record;
 * `optionsOf` / `subcommandOf` check that record against the same definition at run time, so the
 * types are a fact, not a cast. A record that does not fit (an option of the wrong type, a
 * missing required option) is an adapter bug, never user input: Discord and the console parser
 * both enforce the definition. It throws `OptionMismatchError`, which the router answers with
 * its "Something went wrong (ref …)". A subcommand the definition does not have (a client's
 * cached command list from an older version) reads as null, for the handler to answer.
 */
import { ApplicationCommandOptionType as T } from 'discord-api-types/v10';
import type { AttachmentRef, OptionValue, UserRef } from './types';

/** The parts of an option definition the types and the reader look at. */
export interface OptionShape {
  readonly type: T;
  readonly name: string;
  readonly required?: boolean;
  readonly choices?: readonly { readonly name: string; readonly value: string | number }[];
  readonly options?: readonly OptionShape[];
}

/** The parts of a command definition the types and the reader look at. */
export interface CommandShape {
  readonly name: string;
  readonly options?: readonly OptionShape[];
}

type ChoiceValue<O> = O extends { readonly choices: readonly (infer C)[] } ? (C extends { readonly value: infer V } ? V : never) : never;

/** What one option's value is, by its definition. */
export type OptionValueOf<O> = O extends { readonly type: T.String | T.Integer | T.Number; readonly choices: readonly unknown[] }
  ? ChoiceValue<O>
  : O extends { readonly type: T.String }
    ? string
    : O extends { readonly type: T.Integer | T.Number }
      ? number
      : O extends { readonly type: T.Boolean }
        ? boolean
        : O extends { readonly type: T.User }
          ? UserRef
          : O extends { readonly type: T.Attachment }
            ? AttachmentRef
            : O extends { readonly type: T.Role | T.Channel | T.Mentionable }
              ? string
              : never;

type NameOf<O> = O extends { readonly name: infer N extends string } ? N : never;
type Flatten<R> = { [K in keyof R]: R[K] } & {};

/** The options object of a list of (basic) option definitions. */
export type OptionsOf<List> = List extends readonly unknown[]
  ? Flatten<
      { [O in List[number] as O extends { readonly required: true } ? NameOf<O> : never]: OptionValueOf<O> } & {
        [O in List[number] as O extends { readonly required: true } ? never : NameOf<O>]?: OptionValueOf<O>;
      }
    >
  : Record<never, never>;

type SubcommandDefs<D> = D extends { readonly options: readonly (infer O)[] } ? Extract<O, { readonly type: T.Subcommand }> : never;

/** One subcommand and its options; a union over the subcommands, discriminated by `subcommand`. */
export type SubcommandArguments<D> =
  SubcommandDefs<D> extends infer S ? (S extends unknown ? { subcommand: NameOf<S>; options: OptionsOf<S extends { readonly options: infer L } ? L : []> } : never) : never;

/** What a handler reads: the options object, or for a command with subcommands, the subcommand union. */
export type ArgumentsOf<D> = [SubcommandDefs<D>] extends [never] ? OptionsOf<D extends { readonly options: infer L } ? L : []> : SubcommandArguments<D>;

/** The options of one subcommand `S` of `D` (for a handler that serves that subcommand). */
export type SubcommandOptions<D, S extends string> = Extract<SubcommandArguments<D>, { subcommand: S }>['options'];

/** The interaction's options did not fit the command's definition (an adapter bug, not user input). */
export class OptionMismatchError extends Error {
  readonly code = 'OPTION_MISMATCH';
  constructor(
    readonly command: string,
    readonly option: string,
    readonly problem: string,
  ) {
    super(`/${command} ${option}: ${problem}`);
    this.name = 'OptionMismatchError';
  }
}

/** What the adapters hand over: the subcommand's name (or null) and the options by name. */
export interface RawOptions {
  subcommand: string | null;
  options: Readonly<Record<string, OptionValue>>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Does `value` have the run-time type of an option of `type`? Names what was expected if not. */
function kindProblem(type: T, value: OptionValue): string | null {
  switch (type) {
    case T.String:
    case T.Role:
    case T.Channel:
    case T.Mentionable:
      return typeof value === 'string' ? null : 'expected a string';
    case T.Integer:
      return Number.isInteger(value) ? null : 'expected a whole number';
    case T.Number:
      return typeof value === 'number' && Number.isFinite(value) ? null : 'expected a number';
    case T.Boolean:
      return typeof value === 'boolean' ? null : 'expected true or false';
    case T.User:
      return isObject(value) && typeof value.id === 'string' && typeof value.username === 'string' ? null : 'expected a user';
    case T.Attachment:
      return isObject(value) && typeof value.url === 'string' && typeof value.filename === 'string' ? null : 'expected an attachment';
    default:
      return 'is not a basic option';
  }
}

/** Check `raw` against `list` and return it as the typed object (unknown names are dropped). */
function readList(command: string, list: readonly OptionShape[], raw: Readonly<Record<string, OptionValue>>): Record<string, OptionValue> {
  const out: Record<string, OptionValue> = {};
  for (const option of list) {
    const value = raw[option.name];
    if (value === undefined) {
      if (option.required) throw new OptionMismatchError(command, option.name, 'is required');
      continue;
    }
    const problem = kindProblem(option.type, value);
    if (problem) throw new OptionMismatchError(command, option.name, problem);
    if (option.choices?.length && !option.choices.some((c) => c.value === value)) {
      throw new OptionMismatchError(command, option.name, `must be one of ${option.choices.map((c) => String(c.value)).join(', ')}`);
    }
    out[option.name] = value;
  }
  return out;
}

const subcommandsOf = (def: CommandShape) => (def.options ?? []).filter((o) => o.type === T.Subcommand);

/** The typed options of a command without subcommands. */
export function optionsOf<const D extends CommandShape>(definition: D, raw: RawOptions): ArgumentsOf<D> {
  if (subcommandsOf(definition).length > 0) throw new OptionMismatchError(definition.name, '(subcommand)', 'this command has subcommands: use subcommandOf');
  return readList(definition.name, definition.options ?? [], raw.options) as ArgumentsOf<D>;
}

/** The subcommand and its typed options, for a command with subcommands; null for a subcommand it does not have. */
export function subcommandOf<const D extends CommandShape>(definition: D, raw: RawOptions): ArgumentsOf<D> | null {
  const sub = subcommandsOf(definition).find((s) => s.name === raw.subcommand);
  if (!sub) return null;
  return { subcommand: sub.name, options: readList(`${definition.name} ${sub.name}`, sub.options ?? [], raw.options) } as ArgumentsOf<D>;
}
