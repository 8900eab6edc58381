// Target servers for the monitors bench, in their own process so their CPU is not the probe's: PORTS HTTP servers
// on 127.0.0.1 answering 200 "ok". Prints the ports as one JSON line when listening; reports its CPU on SIGTERM.
import http from 'node:http';

const count = Number(process.argv[2] ?? 4);
const servers = [];
for (let i = 0; i < count; i++) {
  const server = http.createServer((_req, res) => res.end('ok'));
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
}
process.stdout.write(JSON.stringify({ ports: servers.map((s) => s.address().port) }) + '\n');
process.on('SIGTERM', () => {
  const cpu = process.cpuUsage();
  process.stdout.write(JSON.stringify({ cpuMs: (cpu.user + cpu.system) / 1000 }) + '\n');
  process.exit(0);
});
