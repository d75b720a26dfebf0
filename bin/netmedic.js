#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run by `npm ci` through `prepare`).
// explain and check run from their bundles with a V8 code cache (src/cli/code-cache.ts, bundle.ts).
// Output piped into `head` and closed early is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err && err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}
const argv = process.argv.slice(2);
require('../dist/src/cli/code-cache.js')
  .cliFor(argv[0])
  .main(argv)
  .then((code) => {
    if (typeof code === 'number') process.exitCode = code;
  });
