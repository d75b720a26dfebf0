/** The check service runs other probe jobs (the Xtream line check) under the same limits. */
import { createCheckService } from '../../src/interaction/check-service';
import type { CheckResult } from '../../src/probe/types';

const neverCheck = async (): Promise<CheckResult> => {
  throw new Error('runCheck must not be called for a job');
};

describe('admission.runJob', () => {
  it('runs the job instead of the check, counts against the cap, once only', async () => {
    const service = createCheckService({ runCheck: neverCheck, maxInFlight: 1, maxQueue: 0, userCooldownSeconds: 0, guildPerMinute: 100 });
    const first = await service.admit({ input: 'http://panel.example', protocol: 'xtream', userId: 'a', guildId: 'g' });
    if (first.refused) throw new Error('first should be admitted');
    let release!: (v: string) => void;
    const running = first.runJob(() => new Promise<string>((r) => (release = r)));
    // Bottleneck starts the job a few ticks later.
    for (let i = 0; i < 200 && service.stats().inFlight === 0; i++) await new Promise((r) => setTimeout(r, 5));
    expect(service.stats().inFlight).toBe(1);
    const second = await service.admit({ input: 'x', protocol: 'xtream', userId: 'b', guildId: 'g' });
    expect(second.refused && second.reason).toBe('busy');
    release('line checked');
    await expect(running).resolves.toBe('line checked');
    expect(service.stats().inFlight).toBe(0);
    await expect(first.runJob(async () => 'again')).rejects.toThrow('already used');
  });

  it('the per-user cooldown covers jobs too', async () => {
    const service = createCheckService({ runCheck: neverCheck, maxInFlight: 2, maxQueue: 2, userCooldownSeconds: 60, guildPerMinute: 100 });
    const first = await service.admit({ input: 'p', protocol: 'xtream', userId: 'u', guildId: null });
    if (first.refused) throw new Error('first should be admitted');
    await first.runJob(async () => 1);
    const again = await service.admit({ input: 'p', protocol: 'xtream', userId: 'u', guildId: null });
    expect(again.refused && again.reason).toBe('cooldown');
  });
});
