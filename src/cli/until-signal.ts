/** Long-running CLI commands (serve, agent): run until SIGINT/SIGTERM, then stop cleanly (exit 0). */
import type { Logger } from 'pino';
import { EXIT } from './types';

export function untilSignal(log: Logger, message: string, stop: () => Promise<void>): Promise<number> {
  return new Promise<number>((resolve) => {
    const onSignal = (signal: string) => {
      log.info({ signal }, message);
      stop()
        .catch((err: unknown) => log.error({ err }, 'error while stopping'))
        .finally(() => {
          log.flush();
          resolve(EXIT.ok);
        });
    };
    process.once('SIGINT', () => onSignal('SIGINT'));
    process.once('SIGTERM', () => onSignal('SIGTERM'));
  });
}
