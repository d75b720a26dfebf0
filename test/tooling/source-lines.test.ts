/**
 * A failing test must point at the right TypeScript line: jest runs a fixture that fails on a
 * known line (in a child process, with this repository's jest configuration) and the code frame
 * and the stack trace it prints must name that line.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scaled } from '../support/timing';

const ROOT = join(__dirname, '..', '..');
const FIXTURE = join(__dirname, 'fixtures', 'failing-line.fixture.ts');
const JEST = require.resolve('jest/bin/jest');

jest.setTimeout(scaled(60_000));

function runJest(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [JEST, ...args], { cwd: ROOT, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

it('a failure is reported at the line that failed (code frame and stack)', async () => {
  const lines = readFileSync(FIXTURE, 'utf8').split('\n');
  const expected = lines.findIndex((l) => l.includes('// FAILS HERE')) + 1;
  expect(expected).toBeGreaterThan(0);

  // This repository's configuration (its transform is what is under test), narrowed to the
  // fixture; without the global setup, which may rebuild dist/ and has nothing to do with this.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { globalSetup: _unused, ...base } = require('../../jest.config.js') as Record<string, unknown>;
  const config = { ...base, rootDir: ROOT, roots: ['<rootDir>/test/tooling/fixtures'], testMatch: ['**/failing-line.fixture.ts'] };
  const { code, output } = await runJest(['--ci', '--colors=false', '--config', JSON.stringify(config)]);
  expect(code).toBe(1);
  expect(output).toContain('fails on the marked line');
  // The stack names the fixture's line and column…
  const stack = /failing-line\.fixture\.ts:(\d+):\d+/.exec(output);
  expect(stack?.[1]).toBe(String(expected));
  // …and the code frame's ">" marks the same line.
  const frame = /^\s*>\s*(\d+) \|/m.exec(output);
  expect(frame?.[1]).toBe(String(expected));
});
