import type { Socket } from 'node:net';

/**
 * Ends an open socket gracefully (TLS close_notify, FIN) and resolves once the peer has closed its
 * side too, or after `timeout` ms, destroying the socket either way; `closed` runs once, just before.
 * Unread bytes drain to nowhere meanwhile, so a paused socket still sees the peer's FIN. One promise
 * and no async frame: every probe's goodbye waits here.
 */
export function endGracefully(socket: Socket, timeout: number, closed: () => void): Promise<void> {
  socket.resume();
  return new Promise<void>((resolve) => {
    let ended = false;
    const done = (): void => {
      // The timer's destroy emits 'close' too.
      if (ended) return;
      ended = true;
      clearTimeout(timer);
      socket.destroy();
      closed();
      resolve();
    };
    const timer = setTimeout(done, timeout);
    timer.unref();
    socket.once('close', done);
    socket.end();
  });
}
