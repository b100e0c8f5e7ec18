import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { resolveDnsServer, type SystemLookup } from './commands/dns';
import { UsageError } from './errors';

/** A system lookup that answers with these addresses (or fails with this code). */
function answering(answer: LookupAddress[] | string): SystemLookup {
  return async () => {
    if (typeof answer !== 'string') return answer;
    const error: NodeJS.ErrnoException = new Error(`lookup failed: ${answer}`);
    error.code = answer;
    throw error;
  };
}

async function usageMessage(pending: Promise<unknown>): Promise<string> {
  const error = await pending.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(UsageError);
  return (error as UsageError).message;
}

describe('resolveDnsServer', () => {
  it('passes an address through and resolves localhost with the system resolver, port kept', async () => {
    const address = { kind: 'address', server: '[::1]:53' } as const;
    expect(await resolveDnsServer(address, { timeoutMs: 1000 })).toBe('[::1]:53');
    expect(await resolveDnsServer({ kind: 'name', name: 'localhost', port: 5353 }, { timeoutMs: 5000 })).toBe(
      '127.0.0.1:5353',
    );
  });

  it('prefers an IPv4 address and brackets an IPv6 one', async () => {
    const both = answering([
      { address: '::1', family: 6 },
      { address: '127.0.0.2', family: 4 },
    ]);
    const name = { kind: 'name', name: 'dns.example.test', port: 53 } as const;
    expect(await resolveDnsServer(name, { timeoutMs: 1000, lookup: both })).toBe('127.0.0.2:53');
    const six = answering([{ address: '::1', family: 6 }]);
    expect(await resolveDnsServer(name, { timeoutMs: 1000, lookup: six })).toBe('[::1]:53');
    expect(await resolveDnsServer({ ...name, port: undefined }, { timeoutMs: 1000, lookup: six })).toBe(
      '::1',
    );
  });

  it('turns a failed, empty or endless lookup into a usage error naming the name', async () => {
    const name = { kind: 'name', name: 'dns.example.test', port: undefined } as const;
    expect(
      await usageMessage(resolveDnsServer(name, { timeoutMs: 1000, lookup: answering('ENOTFOUND') })),
    ).toBe("--dns-server: cannot resolve 'dns.example.test' (ENOTFOUND)");
    expect(await usageMessage(resolveDnsServer(name, { timeoutMs: 1000, lookup: answering([]) }))).toBe(
      "--dns-server: cannot resolve 'dns.example.test' (no address)",
    );
    const never: SystemLookup = () => new Promise(() => {});
    expect(await usageMessage(resolveDnsServer(name, { timeoutMs: 50, lookup: never }))).toBe(
      "--dns-server: cannot resolve 'dns.example.test' (no answer within 0.1 s)",
    );
  });

  it('fails a .invalid name at once, without asking the system', async () => {
    let asked = false;
    const lookup: SystemLookup = async () => {
      asked = true;
      return [{ address: '127.0.0.1', family: 4 }];
    };
    const name = { kind: 'name', name: 'dns.mailports.invalid', port: 53 } as const;
    expect(await usageMessage(resolveDnsServer(name, { timeoutMs: 1000, lookup }))).toContain(
      'a .invalid name never resolves',
    );
    expect(asked).toBe(false);
  });
});
