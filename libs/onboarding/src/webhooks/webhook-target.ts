import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/**
 * Whether a webhook URL names this machine or a private network by its literal host. In
 * production such targets are refused, so a subscriber cannot make the worker call internal
 * services (the test receiver on 127.0.0.1 is allowed elsewhere). Host names that resolve to
 * private addresses are caught at delivery by `resolvesToPrivate`.
 */
export function isPrivateTarget(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^\[|\]$/g, '');
  } catch {
    return true;
  }
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal') || host.endsWith('.local')) return true;
  const version = isIP(host);
  if (version === 4) {
    const [a, b] = host.split('.').map(Number);
    return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
  }
  if (version === 6) {
    // IPv4-mapped addresses; URL normalises ::ffff:127.0.0.1 to ::ffff:7f00:1.
    const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host);
    if (mapped) {
      const [high, low] = [parseInt(mapped[1], 16), parseInt(mapped[2], 16)];
      return isPrivateTarget(`http://${high >> 8}.${high & 255}.${low >> 8}.${low & 255}/`);
    }
    if (host.startsWith('::ffff:')) return isPrivateTarget(`http://${host.slice(7)}/`);
    return host === '::' || host === '::1' || /^f[cd]/.test(host) || /^fe[89ab]/.test(host);
  }
  return false;
}

type Lookup = (host: string, options: { all: true }) => Promise<{ address: string; family: number }[]>;

/**
 * Whether a webhook URL's host resolves to this machine or a private network, checked just
 * before each delivery (a subscriber controls their DNS). A rebinding between this lookup and
 * the connection remains possible; pinning the address in the HTTP agent would close it.
 */
export async function resolvesToPrivate(url: string, lookup: Lookup = dnsLookup as Lookup): Promise<boolean> {
  if (isPrivateTarget(url)) return true;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return false;
  const addresses = await lookup(host, { all: true }).catch(() => []);
  return addresses.some(({ address, family }) => isPrivateTarget(family === 6 ? `http://[${address}]/` : `http://${address}/`));
}
