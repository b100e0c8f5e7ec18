import type { ErrorCauseId } from '@mailports/ports';
import type { TestPki, TestServer, UnansweredPort } from '@mailports/testkit';

/** What every case may use: the test CA, a file with it, trust options, and a server registry. */
export interface CaseContext {
  readonly pki: TestPki;
  /** Path of a PEM file holding the test CA, for --ca. */
  readonly caFile: string;
  /** Client TLS options that trust the test CA and check the name `localhost`. */
  readonly trust: { ca: string; servername: string };
  /** explain flags that trust the test CA and check `localhost`. */
  readonly verified: string[];
  /** Registers a started server to be closed after the tests. */
  keep<T extends TestServer | UnansweredPort>(server: Promise<T>): Promise<T>;
}

/** One reproduction: a misbehaving server, the real client failing against it, the cause explain must name. */
export interface Case {
  readonly name: string;
  /** Needs the openssl command line. */
  readonly openssl?: boolean;
  /** Needs Python 3. */
  readonly python?: boolean;
  readonly entry: string;
  readonly cause: ErrorCauseId | null;
  readonly fixContains?: string;
  /** Starts the misbehaving server and makes the real client fail against it. */
  readonly provoke: () => Promise<{ message: string; port: number }>;
  readonly explainFlags?: string[];
}
