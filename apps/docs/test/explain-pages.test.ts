import {
  CLIENT_ERRORS,
  ERROR_CAUSES,
  ERROR_FAMILIES,
  fixFor,
  loginPolicyForHost,
  MAIL_SERVICES,
  providersBlocking,
  recommendedPort,
} from '@mailports/ports';
import { describe, expect, it } from 'vitest';
import { pageHtml, pageText } from './_site';

describe('troubleshooting pages, from the client-error catalogue', () => {
  it('one page per family holds each of its messages, its evidence and every cause with each client’s fix', () => {
    for (const family of ERROR_FAMILIES) {
      const text = pageText(`troubleshooting/${family.id}.html`);
      const html = pageHtml(`troubleshooting/${family.id}.html`);
      for (const entry of CLIENT_ERRORS.filter((candidate) => candidate.family === family.id)) {
        expect(text, entry.id).toContain(entry.message.replace(/\s+/g, ' '));
        expect(html, entry.id).toContain(`data-evidence="${entry.evidence.kind}"`);
        for (const id of entry.causes) {
          const cause = ERROR_CAUSES[id];
          expect(text, `${entry.id} → ${id}`).toContain(cause.title);
          for (const client of entry.clients)
            expect(text, `${id} for ${client}`).toContain(fixFor(cause, client));
        }
      }
    }
  });

  it('the index links every message', () => {
    const html = pageHtml('troubleshooting/index.html');
    for (const entry of CLIENT_ERRORS) expect(html, entry.id).toContain(`#${entry.id}`);
  });
});

describe('provider pages, from MAIL_SERVICES', () => {
  it('list every documented server and the networks that block its submission ports', () => {
    for (const service of MAIL_SERVICES) {
      const text = pageText(`services/${service.id}.html`);
      for (const endpoint of service.endpoints) expect(text, service.id).toContain(endpoint.host);
      const ports = new Set(
        service.endpoints
          .filter((endpoint) => endpoint.role === 'submission')
          .map((endpoint) => endpoint.port),
      );
      for (const port of ports) {
        for (const { provider } of providersBlocking(port))
          expect(text, `${service.id} ${port}`).toContain(provider.name);
      }
      for (const source of service.sources)
        expect(pageHtml(`services/${service.id}.html`)).toContain(source.url);
    }
  });
});

describe('provider pages, with the login policy of their hosts', () => {
  it('show each login method and its status from the login-policy data, or say that none is known', () => {
    let withPolicy = 0;
    for (const service of MAIL_SERVICES) {
      const html = pageHtml(`services/${service.id}.html`);
      const text = pageText(`services/${service.id}.html`);
      const policies = new Map(
        service.endpoints.flatMap((endpoint) => {
          const policy = loginPolicyForHost(endpoint.host);
          return policy ? [[policy.id, policy] as const] : [];
        }),
      );
      if (policies.size === 0) {
        expect(html, service.id).toContain('data-login-policy="missing"');
        continue;
      }
      withPolicy += 1;
      for (const policy of policies.values()) {
        expect(html, service.id).toContain(`data-login-policy="${policy.id}"`);
        for (const entry of policy.methods)
          expect(text, `${service.id} ${entry.method}`).toContain(entry.status);
      }
    }
    // The ten documented services are all providers whose login policy the knowledge base has.
    expect(withPolicy).toBeGreaterThan(5);
  });
});

describe('the home page', () => {
  it('carries the standards’ answer for sending, reading and relay in its HTML, before any script runs', () => {
    const html = pageHtml('index.html');
    for (const [role, id] of [
      ['submission', 'send'],
      ['retrieval', 'read'],
      ['relay', 'relay'],
    ] as const) {
      expect(html).toMatch(new RegExp(`data-role="${id}" data-port="${recommendedPort(role).port}"`));
    }
  });
});
