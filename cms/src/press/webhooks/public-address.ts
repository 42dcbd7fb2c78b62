/**
 * Webhooks go to newsrooms' servers on the internet, never to this machine or the province's
 * internal network: an administrator's typo, or a name whose DNS answer points inside, must not
 * make the CMS post to an internal service. Checked on the address actually connected to (the
 * DNS answer of the moment), so a name that resolves elsewhere later cannot step around it.
 */
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';

// Not routable on the internet: RFC 6890's special-purpose ranges.
const internal = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15],
  ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) internal.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 127], ['64:ff9b::', 96], ['100::', 64], ['2001:db8::', 32], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8],
] as const) internal.addSubnet(net, bits, 'ipv6');

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

/**
 * The IPv4 address inside an IPv4-mapped IPv6 one (`::ffff:127.0.0.1`, or `::ffff:7f00:1` as
 * the URL parser writes it), else the address. (BlockList does not match a mapped address
 * against IPv4 ranges; it matches every IPv4 address against a `::ffff:0:0/96` rule, so that
 * range cannot be listed.)
 */
function unmapped(address: string): string {
  const dotted = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (dotted) return dotted[1]!;
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex) return address;
  const [high, low] = [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

function familyOf(address: string): 'ipv4' | 'ipv6' {
  return isIP(address) === 4 ? 'ipv4' : 'ipv6';
}

/** A loopback address (this machine), in any spelling. */
export function isLoopbackAddress(address: string): boolean {
  const ip = unmapped(address.replace(/^\[|\]$/g, ''));
  return isIP(ip) > 0 && loopback.check(ip, familyOf(ip));
}

/** An address a webhook may be sent to: an IP of the internet, or loopback where allowed. */
export function mayConnectTo(address: string, allowLoopback: boolean): boolean {
  const ip = unmapped(address.replace(/^\[|\]$/g, ''));
  if (!isIP(ip)) return false;
  if (allowLoopback && loopback.check(ip, familyOf(ip))) return true;
  return !internal.check(ip, familyOf(ip));
}

/** A DNS lookup for `http(s).request` that refuses a name answering with an internal address. */
export function publicOnlyLookup(allowLoopback: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = addresses.find((a) => !mayConnectTo(a.address, allowLoopback));
      if (refused || !addresses.length) {
        const denied = Object.assign(new Error(`${hostname} trỏ tới địa chỉ nội bộ ${refused?.address ?? ''}`.trim()), { code: 'EINTERNALADDRESS' });
        return callback(denied, '', 0);
      }
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      return callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}
