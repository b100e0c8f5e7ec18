import { version } from '../../package.json';
import { jsonSafe } from '../sanitize';

/** The `schemaVersion` of every JSON document the CLI prints; bumped on any incompatible change. */
export const SCHEMA_VERSION = 1;

/** The envelope every `--json` document shares (see apps/cli/schema/*.schema.json). */
export interface Envelope {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly tool: { readonly name: 'mailports'; readonly version: string };
  readonly command: string;
  readonly kind: string;
  readonly generatedAt: string;
}

/** The envelope for a command's document. */
export function envelope(command: string, kind: string): Envelope {
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'mailports', version },
    command,
    kind,
    generatedAt: new Date().toISOString(),
  };
}

/**
 * One JSON document, pretty-printed, with every character a terminal could act on escaped (JSON.stringify
 * leaves C1 controls and bidi overrides raw). Buffers (a CA) never appear: callers pass plain data.
 */
export function serialize(document: object): string {
  return jsonSafe(JSON.stringify(document, null, 2));
}
