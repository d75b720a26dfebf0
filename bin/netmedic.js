#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run by `npm ci` through `prepare`).
// explain and check run from their bundles with a V8 code cache (src/cli/code-cache.ts, bundle.ts).
// Output piped into `head` and closed early is not an error: each of process.stdout and
// process.stderr gets that handler when first used (building either stream costs time that
// explain and check, which write to the descriptors, do not spend: src/cli/fd-output.ts).
// Node's net.Socket#_destroy compares every socket it closes with process.stderr (to leave out a
// debug line), so a refused connection would build the stderr stream: a socket can only be
// process.stderr once that stream exists, so that one comparison is answered without building it.
function askedBySocketDestroy(getter) {
  const { stackTraceLimit, prepareStackTrace } = Error;
  const holder = {};
  try {
    Error.stackTraceLimit = 1;
    Error.prepareStackTrace = (_, frames) => frames;
    Error.captureStackTrace(holder, getter);
    const frame = holder.stack && holder.stack[0];
    return Boolean(frame) && frame.getFileName() === 'node:net' && frame.getFunctionName() === 'Socket._destroy';
  } catch {
    return false;
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
    Error.prepareStackTrace = prepareStackTrace;
  }
}
for (const name of ['stdout', 'stderr']) {
  const { get } = Object.getOwnPropertyDescriptor(process, name);
  let stream;
  Object.defineProperty(process, name, {
    configurable: true,
    enumerable: true,
    get: function lazyStream() {
      if (stream) return stream;
      if (name === 'stderr' && askedBySocketDestroy(lazyStream)) return undefined;
      stream = get.call(process);
      stream.on('error', (err) => {
        if (err && err.code === 'EPIPE') process.exit(0);
        throw err;
      });
      return stream;
    },
  });
}
const argv = process.argv.slice(2);
require('../dist/src/cli/code-cache.js')
  .cliFor(argv[0])
  .main(argv)
  .then((code) => {
    if (typeof code === 'number') process.exitCode = code;
  });
