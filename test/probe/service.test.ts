import { createCheckService, isCheckRefusal, type ServiceRunCheck } from '../../src/interaction/check-service';
import type { CheckRefusal, CheckRequest } from '../../src/interaction/services';
import { refusalText } from '../../src/render/refusal';
import { performance } from 'node:perf_hooks';
import type { CheckResult, Protocol } from '../../src/probe/types';
import { scaled } from '../support/timing';

function fakeResult(input: string): CheckResult {
  return {
    target: null,
    verdict: 'ok',
    article: null,
    facts: null,
    stages: [],
    addresses: [],
    alternatives: [],
    // Which input this result is for (the service passes results through untouched).
    notes: [{ kind: 'internal-error', message: `checked ${input}` }],
    ms: 1,
  };
}

/** The input a fake result was made for. */
function said(r: CheckResult): string {
  const note = r.notes[0];
  return note?.kind === 'internal-error' ? note.message : '';
}

interface Pending {
  input: string;
  protocol: Protocol;
  finish(): void;
  fail(err: Error): void;
  onProgress?: (partial: CheckResult) => void;
}

/** A runCheck whose calls stay open until the test finishes them; counts concurrency. */
function controlledRunCheck() {
  const running: Pending[] = [];
  const state = { started: 0, max: 0 };
  const runCheck: ServiceRunCheck = (input, protocol, onProgress) =>
    new Promise<CheckResult>((resolve, reject) => {
      state.started += 1;
      const entry: Pending = {
        input,
        protocol,
        onProgress,
        finish: () => {
          running.splice(running.indexOf(entry), 1);
          resolve(fakeResult(input));
        },
        fail: (err) => {
          running.splice(running.indexOf(entry), 1);
          reject(err);
        },
      };
      running.push(entry);
      state.max = Math.max(state.max, running.length);
    });
  return { runCheck, running, state };
}

/** Let bottleneck (which yields through setTimeout 0 per submission) and promises settle. */
async function settle(ms = 30): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitFor(condition: () => boolean, what: string, limitMs = 3000): Promise<void> {
  // performance.now(): some tests freeze Date.now.
  const deadline = performance.now() + scaled(limitMs);
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await settle(5);
  }
}

function request(userId: string, guildId: string | null = 'g1', input = `host-${userId}:80`): CheckRequest {
  return { input, protocol: 'tcp', userId, guildId };
}

function asRefusal(value: CheckResult | CheckRefusal): CheckRefusal {
  if (!isCheckRefusal(value)) throw new Error(`expected a refusal, got verdict ${value.verdict}`);
  return value;
}

function asResult(value: CheckResult | CheckRefusal): CheckResult {
  if (isCheckRefusal(value)) throw new Error(`expected a result, got refusal ${value.reason}: ${refusalText(value)}`);
  return value;
}

