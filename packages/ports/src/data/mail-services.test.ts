import { describe, expect, it } from 'vitest';
import { lookupPort } from '../queries.js';
import { MAIL_SERVICES } from './mail-services.js';

describe('MAIL_SERVICES', () => {
  it('gives each service a unique id, sources and at least one submission server', () => {
    const ids = MAIL_SERVICES.map((service) => service.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const service of MAIL_SERVICES) {
      expect(service.sources.length, service.id).toBeGreaterThan(0);
      expect(
        service.endpoints.some((endpoint) => endpoint.role === 'submission'),
        service.id,
      ).toBe(true);
    }
  });

  it('never contradicts the knowledge base on the TLS mode of a registered port', () => {
    for (const service of MAIL_SERVICES) {
      for (const endpoint of service.endpoints) {
        const known = lookupPort(endpoint.port);
        if (known && known.protocol === endpoint.protocol && known.tls !== 'none') {
          expect(endpoint.tls, `${service.id} ${endpoint.host}:${endpoint.port}`).toBe(known.tls);
        }
      }
    }
  });
});
