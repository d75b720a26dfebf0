/**
 * The quick commands are named twice on purpose: types.ts's QUICK_COMMANDS (the dispatcher writes
 * their output to the descriptors) and code-cache.ts's BUNDLED_COMMANDS (the launcher, which loads
 * no other module of ours, runs their bundles). The two lists must stay the same.
 */
import { BUNDLED_COMMANDS } from '../../src/cli/code-cache';
import { QUICK_COMMANDS } from '../../src/cli/types';

describe('quick commands', () => {
  it('are the bundled commands', () => {
    expect([...BUNDLED_COMMANDS].sort()).toEqual([...QUICK_COMMANDS].sort());
  });
});
