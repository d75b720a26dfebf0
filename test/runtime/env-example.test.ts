/**
 * `.env.example` and the README's configuration table name every variable the configuration
 * reads (and nothing it does not), and the example file itself is valid configuration.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import dotenv from 'dotenv';
import { configSchema, loadConfig } from '../../src/config';

const ROOT = join(__dirname, '..', '..');
const VARIABLES = Object.keys(configSchema.shape).sort();

it('.env.example names every configuration variable, once, each with a comment above it', () => {
  const text = readFileSync(join(ROOT, '.env.example'), 'utf8');
  const lines = text.split('\n');
  const named = lines.map((l) => /^#?\s?([A-Z][A-Z0-9_]+)=/.exec(l)?.[1]).filter((n): n is string => n !== undefined);
  expect([...named].sort()).toEqual(VARIABLES);
  for (const name of named) {
    const at = lines.findIndex((l) => new RegExp(`^#?\\s?${name}=`).test(l));
    // The nearest line above that is not another variable is a comment.
    let above = at - 1;
    while (above >= 0 && /^#?\s?[A-Z][A-Z0-9_]+=/.test(lines[above]!)) above--;
    expect({ name, comment: lines[above]?.startsWith('# ') ?? false }).toEqual({ name, comment: true });
  }
});

it('.env.example loads as valid configuration as it is', () => {
  const parsed = dotenv.parse(readFileSync(join(ROOT, '.env.example')));
  expect(() => loadConfig(parsed)).not.toThrow();
});

it("the README's configuration table lists the same variables", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 5));
  const rows = [...section.matchAll(/^\| `([A-Z][A-Z0-9_]+)` \|/gm)].map((m) => m[1]!);
  expect(rows.sort()).toEqual(VARIABLES);
});
