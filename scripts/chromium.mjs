// How every test and bench starts Debian's Chromium: one list of flags, so that they cannot drift apart.
// Headless and without the sandbox (tests run as root); the networking flags matter: without them Chromium's own
// background connections (updates, sync, safe browsing) are refused by the machine's closed network, many at a time.

/** Where Debian installs it; CHROMIUM_PATH names another. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);
