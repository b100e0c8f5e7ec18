import {
  createImapServer,
  createSmtpServer,
  type ImapServerOptions,
  type SmtpServerOptions,
  type TestServer,
} from '@mailports/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { texts } from './__fixtures__/results';
import { recommend } from './recommend';
import type { Recommendation, Role } from './types';

// Real probes against misbehaving testkit servers: checks that the ranking reads the probes'
// actual findings and statuses the way the rules intend.

const servers: Array<{ close(): Promise<void> }> = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const fast = { connect: 2000, greeting: 1500, command: 2000, tls: 2000, overall: 10_000 };

async function smtp(options: SmtpServerOptions): Promise<TestServer & { ca: string }> {
  const server = await createSmtpServer({ users: { ann: 'pw' }, ...options });
  servers.push(server);
  return server;
}

async function imap(options: ImapServerOptions): Promise<TestServer & { ca: string }> {
  const server = await createImapServer({ users: { ann: 'pw' }, ...options });
  servers.push(server);
  return server as TestServer & { ca: string };
}

/** Probes one server as if it were the well-known `port`, and returns that role's recommendation. */
async function judge(role: Role, port: number, server: TestServer & { ca: string }): Promise<Recommendation> {
  const report = await recommend({
    target: '127.0.0.1',
    roles: [role],
    // Every other default port of the role goes to port 1: refused at once on loopback.
    resolvePorts: {
      '465': 1,
      '587': 1,
      '2525': 1,
      '25': 1,
      '993': 1,
      '143': 1,
      '995': 1,
      '110': 1,
      [String(port)]: server.port,
    },
    ca: server.ca,
    timeouts: fast,
  });
  const recommendation = report.recommendations[0];
  if (!recommendation) throw new Error('no recommendation');
  return recommendation;
}

function optionFor(recommendation: Recommendation, wellKnownPort: number) {
  const option = recommendation.options.find((item) => item.wellKnownPort === wellKnownPort);
  if (!option) throw new Error(`no option for ${wellKnownPort}`);
  return option;
}

describe('recommend against misbehaving servers', () => {
  it('infers a misconfigured 465 when it speaks plaintext', async () => {
    const recommendation = await judge('send', 465, await smtp({ preset: 'plaintext-implicit-port' }));
    expect(optionFor(recommendation, 465).verdict).toBe('unusable');
    expect(texts(recommendation.inferences)).toContain(
      'Port 465 speaks plaintext where TLS from the first byte is expected',
    );
  });

  it('rates a 587 that offers AUTH before TLS as works, never recommended', async () => {
    const recommendation = await judge('send', 587, await smtp({ preset: 'auth-before-tls' }));
    const option = optionFor(recommendation, 587);
    expect(option.verdict).toBe('works');
    expect(texts(option.reasons)).toContain('RFC 3207 §4');
  });

  it('rates a 587 without STARTTLS but with plaintext AUTH as works-but-insecure, and picks no best', async () => {
    const recommendation = await judge('send', 587, await smtp({ tls: 'none', allowPlaintextAuth: true }));
    expect(optionFor(recommendation, 587).verdict).toBe('works-but-insecure');
    expect(recommendation.best).toBeNull();
  });

  it('rates a STARTTLS injection as works at best', async () => {
    const recommendation = await judge('send', 587, await smtp({ preset: 'starttls-injection' }));
    const option = optionFor(recommendation, 587);
    expect(option.verdict).toBe('works');
    expect(texts(option.reasons)).toMatch(/injection/i);
  });

  it('keeps a self-signed certificate out of best, citing RFC 8314 §5.3', async () => {
    const recommendation = await judge(
      'send',
      465,
      await smtp({ tls: 'implicit', certificate: 'selfSigned' }),
    );
    const option = optionFor(recommendation, 465);
    expect(option.verdict).toBe('works');
    expect(texts(option.reasons)).toContain('RFC 8314 §5.3');
    expect(recommendation.best).toBeNull();
  });

  it('rates an IMAP server that pre-authenticates in plaintext as insecure', async () => {
    const recommendation = await judge('read', 143, await imap({ preset: 'preauth' }));
    expect(optionFor(recommendation, 143).verdict).toBe('works-but-insecure');
  });
});

describe('recommend: relay and submission nuance, probed for real', () => {
  it('takes a self-signed MX on 25 as the relay answer: works (opportunistic)', async () => {
    const recommendation = await judge('relay', 25, await smtp({ certificate: 'selfSigned' }));
    expect(recommendation.best?.verdict).toBe('works');
    expect(texts(recommendation.best?.reasons ?? [])).toContain('Works (opportunistic)');
  });

  it('rates submission without AUTH as works if your address is authorised', async () => {
    const noAuth = await smtp({ capabilitiesAfterTls: ['PIPELINING', 'SIZE 10240000', '8BITMIME'] });
    const recommendation = await judge('send', 587, noAuth);
    const option = optionFor(recommendation, 587);
    expect(option.verdict).toBe('works');
    expect(texts(option.reasons)).toContain('works if the server authorises your address');
  });
});
