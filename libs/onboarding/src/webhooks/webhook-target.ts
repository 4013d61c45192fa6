import { isIP } from 'node:net';

/**
 * Whether a webhook URL names this machine or a private network by its literal host. In
 * production such targets are refused, so a subscriber cannot make the worker call internal
 * services (the test receiver on 127.0.0.1 is allowed elsewhere). Host names that resolve to
 * private addresses are caught at delivery by `vetTarget`.
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

export type Lookup = (host: string, options: { all: true }) => Promise<{ address: string; family: number }[]>;

export interface VettedAddress {
  address: string;
  family: 4 | 6;
}

/**
 * Resolves a webhook URL's host once, just before a delivery (a subscriber controls their
 * DNS), and answers the address to connect to, or why the delivery is refused: a lookup that
 * fails or finds nothing refuses (we cannot tell where it would go), and unless private
 * targets are allowed (outside production), so does any private address among the answers.
 * The caller must connect to this address (see `pinnedLookup`): resolving again at connect
 * time would let a rebinding DNS server answer a public address here and a private one there.
 */
export async function vetTarget(url: string, lookup: Lookup, allowPrivate: boolean): Promise<VettedAddress | { refused: string }> {
  if (!allowPrivate && isPrivateTarget(url)) return { refused: 'the target is a private address' };
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return { refused: 'the target is not a valid URL' };
  }
  const literal = isIP(host);
  if (literal) return { address: host, family: literal as 4 | 6 };
  const addresses = await lookup(host, { all: true }).catch(() => []);
  if (!addresses.length) return { refused: 'the target host name does not resolve' };
  const isPrivate = ({ address, family }: { address: string; family: number }) => isPrivateTarget(family === 6 ? `http://[${address}]/` : `http://${address}/`);
  if (!allowPrivate && addresses.some(isPrivate)) return { refused: 'the target resolves to a private address' };
  return { address: addresses[0].address, family: addresses[0].family === 6 ? 6 : 4 };
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | { address: string; family: number }[], family?: number) => void;

/** A `net.connect` lookup that answers only the vetted address, whatever host it is asked for. */
export function pinnedLookup(vetted: VettedAddress) {
  return (_host: string, options: { all?: boolean }, callback: LookupCallback): void => {
    if (options.all) callback(null, [{ address: vetted.address, family: vetted.family }]);
    else callback(null, vetted.address, vetted.family);
  };
}
