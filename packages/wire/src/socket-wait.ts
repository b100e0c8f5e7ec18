import type { Socket } from 'node:net';
import { onAbort } from './abort-listeners';
import type { Abortable } from './abort-scope';
import type { WireError } from './errors';
import { abortError } from './socket-errors';

/** The wait a socket is in, reached from its listeners through the socket they are called on. */
const WAIT = Symbol('socket wait');
type Waiting = Socket & { [WAIT]?: Settling | undefined };

/** What the shared listeners call on a wait. */
interface Settling {
  settle(error: WireError | null): void;
  failed(error: Error): WireError;
  closed(): WireError;
  timedOut(): WireError;
}

/**
 * One socket operation (a TCP connect, a TLS handshake) as a promise: the success event, an error, a
 * close, the timer or the signal settles it once; every listener it added is removed, and on failure
 * the socket (and `alsoDestroy`) is destroyed. What each outcome means is the subclass's.
 *
 * A class with listeners shared by every socket, not a closure per listener: a scan opens a
 * connection and runs a handshake for every probe, and each closure, `once` wrapper and timer
 * callback made per operation was a cost paid thousands of times.
 */
export abstract class SocketWait<T> implements Settling {
  readonly promise: Promise<T>;
  #resolve!: (value: T) => void;
  #reject!: (error: WireError) => void;
  #settled = false;
  readonly #timer: NodeJS.Timeout;
  readonly #stopListening: (() => void) | null;

  protected constructor(
    protected readonly socket: Socket,
    private readonly success: 'connect' | 'secureConnect',
    protected readonly timeout: number,
    protected readonly step: string,
    signal: Abortable | undefined,
    private readonly alsoDestroy: Socket | null = null,
  ) {
    this.promise = new Promise<T>((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
    (socket as Waiting)[WAIT] = this;
    socket.on(success, onSuccess);
    socket.on('error', onError);
    socket.on('close', onClose);
    this.#timer = setTimeout(onTimeout, timeout, this);
    this.#timer.unref();
    this.#stopListening =
      signal === undefined ? null : onAbort(signal, () => this.settle(abortError(signal, step)));
  }

  /** What the operation resolves with once the success event came. */
  protected abstract value(): T;
  /** The error the socket's `error` event means. */
  abstract failed(error: Error): WireError;
  /** The error a close before success means. */
  abstract closed(): WireError;
  /** The error the timer means. */
  abstract timedOut(): WireError;

  /** Ends the wait: resolves with {@link SocketWait.value} for null, else destroys the sockets and rejects. */
  settle(error: WireError | null): void {
    if (this.#settled) return;
    this.#settled = true;
    clearTimeout(this.#timer);
    this.#stopListening?.();
    const socket = this.socket;
    (socket as Waiting)[WAIT] = undefined;
    socket.removeListener(this.success, onSuccess);
    socket.removeListener('error', onError);
    socket.removeListener('close', onClose);
    if (error === null) {
      try {
        this.#resolve(this.value());
      } catch (bug) {
        // Only a bug gets here; it rejects, as it would from an async function.
        this.#reject(bug as WireError);
      }
      return;
    }
    socket.destroy();
    this.alsoDestroy?.destroy();
    this.#reject(error);
  }
}

function onSuccess(this: Waiting): void {
  this[WAIT]?.settle(null);
}

function onError(this: Waiting, error: Error): void {
  const wait = this[WAIT];
  wait?.settle(wait.failed(error));
}

function onClose(this: Waiting): void {
  const wait = this[WAIT];
  wait?.settle(wait.closed());
}

function onTimeout(wait: Settling): void {
  wait.settle(wait.timedOut());
}
