const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const HEX_GROUP = /^[0-9a-f]{1,4}$/i;

/** True for an IPv6 address in text form (RFC 4291 §2.2), an embedded IPv4 tail included. */
function isIpv6(text: string): boolean {
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = (half: string): string[] => (half === '' ? [] : half.split(':'));
  const parts = halves.flatMap(groups);
  const last = parts[parts.length - 1];
  let count = parts.length;
  if (last?.includes('.')) {
    if (!IPV4.test(last)) return false;
    parts.pop();
    count += 1;
  }
  if (!parts.every((part) => HEX_GROUP.test(part))) return false;
  return halves.length === 2 ? count <= 7 : count === 8;
}

/**
 * True for an IPv4 dotted quad or an IPv6 address, IPv6 also in brackets (`[::1]`). Pure and
 * browser-safe (no `node:net`); agrees with `node:net`'s `isIP` on plain addresses (zone ids such as
 * `fe80::1%eth0` are not literals here). Never throws.
 */
export function isIpLiteral(text: string): boolean {
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  return IPV4.test(bare) || (bare.includes(':') && isIpv6(bare));
}
