import { normalizePaste } from '../../src/learn/normalize';

describe('normalizePaste', () => {
  test('the same error with another host, port, address or secret becomes the same text', () => {
    const a = normalizePaste('Error: connect ECONNREFUSED 10.0.0.5:8080 while opening http://user:hunter2@panel.example.com:8080/get.php?username=bob&password=secret');
    const b = normalizePaste('Error: connect ECONNREFUSED 192.168.1.20:25461 while opening https://other-host.net/player_api.php?username=amy&password=xyz');
    expect(a).toBe(b);
    expect(a).toBe('error: connect econnrefused <ip> while opening <url>');
  });
  test('secrets, e-mail addresses, hosts, ids and numbers never survive', () => {
    const out = normalizePaste('token=abcdef123 login failed for bob@example.org on stream.myiptv.tv id 9f86d081884c7d659a2feaa0c55ad015 after 3000 ms');
    expect(out).not.toMatch(/abcdef123|bob|example\.org|myiptv|9f86d0|3000/);
    expect(out).toBe('token=<secret> login failed for <email> on <host> id <id> after <n> ms');
  });
  test('long input is cut', () => {
    expect(normalizePaste('x '.repeat(5000)).length).toBeLessThanOrEqual(300);
  });
});
