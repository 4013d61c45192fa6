import { BlockList, isIP } from 'node:net';

/**
 * Addresses a webhook must never reach: this machine, private and shared networks, link-local
 * (cloud metadata), benchmarking, multicast and reserved space, and the IPv6 forms that carry
 * an IPv4 address inside (NAT64, 6to4) or are local by scope. Node's BlockList compares parsed
 * addresses and checks an IPv4-mapped IPv6 address (`::ffff:7f00:1`) by its IPv4 rules, so no
 * spelling of an address slips past a string test.
 */
const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 127], // :: and ::1
  ['64:ff9b::', 96], // NAT64, well-known prefix
  ['64:ff9b:1::', 48], // NAT64, local-use prefix
  ['100::', 64], // discard-only
  ['2002::', 16], // 6to4: an IPv4 address of any kind inside
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');
}

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
  if (version === 4) return NOT_PUBLIC.check(host, 'ipv4');
  if (version === 6) return NOT_PUBLIC.check(host, 'ipv6');
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
  const [first] = addresses;
  if (!first) return { refused: 'the target host name does not resolve' };
  const isPrivate = ({ address, family }: { address: string; family: number }) => isPrivateTarget(family === 6 ? `http://[${address}]/` : `http://${address}/`);
  if (!allowPrivate && addresses.some(isPrivate)) return { refused: 'the target resolves to a private address' };
  return { address: first.address, family: first.family === 6 ? 6 : 4 };
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | { address: string; family: number }[], family?: number) => void;

/** A `net.connect` lookup that answers only the vetted address, whatever host it is asked for. */
export function pinnedLookup(vetted: VettedAddress) {
  return (_host: string, options: { all?: boolean }, callback: LookupCallback): void => {
    if (options.all) callback(null, [{ address: vetted.address, family: vetted.family }]);
    else callback(null, vetted.address, vetted.family);
  };
}