describe('check service: global cap and queue', () => {
  it('never runs more than maxInFlight at once and runs the queued ones afterwards', async () => {
    const fake = controlledRunCheck();
    const service = createCheckService({ runCheck: fake.runCheck, maxInFlight: 3, maxQueue: 10, userCooldownSeconds: 0, guildPerMinute: 1000 });
    const answers = Array.from({ length: 9 }, (_, i) => service.run(request(`u${i}`)));

    await waitFor(() => fake.running.length === 3, '3 running');
    await settle(50);
    expect(fake.running).toHaveLength(3);
    expect(service.stats()).toMatchObject({ inFlight: 3, queued: 6 });

    // Finish one at a time: each frees exactly one slot for the next in line.
    for (let done = 1; done <= 9; done += 1) {
      fake.running[0]!.finish();
      const expected = Math.min(3, 9 - done);
      await waitFor(() => fake.running.length === expected, `${expected} running after ${done} finished`);
      expect(fake.state.max).toBeLessThanOrEqual(3);
    }
    const results = (await Promise.all(answers)).map(asResult);
    expect(results.map((r) => said(r))).toEqual(Array.from({ length: 9 }, (_, i) => `checked host-u${i}:80`));
    expect(fake.state.started).toBe(9);
    expect(fake.state.max).toBe(3);
    expect(service.stats()).toMatchObject({ inFlight: 0, queued: 0, maxInFlightSeen: 3, completed: 9 });
  });

  it('refuses beyond the queue as busy, with an estimate from the queue length and the average check time', async () => {
    const fake = controlledRunCheck();
    const service = createCheckService({
      runCheck: fake.runCheck,
      maxInFlight: 2,
      maxQueue: 3,
      userCooldownSeconds: 0,
      guildPerMinute: 1000,
      initialCheckMs: 4000,
    });
    const accepted = Array.from({ length: 5 }, (_, i) => service.run(request(`u${i}`)));
    const refusal = asRefusal(await service.run(request('u5')));
    expect(refusal.reason).toBe('busy');
    // 3 waiting + this one, through 2 slots, 4 s each: 8 s.
    expect(refusal.retryAfterSeconds).toBe(8);
    expect(refusal).toMatchObject({ running: 2, waiting: 3 });
    expect(refusalText(refusal)).toBe('The checker is busy (2 checks running, 3 waiting), try again in 8 s.');
    expect(service.stats().refused.busy).toBe(1);

    await waitFor(() => fake.running.length === 2, '2 running');
    fake.running[0]!.finish();
    await waitFor(() => fake.running.length === 2 && fake.state.started === 3, 'third started');
    // One place in the queue is free again.
    const late = service.run(request('u6'));
    expect(asRefusal(await service.run(request('u7'))).reason).toBe('busy');

    for (let round = 0; round < 20 && (fake.running.length > 0 || fake.state.started < 6); round += 1) {
      await waitFor(() => fake.running.length > 0, 'something running');
      fake.running[0]!.finish();
      await settle(5);
    }
    (await Promise.all([...accepted, late])).map(asResult);
    expect(fake.state.max).toBe(2);
  });

  it('bases the busy estimate on measured check times once checks have finished', async () => {
    let clock = 1_000_000;
    const fake = controlledRunCheck();
    const service = createCheckService({
      runCheck: fake.runCheck,
      maxInFlight: 1,
      maxQueue: 1,
      userCooldownSeconds: 0,
      guildPerMinute: 1000,
      now: () => clock,
    });
    // The first check takes 30 s on the injected clock.
    const first = service.run(request('a'));
    await waitFor(() => fake.running.length === 1, 'first running');
    clock += 30_000;
    fake.running[0]!.finish();
    asResult(await first);
    expect(service.stats().averageCheckMs).toBe(30_000);

    const running = service.run(request('b'));
    const waiting = service.run(request('c'));
    const refusal = asRefusal(await service.run(request('d')));
    // 1 waiting + this one, through 1 slot, 30 s each.
    expect(refusal.retryAfterSeconds).toBe(60);
    await waitFor(() => fake.running.length === 1, 'b running');
    fake.running[0]!.finish();
    await waitFor(() => fake.running.length === 1 && fake.state.started === 3, 'c running');
    fake.running[0]!.finish();
    (await Promise.all([running, waiting])).map(asResult);
  });

  it('applies the cap to the console user and to requests without a guild', async () => {
    const fake = controlledRunCheck();
    const service = createCheckService({ runCheck: fake.runCheck, maxInFlight: 1, maxQueue: 0, userCooldownSeconds: 0, guildPerMinute: 1000 });
    const first = service.run(request('console', null));
    expect(asRefusal(await service.run(request('console', null))).reason).toBe('busy');
    expect(asRefusal(await service.run(request('dm-user', null))).reason).toBe('busy');
    await waitFor(() => fake.running.length === 1, 'first running');
    fake.running[0]!.finish();
    asResult(await first);
    const again = service.run(request('console', null));
    await waitFor(() => fake.running.length === 1, 'second running');
    fake.running[0]!.finish();
    asResult(await again);
  });

  it('frees the slot when a check throws, and passes the error and progress through', async () => {
    const fake = controlledRunCheck();
    const service = createCheckService({ runCheck: fake.runCheck, maxInFlight: 1, maxQueue: 1, userCooldownSeconds: 0, guildPerMinute: 1000 });
    const progress: string[] = [];
    const failing = service.run(request('a'), (p) => progress.push(said(p)));
    const next = service.run(request('b'));
    await waitFor(() => fake.running.length === 1, 'a running');
    fake.running[0]!.onProgress?.(fakeResult('partial'));
    expect(progress).toEqual(['checked partial']);
    fake.running[0]!.fail(new Error('probe crashed'));
    await expect(failing).rejects.toThrow('probe crashed');
    await waitFor(() => fake.running.length === 1 && fake.running[0]!.input === 'host-b:80', 'b running');
    fake.running[0]!.finish();
    asResult(await next);
    expect(service.stats()).toMatchObject({ inFlight: 0, queued: 0 });
  });
});

describe('check service: admission before running', () => {
  it('admit() holds a place in the queue until run() or cancel()', async () => {
    const fake = controlledRunCheck();
    const service = createCheckService({ runCheck: fake.runCheck, maxInFlight: 1, maxQueue: 0, userCooldownSeconds: 0, guildPerMinute: 1000 });
    const first = await service.admit(request('a'));
    if (first.refused) throw new Error('first should be admitted');
    // The only place is held: a second request is refused as busy before anything runs.
    const second = await service.admit(request('b'));
    expect(second.refused && second.reason).toBe('busy');
    expect(fake.state.started).toBe(0);
    // Cancelling gives the place back.
    first.cancel();
    const third = await service.admit(request('c'));
    if (third.refused) throw new Error('the cancelled place should be free again');
    const running = third.run();
    await waitFor(() => fake.running.length === 1, 'third running');
    fake.running[0]!.finish();
    expect(said(asResult(await running))).toBe('checked host-c:80');
    await expect(third.run()).rejects.toThrow(/already used or cancelled/);
  });
});

