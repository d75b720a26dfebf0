// Jest global setup: the suites that spawn `node bin/netmedic.js` need dist/ to match the sources.
// `npm test` builds first (so this is a no-op there); a direct `npx jest` after an edit rebuilds.
'use strict';
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = join(__dirname, '..');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

module.exports = async function globalSetup() {
  const main = join(ROOT, 'dist', 'src', 'cli', 'main.js');
  const newest = Math.max(newestSource(join(ROOT, 'src')), newestSource(join(ROOT, 'commands')), newestSource(join(ROOT, 'test', 'support')));
  if (existsSync(main) && statSync(main).mtimeMs >= newest) return;
  // The same steps as `npm run build`: compile, then the knowledge file and the CLI bundles
  // (both are stamped with the compiled code, so a tsc-only rebuild would leave them stale).
  const tsc = require.resolve('typescript/bin/tsc');
  const steps = [
    [tsc, '-p', 'tsconfig.build.json'],
    [join(ROOT, 'dist', 'src', 'kb-tools', 'compile.js')],
    [join(ROOT, 'dist', 'src', 'cli', 'bundle.js')],
  ];
  for (const args of steps) {
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`jest global setup: the build failed at ${args.join(' ')}:\n${r.stdout}${r.stderr}`);
  }
};
