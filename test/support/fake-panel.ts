/**
 * A fake Xtream Codes-style panel on 127.0.0.1 for the line-check tests. It knows one line
 * (username + password); `player_api.php` answers that line's user_info/server_info as configured
 * (any panel quirk: numbers as strings, missing fields, HTML instead of JSON), wrong credentials
 * get `{"user_info":{"auth":0}}`, and the three category actions answer lists. Every request URL
 * it received is kept: the only place a test may find the password.
 */
import { httpServer, type TestHttpServer } from './servers';

export interface FakePanelLine {
  username: string;
  password: string;
  /** The raw JSON body (object) or text for an authenticated player_api.php call. */
  answer: unknown;
  /** Content type of that answer (default application/json). */
  contentType?: string;
  /** Per action: a JSON value, or a raw string body; absent → `[]`. */
  categories?: Partial<Record<'get_live_categories' | 'get_vod_categories' | 'get_series_categories', unknown>>;
}

export interface FakePanel extends TestHttpServer {
  /** Full request URLs (path + query) as received, credentials included. */
  urls: string[];
}

export function lineAnswer(userInfo: Record<string, unknown>, serverInfo: Record<string, unknown> | null, port: number): unknown {
  return {
    user_info: userInfo,
    ...(serverInfo === null ? {} : { server_info: { url: '127.0.0.1', port: String(port), https_port: '443', server_protocol: 'http', rtmp_port: '8880', timezone: 'Europe/Paris', timestamp_now: 1764470000, time_now: '2025-11-30 03:33:20', ...serverInfo } }),
  };
}

export async function fakePanel(line: (port: number) => FakePanelLine): Promise<FakePanel> {
  const urls: string[] = [];
  let port = 0;
  const server = await httpServer((req, res) => {
    urls.push(req.url ?? '');
    const url = new URL(req.url ?? '/', 'http://panel.invalid');
    if (url.pathname !== '/player_api.php') {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<html><body>404</body></html>');
      return;
    }
    const l = line(port);
    const ok = url.searchParams.get('username') === l.username && url.searchParams.get('password') === l.password;
    if (!ok) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ user_info: { auth: 0 } }));
      return;
    }
    const action = url.searchParams.get('action');
    if (action) {
      const value = l.categories?.[action as keyof NonNullable<FakePanelLine['categories']>] ?? [];
      res.writeHead(200, { 'content-type': typeof value === 'string' ? 'text/html' : 'application/json' });
      res.end(typeof value === 'string' ? value : JSON.stringify(value));
      return;
    }
    res.writeHead(200, { 'content-type': l.contentType ?? 'application/json' });
    res.end(typeof l.answer === 'string' ? l.answer : JSON.stringify(l.answer));
  });
  port = server.port;
  return Object.assign(server, { urls });
}
