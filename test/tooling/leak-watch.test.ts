/**
 * The test environment (test/leak-watch-environment.js) names the test files that leave handles
 * open, so `npm run test:stress` can say which file keeps a jest worker from exiting: jest runs a
 * leaky and a tidy fixture with LEAK_REPORT set, and the report must name the leaky one only, with
 * the server and the line that armed the timer.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scaled } from '../support/timing';

const ROOT = join(__dirname, '..', '..');
const JEST = require.resolve('jest/bin/jest');

jest.setTimeout(scaled(60_000));

function runJest(args: string[], env: Record<string, string>): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [JEST, ...args], { cwd: ROOT, env: { ...process.env, ...env, FORCE_COLOR: '0' }, stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
}

it('names the file that left a server and a timer, and not the tidy one', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'netmedic-leaks-'));
  const report = join(dir, 'leaks.txt');
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { globalSetup: _unused, ...base } = require('../../jest.config.js') as Record<string, unknown>;
    const config = { ...base, rootDir: ROOT, roots: ['<rootDir>/test/tooling/fixtures'], testMatch: ['**/leaky.fixture.ts', '**/tidy.fixture.ts'] };
    // --forceExit: the leaky file would otherwise keep this jest alive for its timer.
    const code = await runJest(['--ci', '--forceExit', '--maxWorkers=1', '--config', JSON.stringify(config)], { LEAK_REPORT: report });
    expect(code).toBe(0);
    expect(existsSync(report)).toBe(true);
    const lines = readFileSync(report, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/leaky\.fixture\.ts: Server \{.*"address":"127\.0\.0\.1".*\}, timer from .*leaky\.fixture\.ts:9/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