describe('check service: cooldown and guild rate', () => {
  let clock = 1_700_000_000_000;
  let nowSpy: jest.SpyInstance;
  beforeEach(() => {
    // rate-limiter-flexible reads Date.now(); timers stay real (bottleneck needs them).
    nowSpy = jest.spyOn(Date, 'now').mockImplementation(() => clock);
  });
  afterEach(() => nowSpy.mockRestore());

  const instant: ServiceRunCheck = async (input) => fakeResult(input);

  it('refuses a second check by the same user within the cooldown and allows another user', async () => {
    const service = createCheckService({ runCheck: instant, maxInFlight: 4, maxQueue: 4, userCooldownSeconds: 10, guildPerMinute: 1000 });
    asResult(await service.run(request('alice')));
    clock += 3_000;
    const refusal = asRefusal(await service.run(request('alice')));
    expect(refusal.reason).toBe('cooldown');
    expect(refusal.retryAfterSeconds).toBe(7);
    expect(refusal).toMatchObject({ everySeconds: 10 });
    expect(refusalText(refusal)).toBe('You can run one check every 10 s, try again in 7 s.');
    asResult(await service.run(request('bob')));
    // Same user, other guild or DM: still one user.
    expect(asRefusal(await service.run(request('alice', null))).reason).toBe('cooldown');
    clock += 7_001;
    asResult(await service.run(request('alice')));
    expect(service.stats().refused.cooldown).toBe(2);
  });

  it('has no cooldown when it is set to 0', async () => {
    const service = createCheckService({ runCheck: instant, maxInFlight: 4, maxQueue: 4, userCooldownSeconds: 0, guildPerMinute: 1000 });
    for (let i = 0; i < 5; i += 1) asResult(await service.run(request('alice')));
  });

  it('refuses beyond N checks per guild per minute, other guilds and DMs unaffected', async () => {
    const service = createCheckService({ runCheck: instant, maxInFlight: 4, maxQueue: 4, userCooldownSeconds: 0, guildPerMinute: 3 });
    for (let i = 0; i < 3; i += 1) {
      asResult(await service.run(request(`u${i}`, 'guild-a')));
      clock += 1_000;
    }
    const refusal = asRefusal(await service.run(request('u9', 'guild-a')));
    expect(refusal.reason).toBe('guild-rate');
    expect(refusal.retryAfterSeconds).toBe(57);
    expect(refusal).toMatchObject({ perMinute: 3 });
    expect(refusalText(refusal)).toBe('This server has used its 3 checks for this minute, try again in 57 s.');
    asResult(await service.run(request('u9', 'guild-b')));
    asResult(await service.run(request('u8', null)));
    clock += 57_000;
    asResult(await service.run(request('u7', 'guild-a')));
  });

  it('does not start the cooldown or count against the guild when it refuses', async () => {
    const fake = controlledRunCheck();
    const service = createCheckService({ runCheck: fake.runCheck, maxInFlight: 1, maxQueue: 0, userCooldownSeconds: 30, guildPerMinute: 2 });
    const first = service.run(request('alice', 'g'));
    expect(asRefusal(await service.run(request('bob', 'g'))).reason).toBe('busy');
    await waitFor(() => fake.running.length === 1, 'alice running');
    fake.running[0]!.finish();
    asResult(await first);
    // Bob was refused as busy: no cooldown for him, and the guild has one check left of two.
    const second = service.run(request('bob', 'g'));
    await waitFor(() => fake.running.length === 1, 'bob running');
    fake.running[0]!.finish();
    asResult(await second);
    expect(asRefusal(await service.run(request('carol', 'g'))).reason).toBe('guild-rate');
    // Carol was refused by the guild rate: her cooldown did not start either.
    clock += 60_000;
    const third = service.run(request('carol', 'g'));
    await waitFor(() => fake.running.length === 1, 'carol running');
    fake.running[0]!.finish();
    asResult(await third);
  });
});

describe('check service: options', () => {
  it('rejects nonsense limits', () => {
    const runCheck: ServiceRunCheck = async (input) => fakeResult(input);
    expect(() => createCheckService({ runCheck, maxInFlight: 0, maxQueue: 1, userCooldownSeconds: 0, guildPerMinute: 1 })).toThrow(/maxInFlight/);
    expect(() => createCheckService({ runCheck, maxInFlight: 1, maxQueue: -1, userCooldownSeconds: 0, guildPerMinute: 1 })).toThrow(/maxQueue/);
    expect(() => createCheckService({ runCheck, maxInFlight: 1, maxQueue: 1, userCooldownSeconds: 0, guildPerMinute: 0 })).toThrow(/guildPerMinute/);
  });
});
