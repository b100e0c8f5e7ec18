import { type DemoProvider, type DemoProviderOptions, startDemoProvider } from '@mailports/testkit';
import { afterAll, beforeAll } from 'vitest';
import { type CaFile, writeCaFile } from './local';

/** A demo provider for a test file, with what the command line needs to reach it. */
export interface DemoFixture {
  provider: DemoProvider;
  /** Its CA in a file, for `--ca`. */
  ca: CaFile;
  /** Its ports as `--port-map` takes them: `465=40123,587=…`. */
  portMap: string;
}

/**
 * Starts a demo provider before the file's tests and closes it after them. The fields are filled in
 * `beforeAll`: read them inside tests only.
 */
export function useDemoProvider(options?: DemoProviderOptions): DemoFixture {
  const fixture = {} as DemoFixture;
  beforeAll(async () => {
    fixture.provider = await startDemoProvider(options);
    fixture.ca = writeCaFile(fixture.provider.ca);
    fixture.portMap = Object.entries(fixture.provider.portMap)
      .map(([standard, actual]) => `${standard}=${actual}`)
      .join(',');
  });
  afterAll(async () => {
    await fixture.provider?.close();
    fixture.ca?.remove();
  });
  return fixture;
}
