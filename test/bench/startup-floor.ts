/**
 * The floor under `netmedic check` on a refused port, for the start-up bench: Node, its net
 * module, a deadline timer and the same TCP connects the check makes (the port, then the
 * alternative ports), one line out. Nothing of netmedic's: what any Node program that did this
 * check would pay. Arguments: HOST PORT [PORT…].
 */
import { connect } from 'node:net';

const [host, ...ports] = process.argv.slice(2);
const lines: string[] = [];
let left = ports.length;
const deadline = setTimeout(() => process.exit(1), 5000);
for (const port of ports) {
  const socket = connect(Number(port), host);
  const settle = (what: string) => {
    socket.destroy();
    lines.push(`${port} ${what}`);
    if (--left > 0) return;
    clearTimeout(deadline);
    process.stdout.write(lines.join('\n') + '\n');
  };
  socket.once('connect', () => settle('open'));
  socket.once('error', (err: NodeJS.ErrnoException) => settle(err.code ?? 'error'));
}
