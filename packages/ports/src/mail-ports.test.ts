import { describe, expect, it } from 'vitest';
import {
  implicitTlsPorts,
  preferredPorts,
  protocolOfPort,
  relayPort,
  starttlsSubmissionPort,
  unofficialSubmissionPorts,
  wellKnownMailPorts,
} from './mail-ports.js';
import { listPorts, lookupPort, recommendedPort, srvLabels, standingFor } from './queries.js';

describe('wellKnownMailPorts', () => {
  it('lists the eight SMTP, POP3 and IMAP ports in reading order', () => {
    expect(wellKnownMailPorts().map((entry) => entry.port)).toEqual([25, 465, 587, 2525, 110, 995, 143, 993]);
  });

  it('leaves out the neighbours and the sending services alternatives', () => {
    const ports = wellKnownMailPorts().map((entry) => entry.port);
    for (const port of [24, 4190, 2465, 2587]) expect(ports).not.toContain(port);
  });

  it('filters by protocol and role', () => {
    expect(wellKnownMailPorts({ protocol: 'pop3' }).map((entry) => entry.port)).toEqual([110, 995]);
    expect(wellKnownMailPorts({ role: 'submission' }).map((entry) => entry.port)).toEqual([465, 587, 2525]);
  });
});

describe('protocolOfPort', () => {
  it('names the protocol of every known port and nothing for an unknown one', () => {
    expect(protocolOfPort(993)).toBe('imap');
    expect(protocolOfPort(110)).toBe('pop3');
    expect(protocolOfPort(2525)).toBe('smtp');
    expect(protocolOfPort(4190)).toBe('managesieve');
    expect(protocolOfPort(80)).toBeUndefined();
  });

  it('agrees with every entry of the knowledge base', () => {
    for (const entry of listPorts()) expect(protocolOfPort(entry.port)).toBe(entry.protocol);
  });
});

describe('implicitTlsPorts', () => {
  it('is 465, 995 and 993, or one protocol’s port', () => {
    expect(implicitTlsPorts()).toEqual([465, 995, 993]);
    expect(implicitTlsPorts('smtp')).toEqual([465]);
    expect(implicitTlsPorts('imap')).toEqual([993]);
    expect(implicitTlsPorts('pop3')).toEqual([995]);
  });
});

describe('preferredPorts', () => {
  it('orders submission as the standards do: 465, then 587, then the unofficial 2525', () => {
    const ports = preferredPorts('submission');
    expect(ports.map((choice) => [choice.port, choice.standing])).toEqual([
      [465, 'recommended'],
      [587, 'supported'],
      [2525, 'unofficial'],
    ]);
  });

  it('puts IMAP before POP3 and implicit TLS before STARTTLS for retrieval', () => {
    expect(
      preferredPorts('retrieval').map((choice) => `${choice.port}/${choice.protocol}/${choice.tls}`),
    ).toEqual(['993/imap/implicit', '143/imap/starttls', '995/pop3/implicit', '110/pop3/starttls']);
  });

  it('has only 25 for relay', () => {
    expect(preferredPorts('relay').map((choice) => choice.port)).toEqual([25]);
  });

  it('starts with the port recommendedPort names, for every role', () => {
    for (const role of ['submission', 'relay', 'retrieval'] as const) {
      expect(preferredPorts(role)[0]?.port).toBe(recommendedPort(role).port);
    }
  });

  it('orders the submission and mailbox SRV labels the same way', () => {
    const bySrv = [...srvLabels({ role: 'submission' }), ...srvLabels({ role: 'retrieval' })].map(
      (label) => label.port,
    );
    const byRole = [...preferredPorts('submission'), ...preferredPorts('retrieval')]
      .map((choice) => choice.port)
      .filter((port) => bySrv.includes(port));
    expect(byRole).toEqual(bySrv);
  });
});

describe('relayPort, unofficialSubmissionPorts and starttlsSubmissionPort', () => {
  it('name the relay port, the unregistered submission fallback and the STARTTLS submission port from the port data', () => {
    expect(relayPort()).toBe(recommendedPort('relay').port);
    expect(lookupPort(relayPort())?.role).toBe('relay');
    expect(unofficialSubmissionPorts().length).toBeGreaterThan(0);
    for (const port of unofficialSubmissionPorts())
      expect(standingFor(port, 'submission')).toBe('unofficial');
    expect(lookupPort(starttlsSubmissionPort())?.tls).toBe('starttls');
    expect(standingFor(starttlsSubmissionPort(), 'submission')).not.toBe('unofficial');
  });
});
