import { describe, expect, it } from 'vitest';
import type { Source } from '../types.js';
import { ALL_PORTS } from './all-ports.js';

const isCitable = (source: Source) => source.label.trim().length > 0 && /^https:\/\/\S+$/.test(source.url);

describe('port data', () => {
  it('covers the eight main mail ports and the neighbours, once each', () => {
    const ports = ALL_PORTS.map((entry) => entry.port);
    expect(new Set(ports).size).toBe(ports.length);
    expect([...ports].sort((a, b) => a - b)).toEqual([
      24, 25, 26, 110, 143, 465, 587, 993, 995, 2465, 2525, 2587, 4190,
    ]);
  });

  it('gives every entry, spec, IANA row, history event and wrong role a source with an https URL', () => {
    for (const entry of ALL_PORTS) {
      expect(entry.sources.length, `port ${entry.port}`).toBeGreaterThan(0);
      const all = [
        ...entry.sources,
        ...entry.specs.map((spec) => spec.source),
        ...entry.ianaAssignments.flatMap((row) => {
          expect(row.sources.length, `port ${entry.port} IANA ${row.service}`).toBeGreaterThan(0);
          return row.sources;
        }),
        ...entry.history.flatMap((event) => {
          expect(event.sources.length, `port ${entry.port} ${event.date}`).toBeGreaterThan(0);
          return event.sources;
        }),
        ...entry.notFor.flatMap((wrong) => {
          expect(wrong.sources.length).toBeGreaterThan(0);
          return wrong.sources;
        }),
      ];
      for (const source of all)
        expect(isCitable(source), `${entry.port}: ${JSON.stringify(source)}`).toBe(true);
    }
  });

  it('matches each spec reference to its source label and section anchor', () => {
    for (const entry of ALL_PORTS) {
      for (const spec of entry.specs) {
        expect(spec.source.label.startsWith(`RFC ${spec.rfc}`)).toBe(true);
        expect(spec.source.url).toContain(`/rfc${spec.rfc}`);
        if (spec.section !== undefined)
          expect(spec.source.url).toMatch(new RegExp(`#(section|appendix)-${spec.section}$`));
      }
    }
  });

  it('keeps every port in the TLS mode its RFC defines', () => {
    const mode = (port: number) => ALL_PORTS.find((entry) => entry.port === port)?.tls;
    for (const port of [465, 993, 995]) expect(mode(port), `port ${port}`).toBe('implicit');
    for (const port of [25, 587, 143, 110, 4190]) expect(mode(port), `port ${port}`).toBe('starttls');
  });

  it('gives every port the mode its IANA mail service name implies: the "s" services are implicit TLS', () => {
    const implicitServices = new Set(['submissions', 'imaps', 'pop3s']);
    const upgradeServices = new Set(['smtp', 'submission', 'imap', 'pop3', 'sieve']);
    let checked = 0;
    for (const entry of ALL_PORTS) {
      const mailNames = entry.ianaAssignments
        .filter((row) => row.mailRelated && row.status === 'assigned' && row.transport === 'tcp')
        .map((row) => row.service);
      for (const name of mailNames) {
        if (implicitServices.has(name)) expect(entry.tls, `${entry.port} ${name}`).toBe('implicit');
        if (upgradeServices.has(name)) expect(entry.tls, `${entry.port} ${name}`).toBe('starttls');
        if (implicitServices.has(name) || upgradeServices.has(name)) checked += 1;
      }
    }
    expect(checked).toBe(8);
  });

  it('lists as current IANA names exactly the named rows the registry assigns on TCP', () => {
    for (const entry of ALL_PORTS) {
      const assigned = entry.ianaAssignments
        .filter((row) => row.status === 'assigned' && row.transport === 'tcp' && row.service !== '')
        .map((row) => row.service);
      expect([...entry.iana].sort(), `port ${entry.port}`).toEqual([...new Set(assigned)].sort());
    }
  });

  it('marks a port unofficial exactly when IANA names no mail service on it', () => {
    for (const entry of ALL_PORTS) {
      const mailNamed = entry.ianaAssignments.some(
        (row) => row.mailRelated && row.status === 'assigned' && row.service !== '',
      );
      expect(entry.standing === 'unofficial', `port ${entry.port}`).toBe(!mailNamed);
    }
  });

  it('says in words what could not be checked wherever a history event is marked unverified', () => {
    const marked = ALL_PORTS.flatMap((entry) => entry.history).filter((event) => 'unverified' in event);
    expect(marked.length).toBeGreaterThan(0);
    for (const event of marked) expect(event.unverified?.trim().length, event.date).toBeGreaterThan(20);
  });

  it('marks TLS as required exactly on the implicit-TLS ports', () => {
    for (const entry of ALL_PORTS)
      expect(entry.tlsRequired, `port ${entry.port}`).toBe(entry.tls === 'implicit');
  });

  it('lists history oldest first, with ISO dates', () => {
    for (const entry of ALL_PORTS) {
      const dates = entry.history.map((event) => event.date);
      for (const date of dates) expect(date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(dates, `port ${entry.port}`).toEqual([...dates].sort());
    }
  });

  it('records the history the article gets wrong: 25 before 1982, 587 in 1998, 465 revoked then restored', () => {
    const history = (port: number) => ALL_PORTS.find((entry) => entry.port === port)?.history ?? [];
    expect(history(25)[0]?.date).toBe('1981-11');
    expect(history(25).some((event) => event.date === '1982-08' && event.event.includes('RFC 821'))).toBe(
      true,
    );
    expect(history(587)[0]).toMatchObject({ date: '1998-12' });
    expect(history(587)[0]?.event).toContain('Gellens');
    const events465 = history(465)
      .map((event) => event.event)
      .join(' ');
    for (const word of ['smtps', 'revoked', 'urd', 'submissions']) expect(events465).toContain(word);
  });

  it('never uses a relay-only port for submission or the other way round', () => {
    for (const entry of ALL_PORTS) {
      expect(entry.notFor.map((wrong) => wrong.role)).not.toContain(entry.role);
    }
    const smtpSubmission = ALL_PORTS.filter(
      (entry) => entry.protocol === 'smtp' && entry.role === 'submission',
    );
    for (const entry of smtpSubmission) expect(entry.notFor.map((wrong) => wrong.role)).toContain('relay');
  });

  it('explains every port in a few plain sentences', () => {
    for (const entry of ALL_PORTS) {
      const sentences = entry.explanation.split(/(?<=[.!?])\s+/);
      expect(sentences.length, `port ${entry.port}`).toBeGreaterThanOrEqual(2);
      expect(sentences.length, `port ${entry.port}`).toBeLessThanOrEqual(7);
      expect(entry.explanation).toContain(String(entry.port));
    }
  });
});
