import { describe, expect, it } from 'vitest';
import { resolveSecurity } from './probe';

const IMPLICIT = { implicit: true, starttls: 'never' };
const STARTTLS_OPTIONAL = { implicit: false, starttls: 'if-offered' };

describe('resolveSecurity', () => {
  it('uses implicit TLS for auto mode on 465 only', () => {
    expect(resolveSecurity('auto', 465)).toMatchObject(IMPLICIT);
    expect(resolveSecurity('auto', 587)).toMatchObject(STARTTLS_OPTIONAL);
    expect(resolveSecurity('auto', 25)).toMatchObject(STARTTLS_OPTIONAL);
    expect(resolveSecurity('auto', 2525)).toMatchObject(STARTTLS_OPTIONAL);
  });

  it('follows an explicit mode on any port', () => {
    expect(resolveSecurity('implicit', 587)).toMatchObject(IMPLICIT);
    expect(resolveSecurity('starttls', 465)).toMatchObject({ implicit: false, starttls: 'required' });
    expect(resolveSecurity('plain', 465)).toMatchObject({ implicit: false, starttls: 'never' });
  });
});
