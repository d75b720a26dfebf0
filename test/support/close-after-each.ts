/** Jest-only helper (kept out of the benchmark build, which has no jest globals). */
import type { TestServer } from './servers';

/**
 * `const keep = closeAfterEach();` then `const server = await keep(httpServer(...))`: every
 * server kept in a test is closed after it.
 */
export function closeAfterEach(): <T extends TestServer>(server: Promise<T>) => Promise<T> {
  const open: TestServer[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });
  return async (server) => {
    const s = await server;
    open.push(s);
    return s;
  };
}
