import { describe, expect, it } from 'vitest';
import { CLIENT_ERRORS } from '../data/client-errors.js';
import { ERROR_CAUSES } from '../data/error-causes.js';
import { ERROR_FAMILIES, fixFor, matchClientError } from './match.js';

describe('the client-error catalogue', () => {
  it('has unique ids, known causes, sources, and a pattern that matches its own message', () => {
    const ids = CLIENT_ERRORS.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of CLIENT_ERRORS) {
      expect(entry.sources.length, entry.id).toBeGreaterThan(0);
      expect(entry.causes.length, entry.id).toBeGreaterThan(0);
      for (const cause of entry.causes) expect(ERROR_CAUSES[cause], `${entry.id}: ${cause}`).toBeDefined();
      const matched = matchClientError(entry.message).entries.map((found) => found.id);
      expect(matched, entry.id).toContain(entry.id);
    }
  });

  it('marks every desktop and PHP message as cited rather than reproduced', () => {
    const notRunnable = new Set(['thunderbird', 'outlook', 'phpmailer']);
    for (const entry of CLIENT_ERRORS) {
      if (entry.clients.every((client) => notRunnable.has(client))) {
        expect(entry.evidence.kind, entry.id).toBe('cited');
      }
    }
  });

  it('gives every cause a general fix and a family that has a troubleshooting page', () => {
    const families = new Set(ERROR_FAMILIES.map((family) => family.id));
    for (const cause of Object.values(ERROR_CAUSES)) {
      expect(cause.fixes.any ?? Object.values(cause.fixes)[0], cause.id).toBeTruthy();
      expect(families.has(cause.family), cause.id).toBe(true);
    }
  });
});

describe('matchClientError', () => {
  it('reads nodemailer\'s "Greeting never received" as three possible causes, client nodemailer', () => {
    const match = matchClientError('Error: Greeting never received');
    expect(match.client).toBe('nodemailer');
    expect(match.causes.map((cause) => cause.id)).toEqual([
      'plaintext-to-implicit-tls-port',
      'greeting-delay',
      'silent-server',
    ]);
  });

  it('puts the mode mistake a well-known port invites first', () => {
    const on587 = matchClientError('Unexpected close', { port: 143 });
    expect(on587.causes[0]?.id).toBe('tls-to-plaintext-port');
    const on993 = matchClientError('Connection to server imap.example.com timed out.', { port: 993 });
    expect(on993.causes[0]?.id).toBe('plaintext-to-implicit-tls-port');
  });

  it('leaves the client open for a Node TLS message several clients print, unless told', () => {
    const text = 'Error: certificate has expired';
    expect(matchClientError(text).client).toBeNull();
    expect(matchClientError(text, { client: 'imapflow' }).client).toBe('imapflow');
  });

  it("answers fixes in the client's own option names, and the general fix otherwise", () => {
    const cause = ERROR_CAUSES['plaintext-to-implicit-tls-port'];
    expect(fixFor(cause, 'nodemailer')).toContain('secure: true');
    expect(fixFor(cause, null)).toBe(cause.fixes.any);
    expect(fixFor(ERROR_CAUSES['certificate-name-mismatch'], 'nodemailer')).toContain('servername');
  });

  it('finds nothing in text that is not a known error, and bounds the text it reads', () => {
    expect(matchClientError('all good').entries).toEqual([]);
    expect(matchClientError(`${'x'.repeat(10_000)} certificate has expired`).entries).toEqual([]);
  });
});
