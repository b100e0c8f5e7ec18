import { EXIT, UsageError } from '../errors';
import { createOutput, type Io, processIo } from '../io';
import { PROTOCOLS, suggest } from '../options';
import type { PortsFlags } from '../flags';
import { envelope, serialize } from '../render/json';
import { portDetail, portsTable } from '../render/ports';
import { printable } from '../sanitize';

/**
 * `mailports ports [port|protocol]`: the knowledge base as a table, filtered by protocol, or one port
 * in depth. Resolves to 0, or 1 for a port number the knowledge base does not know.
 * @throws UsageError for a word that is neither a port nor a protocol.
 */
export async function portsCommand(
  query: string | undefined,
  flags: PortsFlags,
  io: Io = processIo(),
): Promise<number> {
  const ports = await import('@mailports/ports');
  const output = createOutput(io, flags.color);
  const { color } = output;
  const text = query?.trim().toLowerCase();
  const protocols: readonly string[] = [
    ...new Set([...PROTOCOLS, ...ports.listPorts().map((entry) => entry.protocol)]),
  ];

  if (text === undefined || protocols.includes(text)) {
    const entries = ports.listPorts(
      text === undefined ? {} : { protocol: text as (typeof ports.ALL_PORTS)[number]['protocol'] },
    );
    if (flags.json)
      output.out(serialize({ ...envelope('ports', 'ports'), query: text ?? null, ports: entries }));
    else {
      output.out(portsTable(entries, color, output.width));
      output.out();
      output.out(color.dim('mailports ports <port> for one port in depth: history, RFCs, blocks, myths.'));
    }
    return EXIT.ok;
  }

  if (!/^\d+$/.test(text)) {
    const guess = suggest(text, protocols);
    throw new UsageError(
      `'${printable(query!)}' is neither a port number nor a protocol${guess ? ` — did you mean ${guess}?` : ''}`,
      `try a port (465) or one of: ${protocols.join(', ')}`,
    );
  }
  const port = Number(text);
  if (port < 1 || port > 65535) throw new UsageError(`port must be 1–65535 (got ${text})`);
  const entry = ports.lookupPort(port);
  if (!entry) {
    const known = ports
      .listPorts()
      .map((item) => item.port)
      .join(', ');
    if (flags.json)
      output.out(serialize({ ...envelope('ports', 'port'), query: text, port: null, myths: [], blocks: [] }));
    else {
      output.err(`port ${port} is not in the knowledge base`);
      output.err(`  known ports: ${known}`);
    }
    return EXIT.none;
  }
  const extras = portExtras(ports, port);
  if (flags.json)
    output.out(serialize({ ...envelope('ports', 'port'), query: text, port: entry, ...extras }));
  else for (const line of portDetail(entry, extras, color, output.width)) output.out(line);
  return EXIT.ok;
}

type PortsModule = typeof import('@mailports/ports');

/** Myths about a port (with corrections) and the networks that block it. */
function portExtras(ports: PortsModule, port: number) {
  return { myths: ports.myths({ port }), blocks: ports.providersBlocking(port) };
}
