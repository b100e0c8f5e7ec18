import { isIP } from 'node:net';
import { AddressRate } from './rate';

/** How many connections may be open at once to one address and to one network. */
export interface BudgetLimits {
  /** Connections at once to one IP address. */
  readonly perAddress: number;
  /** Connections at once to one IPv4 /24 or IPv6 /64. */
  readonly perNetwork: number;
  /** New connections to one IP address per clock second; no limit when absent. */
  readonly perAddressPerSecond?: number | undefined;
}

/** The network an address counts against: its IPv4 /24 or IPv6 /64. */
export function networkOf(address: string): string {
  if (isIP(address) === 4) return `${address.slice(0, address.lastIndexOf('.'))}.0/24`;
  if (isIP(address) === 6) {
    const [head = '', tail] = address.toLowerCase().split('::');
    const left = head === '' ? [] : head.split(':');
    const right = tail === undefined || tail === '' ? [] : tail.split(':');
    const groups =
      tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
    return `${groups
      .slice(0, 4)
      .map((group) => group.replace(/^0+(?=.)/, ''))
      .join(':')}::/64`;
  }
  return address;
}

/** Where a probe asks for room to connect; call the returned function exactly once when done. */
export interface Budgets {
  acquire(address: string): Promise<() => void>;
  /** Room at once, or null when the probe would have to wait (then {@link Budgets.acquire}). */
  tryAcquire?(address: string): (() => void) | null;
}

/** A counting semaphore per key; an idle key is forgotten, so memory follows what is in use. */
class KeyedSlots {
  readonly #active = new Map<string, { count: number; waiting: Array<() => void> }>();

  constructor(private readonly limit: number) {}

  acquire(key: string): Promise<void> {
    let slot = this.#active.get(key);
    if (slot === undefined) {
      slot = { count: 0, waiting: [] };
      this.#active.set(key, slot);
    }
    if (slot.count < this.limit) {
      slot.count++;
      return Promise.resolve();
    }
    const queue = slot.waiting;
    return new Promise((resolve) => queue.push(resolve));
  }

  /** Takes a slot when one is free and nobody waits; false otherwise (nothing taken). */
  tryAcquire(key: string): boolean {
    const slot = this.#active.get(key);
    if (slot === undefined) {
      if (this.limit < 1) return false;
      this.#active.set(key, { count: 1, waiting: [] });
      return true;
    }
    if (slot.count >= this.limit || slot.waiting.length > 0) return false;
    slot.count++;
    return true;
  }

  release(key: string): void {
    const slot = this.#active.get(key);
    if (slot === undefined) return;
    const next = slot.waiting.shift();
    if (next !== undefined) next();
    else if (--slot.count === 0) this.#active.delete(key);
  }

  get keys(): number {
    return this.#active.size;
  }
}

/**
 * Connection budgets so no server or network is hammered: a connection waits for a slot on its
 * network, then on its address (always in that order, so two waiters never hold each other's slot),
 * then, with `perAddressPerSecond`, for its turn within the address's rate.
 */
export class ConnectionBudgets implements Budgets {
  readonly #addresses: KeyedSlots;
  readonly #networks: KeyedSlots;
  readonly #rate: AddressRate | null;

  constructor(readonly limits: BudgetLimits) {
    this.#addresses = new KeyedSlots(limits.perAddress);
    this.#networks = new KeyedSlots(limits.perNetwork);
    this.#rate =
      limits.perAddressPerSecond === undefined ? null : new AddressRate(limits.perAddressPerSecond);
  }

  /** Waits for room to connect to `address`; call the returned function exactly once when done. */
  async acquire(address: string): Promise<() => void> {
    const network = networkOf(address);
    await this.#networks.acquire(network);
    await this.#addresses.acquire(address);
    await this.#rate?.wait(address);
    return this.#releaser(address, network);
  }

  /**
   * Room to connect to `address` at once, or null when the probe would have to wait for a slot or for
   * its turn in the address's rate (nothing is taken then). Most probes of a wide scan find room: they
   * skip the promises of {@link ConnectionBudgets.acquire}.
   */
  tryAcquire(address: string): (() => void) | null {
    const network = networkOf(address);
    if (!this.#networks.tryAcquire(network)) return null;
    if (!this.#addresses.tryAcquire(address)) {
      this.#networks.release(network);
      return null;
    }
    if (this.#rate !== null && !this.#rate.tryTake(address)) {
      this.#addresses.release(address);
      this.#networks.release(network);
      return null;
    }
    return this.#releaser(address, network);
  }

  /** Gives both slots back, once however often it is called. */
  #releaser(address: string, network: string): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#addresses.release(address);
      this.#networks.release(network);
    };
  }

  /** Addresses and networks with a connection open or waiting (for tests and progress). */
  get inUse(): { addresses: number; networks: number } {
    return { addresses: this.#addresses.keys, networks: this.#networks.keys };
  }
}
