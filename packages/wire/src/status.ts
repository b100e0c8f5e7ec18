import type { WireError } from './errors';
import { formatSeconds, type Timeouts } from './timeouts';
import { describeAttempts } from './connect-attempts';
import type { ConnectAttempt, PortStatus } from './types';

/**
 * One plain sentence for a port status, for people. A timeout is reported as "no answer" with the
 * time waited, never as "blocked": silence cannot tell a firewall from a down host. When several
 * addresses were tried and failed, a second sentence lists them. Never throws.
 * @param context.error the error that ended the probe, for its code and message.
 * @param context.attempts the probe's connect attempts (`ProbeResultBase.connectAttempts`).
 */
export function describeStatus(
  status: PortStatus,
  context: { port: number; timeouts: Timeouts; error?: WireError; attempts?: readonly ConnectAttempt[] },
): string {
  const { port, timeouts, error } = context;
  // Every probe that completes asks for this one: it costs nothing more than its words.
  if (status === 'ok') return `Port ${port} answered and the dialogue completed.`;
  const tried = describeAttempts(context.attempts ?? [], timeouts.connect);
  const attempts = tried === null ? '' : ` ${tried}`;
  const code = error?.code;
  const detail = error ? ` ${error.message}` : '';
  switch (status) {
    case 'refused':
      return `Port ${port} refused the connection: nothing listens there, or a firewall rejects it.${attempts}`;
    case 'timeout':
      return `No answer on port ${port} within ${formatSeconds(timeouts.connect)} s (the port may be filtered, or the host is down).${attempts}`;
    case 'no-greeting':
      return `Connected to port ${port}, but no greeting arrived within ${formatSeconds(timeouts.greeting)} s (the server may expect TLS first, or be slow).`;
    case 'reset':
      return `The server reset the connection on port ${port}.${attempts}`;
    case 'closed':
      return `The server closed the connection on port ${port} before the dialogue ended.`;
    case 'tls-failed':
      if (code === 'E_TLS_TIMEOUT')
        return `The TLS handshake on port ${port} got no answer within ${formatSeconds(timeouts.tls)} s.`;
      return `The TLS handshake on port ${port} failed.${detail}`;
    case 'rejected':
      return `The server on port ${port} refused to serve this client.${detail}`;
    case 'protocol-error':
      if (code === 'E_READ_TIMEOUT')
        return `The server on port ${port} stopped answering: no reply within ${formatSeconds(timeouts.command)} s.`;
      if (code === 'E_INVALID_INPUT') return `Invalid input; nothing was sent.${detail}`;
      if (code === 'E_INTERNAL') return `The probe of port ${port} hit an internal error.${detail}`;
      return `The server on port ${port} broke the protocol or a limit.${detail}`;
    case 'dns-failed':
      if (code === 'E_DNS_TIMEOUT')
        return `The DNS lookup got no answer within ${formatSeconds(timeouts.dns)} s.`;
      return 'The host name did not resolve.';
    case 'unreachable':
      return `No route to the host for port ${port} (network or host unreachable).${attempts}`;
    case 'aborted':
      if (code === 'E_DEADLINE')
        return `The probe of port ${port} did not finish within the overall limit of ${formatSeconds(timeouts.overall)} s.`;
      return `The probe of port ${port} was aborted.`;
    default:
      return `Port ${port}: ${String(status)}.`;
  }
}
