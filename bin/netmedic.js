#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run by `npm ci` through `prepare`):
// dist/cli.js bundles the quick commands (src/cli/bundle.ts) and runs with a V8 code cache
// (src/cli/code-cache.ts); without the bundle (a tsc-only build), dist/src/cli/main.js runs.
// Output piped into `head` and closed early is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err && err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const argv = process.argv.slice(2);
const bundle = join(__dirname, '..', 'dist', 'cli.js');
const cli = existsSync(bundle)
  ? require('../dist/src/cli/code-cache.js').requireWithCodeCache(bundle, argv[0])
  : require('../dist/src/cli/main.js');
cli.main(argv).then((code) => {
  if (typeof code === 'number') process.exitCode = code;
});
