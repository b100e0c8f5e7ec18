import { describe, expect, it } from 'vitest';
import { nonPublicKind } from './public-address';

describe('nonPublicKind', () => {
  it('names the special-purpose ranges a mail host on the internet cannot be in', () => {
    for (const [address, kind] of [
      ['127.0.0.1', 'loopback'],
      ['127.255.0.9', 'loopback'],
      ['10.1.2.3', 'private'],
      ['172.16.0.1', 'private'],
      ['172.31.255.255', 'private'],
      ['192.168.1.1', 'private'],
      ['169.254.169.254', 'link-local'],
      ['100.64.0.1', 'shared address space'],
      ['0.0.0.0', 'this network'],
      ['192.0.2.25', 'documentation'],
      ['198.18.0.1', 'benchmarking'],
      ['224.0.0.1', 'multicast'],
      ['255.255.255.255', 'reserved'],
      ['::1', 'loopback'],
      ['::', 'unspecified'],
      ['fe80::1', 'link-local'],
      ['fe80::1%eth0', 'link-local'],
      ['fd12:3456::1', 'unique local'],
      ['::ffff:127.0.0.1', 'IPv4-mapped'],
      ['2001:db8::25', 'documentation'],
      ['ff02::1', 'multicast'],
    ] as const) {
      expect(nonPublicKind(address), address).toBe(kind);
    }
  });

  it('lets public addresses through, next to the edges of the ranges', () => {
    for (const address of [
      '8.8.8.8',
      '172.15.255.255',
      '172.32.0.1',
      '100.63.255.255',
      '100.128.0.1',
      '192.0.3.1',
      '223.255.255.255',
      '2a00:1450:4001::1b',
      '2001:db9::1',
      '64:ff9b::808:808',
    ]) {
      expect(nonPublicKind(address), address).toBeNull();
    }
  });
});
