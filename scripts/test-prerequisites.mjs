// What the whole test suite needs beyond npm packages, made ready before `npm test` runs (its `pretest`), so the
// README's test command is all the set-up a fresh Debian machine needs, and `.ci/run` is that same command:
// - PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth): started when it is down and a local cluster exists;
// - Debian's chromium (browser tests), poppler-utils (pdftotext/pdftoppm read reports back), dnsmasq-base (DNS
//   monitor tests run a resolver on loopback), openssl (TLS monitor tests make a certificate): installed with apt
//   when missing and this user may; otherwise the command to run is printed and the tests that need them fail.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const run = (command) => spawnSync('sh', ['-c', command], { stdio: 'inherit' }).status === 0;
const say = (message) => process.stderr.write(`surety: ${message}\n`);

const packages = [
  ['chromium', () => has('chromium')],
  ['poppler-utils', () => has('pdftoppm') && has('pdftotext')],
  ['dnsmasq-base', () => has('dnsmasq') || existsSync('/usr/sbin/dnsmasq')],
  ['openssl', () => has('openssl')],
];
const missing = packages.filter(([, present]) => !present()).map(([name]) => name);
if (missing.length) {
  const install = `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')} fonts-dejavu-core`;
  // As root directly; otherwise through sudo when it needs no password (CI runners), never prompting.
  const as = process.getuid?.() === 0 ? '' : has('sudo') && run('sudo -n true 2>/dev/null') ? 'sudo -n ' : null;
  if (as !== null && has('apt-get')) {
    say(`installing ${missing.join(', ')} (Debian packages the tests use)...`);
    if (!run(`${as}sh -c '${install}' >/dev/null`)) say(`could not install them: run \`sudo sh -c '${install}'\``);
  } else
    say(`missing Debian packages the tests use: ${missing.join(', ')}; install them with \`sudo sh -c '${install}'\``);
}
const stillMissing = packages.filter(([, present]) => !present()).map(([name]) => name);
// CI (`--require`) stops here: without them the browser, report and monitor tests would fail one by one.
if (stillMissing.length && process.argv.includes('--require')) {
  say(`still missing: ${stillMissing.join(', ')}`);
  process.exit(1);
}

const postgresUp = () => spawnSync('pg_isready', ['-h', '127.0.0.1', '-p', '5432', '-q']).status === 0;
if (process.env.SURETY_TEST_POSTGRES !== 'off' && has('pg_isready') && !postgresUp()) {
  const clusters = existsSync('/etc/postgresql') ? readdirSync('/etc/postgresql') : [];
  if (clusters.length) {
    say('starting PostgreSQL...');
    run(`pg_ctlcluster --skip-systemctl-redirect ${clusters[0]} main start`);
    for (let i = 0; i < 30 && !postgresUp(); i++) execSync('sleep 1');
  }
  if (!postgresUp())
    say('PostgreSQL is not answering on 127.0.0.1:5432: its tests will fail (SURETY_TEST_POSTGRES=off skips them)');
}
