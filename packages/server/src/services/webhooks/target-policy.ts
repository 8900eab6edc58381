import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Where webhooks may be sent. A webhook URL is chosen by whoever registers it, and the server then makes requests
 * to it from inside the provider's network: to loopback, link-local (cloud metadata at 169.254.169.254) or
 * private addresses that would reach what the internet cannot. They are refused unless the operator allows them
 * (SURETY_WEBHOOK_ALLOW_PRIVATE=1, e.g. for a receiver on the same host or network).
 */
const internal = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const) {
  internal.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
] as const) {
  internal.addSubnet(net, prefix, 'ipv6');
}

export function privateTargetsAllowed(): boolean {
  // Read where it is used, so that a test process can allow loopback receivers for its own webhooks.
  return process.env.SURETY_WEBHOOK_ALLOW_PRIVATE === '1';
}

function isInternalAddress(address: string): boolean {
  const v4mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (v4mapped) return internal.check(v4mapped, 'ipv4');
  const family = isIP(address);
  return family === 4 ? internal.check(address, 'ipv4') : family === 6 ? internal.check(address, 'ipv6') : false;
}

const REFUSED =
  'is a loopback, link-local or private address; set SURETY_WEBHOOK_ALLOW_PRIVATE=1 to allow webhooks to internal targets';

/** Why a webhook URL's host may not be registered (a literal internal address or localhost), or undefined. */
export function refusedTargetHost(url: URL): string | undefined {
  if (privateTargetsAllowed()) return undefined;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost') || isInternalAddress(host)) return `${host} ${REFUSED}`;
  return undefined;
}

/** Checked again before each delivery: a name may resolve to an internal address now (or only later). */
export async function refusedTargetAddress(url: URL): Promise<string | undefined> {
  const literal = refusedTargetHost(url);
  if (literal || privateTargetsAllowed()) return literal;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return undefined;
  const addresses = await lookup(host, { all: true }).catch(() => []);
  const inside = addresses.find((a) => isInternalAddress(a.address));
  return inside ? `${host} resolves to ${inside.address}, which ${REFUSED}` : undefined;
}
