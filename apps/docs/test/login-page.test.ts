import { LOGIN_FAILURES, LOGIN_POLICIES } from '@mailports/ports';
import { describe, expect, it } from 'vitest';
import { loginPage } from '../scripts/lib/login-pages.mjs';

describe('login page', () => {
  const markdown = loginPage();

  it('has a section per provider with its id anchor, servers and sources', () => {
    for (const policy of LOGIN_POLICIES) {
      expect(markdown).toContain(`{#${policy.id}}`);
      for (const source of policy.sources) expect(markdown).toContain(source.url);
    }
  });

  it('dates Microsoft’s SMTP AUTH retirement and names the settings to use', () => {
    expect(markdown).toContain('2026-01-27');
    expect(markdown).toContain("type: 'OAuth2'");
    expect(markdown).toContain('accessToken');
    expect(markdown).toContain('OAuth2</authentication>');
  });

  it('keeps wildcard host patterns literal (no emphasis)', () => {
    expect(markdown).toContain('<code>&#42;.mail.protection.outlook.com</code>');
  });

  it('lists every failure of the catalogue with its sources', () => {
    for (const entry of LOGIN_FAILURES)
      for (const source of entry.sources) expect(markdown).toContain(source.url);
    expect(markdown).toContain('5.7.139');
  });
});
