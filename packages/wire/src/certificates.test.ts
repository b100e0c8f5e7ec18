import { readdirSync, readFileSync } from 'node:fs';
import { createSecureContext } from 'node:tls';
import { describe, expect, it } from 'vitest';
import { caSignedCertificate, datedCertificate } from './__fixtures__/certificates';
import { selfSignedCertificate } from './__fixtures__/servers';

describe('the test certificates', () => {
  it('are made in memory, without running an external program such as openssl', () => {
    const fixtures = new URL('./__fixtures__/', import.meta.url);
    for (const file of readdirSync(fixtures)) {
      const source = readFileSync(new URL(file, fixtures), 'utf8');
      expect(source, file).not.toMatch(/child_process|execFile|spawn/);
    }
  });

  it('load into a TLS context, dated and CA-signed ones included', async () => {
    for (const certificate of [
      await selfSignedCertificate(),
      await datedCertificate('20200101000000Z', '20200102000000Z'),
      await caSignedCertificate(),
    ]) {
      expect(() => createSecureContext({ key: certificate.key, cert: certificate.cert })).not.toThrow();
    }
  });
});
