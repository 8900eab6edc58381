// A real SMTP server, run as its own process by tests: it accepts every message and writes each one, as received,
// to a file in the folder given as the first argument before answering 250, so that an accepted message is a stored
// one. It prints {"port": n} once it listens (the second argument asks for a port; 0 or none: any free one).
import { Buffer } from 'node:buffer';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

const [dir, port = '0'] = process.argv.slice(2);
mkdirSync(dir, { recursive: true });
let count = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  size: 10 << 20,
  onData(stream, _session, callback) {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => {
      const name = `${process.pid}-${String(++count).padStart(6, '0')}.eml`;
      writeFileSync(join(dir, `${name}.part`), Buffer.concat(chunks));
      renameSync(join(dir, `${name}.part`), join(dir, name));
      callback(null, `stored ${name}`);
    });
  },
});
server.listen(Number(port), '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: server.server.address().port })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
