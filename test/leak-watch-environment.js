// Jest's node environment, plus (when LEAK_REPORT names a file) a record of what each test file
// left running: sockets, servers, child processes and timers still holding the worker open after
// the file's last hook. A worker with such a handle cannot exit, and jest then says only "a worker
// process has failed to exit gracefully"; this names the file. `npm run test:stress` sets it.
'use strict';
const { appendFileSync } = require('node:fs');
const { createHook } = require('node:async_hooks');
const { setTimeout: sleep } = require('node:timers/promises');
const { TestEnvironment } = require('jest-environment-node');

function refHandles() {
  return process._getActiveHandles().filter((h) => (typeof h.hasRef !== 'function' || h.hasRef()) && !h._isStdio);
}

function describe(h) {
  const name = h?.constructor?.name ?? typeof h;
  if (name === 'Socket' || name === 'TLSSocket') {
    const kind = h._handle?.constructor?.name ?? 'no handle';
    const state = [h.connecting && 'connecting', h.destroyed && 'destroyed', h.readyState].filter(Boolean).join(' ');
    return `${name} (${kind}, ${state}) ${h.remoteAddress ?? h.localAddress ?? '?'}:${h.remotePort ?? h.localPort ?? '?'}`;
  }
  if (name === 'Server') return `Server ${JSON.stringify(h.address?.())}`;
  if (name === 'ChildProcess') return `ChildProcess pid ${h.pid} ${h.spawnfile ?? ''}`;
  return name;
}

/** Timers created while a file runs, with where they were created (the first lines of the stack). */
function watchTimers() {
  const live = new Map();
  const hook = createHook({
    init(id, type, _trigger, resource) {
      if (type !== 'Timeout') return;
      const raw = new Error().stack ?? '';
      // Jest's own (its reporter's status line, when a file runs in band) are not the file's.
      if (raw.includes('/node_modules/@jest/') || raw.includes('/node_modules/jest-')) return;
      const stack = raw.split('\n').slice(2).filter((l) => !l.includes('node:internal')).slice(0, 6).map((l) => l.trim());
      live.set(id, { resource, stack });
    },
    destroy(id) {
      live.delete(id);
    },
  }).enable();
  return {
    stop() {
      hook.disable();
    },
    pending() {
      return [...live.values()].filter((t) => typeof t.resource.hasRef === 'function' && t.resource.hasRef() && !t.resource._destroyed);
    },
  };
}

class LeakWatchEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.testPath = context.testPath;
    this.report = process.env.LEAK_REPORT;
  }

  async setup() {
    await super.setup();
    if (!this.report) return;
    this.handlesBefore = new Set(refHandles());
    this.timers = watchTimers();
  }

  async teardown() {
    await super.teardown();
    if (!this.report) return;
    // Give closes already under way a moment to finish.
    await sleep(200);
    const left = refHandles().filter((h) => !this.handlesBefore.has(h));
    const timers = this.timers.pending();
    this.timers.stop();
    if (left.length || timers.length) {
      const what = [...left.map(describe), ...timers.map((t) => `timer from ${t.stack.join(' < ') || 'node internals'}`)];
      appendFileSync(this.report, `${this.testPath}: ${what.join(', ')}\n`);
    }
  }
}

module.exports = LeakWatchEnvironment;
