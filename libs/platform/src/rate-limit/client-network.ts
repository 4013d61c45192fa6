import { isIPv4, isIPv6 } from 'node:net';

/**
 * What the rate limits (sign-in, refusal audit) count an address as: an IPv4 address itself, an IPv6 address its
 * /64 network. One IPv6 client usually holds a whole /64 and could otherwise take a fresh
 * address, and fresh free attempts, for every guess.
 */
export function clientNetwork(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  const ipv4 = mapped?.[1];
  if (ipv4 && isIPv4(ipv4)) return ipv4;
  if (!isIPv6(ip)) return ip;
  // A dotted IPv4 tail (`64:ff9b::192.0.2.1`) fills the last two groups.
  const [head, tail = ''] = ip.replace(/\d+\.\d+\.\d+\.\d+$/, '0:0').split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
