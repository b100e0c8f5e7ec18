import { createSelfSignedCertificate, createTestCertificateAuthority } from '@mailports/testkit';
import type { TestCertificate } from './servers';

/** `YYYYMMDDHHMMSSZ` (the form certificates use) as a Date. */
function fromGeneralizedTime(text: string): Date {
  const [, year, month, day, hour, minute, second] =
    /^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)Z$/.exec(text) ?? [];
  if (second === undefined) throw new Error(`not a YYYYMMDDHHMMSSZ time: ${text}`);
  return new Date(Date.UTC(+year!, +month! - 1, +day!, +hour!, +minute!, +second));
}

/**
 * A self-signed certificate for `localhost` valid only between two dates (`YYYYMMDDHHMMSSZ`), to
 * exercise expired and not-yet-valid verdicts. Made in memory by the testkit (no `openssl` binary).
 */
export function datedCertificate(startDate: string, endDate: string): Promise<TestCertificate> {
  return createSelfSignedCertificate({
    names: ['localhost'],
    notBefore: fromGeneralizedTime(startDate),
    notAfter: fromGeneralizedTime(endDate),
  });
}

/**
 * A fresh test root CA and a `localhost` leaf it signed for two days; `cert` is the leaf alone,
 * `ca` the root.
 */
export async function caSignedCertificate(): Promise<TestCertificate & { ca: string }> {
  const authority = await createTestCertificateAuthority({ name: 'CN=Wire Test Root' });
  const leaf = await authority.issue({
    names: ['localhost'],
    notAfter: new Date(Date.now() + 2 * 86_400_000),
  });
  return { ...leaf, ca: authority.cert };
}
