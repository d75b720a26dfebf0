/** /check's protocol option: suggestions for the protocols and, after `game:`, allowed GameDig ids. */
import { command } from '../../../commands/check';
import type { AutocompleteChoice, AutocompleteContext } from '../../../src/interaction/types';

async function suggest(value: string): Promise<AutocompleteChoice[]> {
  let got: AutocompleteChoice[] = [];
  const ctx = { kind: 'autocomplete', commandName: 'check', focused: { name: 'protocol', value }, options: {}, respond: async (c: AutocompleteChoice[]) => void (got = c) } as unknown as AutocompleteContext;
  await command.autocomplete!(ctx);
  return got;
}

describe('/check protocol autocomplete', () => {
  it('empty: every protocol and the game: form', async () => {
    expect((await suggest('')).map((c) => c.value)).toEqual(['auto', 'tcp', 'http', 'https', 'xtream', 'minecraft', 'source', 'game:']);
  });

  it('a prefix narrows', async () => {
    expect((await suggest('mi')).map((c) => c.value)).toEqual(['minecraft']);
  });

  it('game:… lists allowed GameDig games only (at most 25)', async () => {
    const ts = await suggest('game:teamspeak');
    expect(ts.map((c) => c.value)).toEqual(expect.arrayContaining(['game:teamspeak3']));
    expect(ts.find((c) => c.value === 'game:teamspeak3')!.name).toBe('Teamspeak 3 (game:teamspeak3)');
    expect((await suggest('game:discord')).map((c) => c.value)).not.toContain('game:discord');
    expect((await suggest('game:')).length).toBe(25);
  });
});
