import { BlockList, isIPv4 } from 'node:net';

/**
 * Address ranges no mail host on the internet has (RFC 6890 and IANA's special-purpose registries),
 * with the words a record uses for each. A domain's DNS may name any of them, by mistake (`MX 10
 * localhost`, a parked domain pointing at 127.0.0.1) or to steer a scanner into its own network.
 */
const RANGES: ReadonlyArray<readonly [network: string, prefix: number, words: string]> = [
  ['0.0.0.0', 8, 'this network'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared address space'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['::ffff:0:0', 96, 'IPv4-mapped'],
  ['100::', 64, 'discard-only'],
  ['2001:db8::', 32, 'documentation'],
  ['fc00::', 7, 'unique local'],
  ['fe80::', 10, 'link-local'],
  ['ff00::', 8, 'multicast'],
];

const familyOf = (address: string): 'ipv4' | 'ipv6' => (isIPv4(address) ? 'ipv4' : 'ipv6');

/** Every range in one list: a public address, the common case, costs one look-up. */
const ALL = new BlockList();
const lists = RANGES.map(([network, prefix, words]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, familyOf(network));
  ALL.addSubnet(network, prefix, familyOf(network));
  return { list, family: familyOf(network), words };
});

/**
 * What kind of non-public address `address` is (`loopback`, `private`, …), or null for an address a
 * server on the internet can have. A zone (`fe80::1%eth0`) is ignored.
 */
export function nonPublicKind(address: string): string | null {
  const bare = address.split('%')[0] as string;
  const family = familyOf(bare);
  // IPv4-mapped IPv6 addresses all fall in `::ffff:0:0/96`, a range of their own.
  if (!ALL.check(bare, family)) return null;
  for (const range of lists) {
    if (range.family === family && range.list.check(bare, family)) return range.words;
  }
  return null;
}
