import { ianaSource } from '../citations.js';
import type { IanaAssignment, IanaStatus, Source } from '../types.js';

/** What differs from the common case: an assigned TCP row about mail, cited to the registry. */
interface RowOptions {
  readonly transport?: 'tcp' | 'udp';
  readonly status?: IanaStatus;
  readonly mailRelated?: boolean;
  readonly registered?: string;
  readonly sources?: readonly Source[];
}

/**
 * One row of the IANA Service Name and Transport Protocol Port Number Registry for `port`, as the
 * registry lists it. Defaults: TCP, assigned, about mail, cited to the registry's search for `port`.
 * @param port - The port number the row is filed under.
 * @param service - The service name; `''` where the registry gives none (e.g. "Reserved").
 * @param description - The registry's Description column, verbatim.
 * @param options - Transport, status, mail relevance, registration date or sources that differ.
 */
export function ianaRow(
  port: number,
  service: string,
  description: string,
  options: RowOptions = {},
): IanaAssignment {
  return {
    service,
    transport: options.transport ?? 'tcp',
    status: options.status ?? 'assigned',
    description,
    mailRelated: options.mailRelated ?? true,
    ...(options.registered === undefined ? {} : { registered: options.registered }),
    sources: options.sources ?? [ianaSource(port)],
  };
}

/** The UDP twin the registry keeps for many mail ports: "Reserved", no service name. */
export function reservedUdp(port: number): IanaAssignment {
  return ianaRow(port, '', 'Reserved', { transport: 'udp', status: 'reserved', mailRelated: false });
}
