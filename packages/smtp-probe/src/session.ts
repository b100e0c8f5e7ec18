import { relayPort } from '@mailports/ports';
import { type TlsOptions, type TokenCredentials, WireError } from '@mailports/wire';
import {
  adoptTls,
  type OpenedWithGreeting,
  openWithGreeting,
  type ProbeContext,
  type SecurityPlan,
  sayGoodbye,
  upgradeWithStarttls,
} from '@mailports/wire/probe';
import { testCredentials } from './auth';
import { SmtpDialogue } from './dialogue';
import { testToken } from './token-auth';
import { diffCapabilities, parseCapabilities } from './capabilities';
import { SmtpProtocolError } from './errors';
import {
  authBeforeTlsFinding,
  greetingDelayedFinding,
  maskedStarttlsKeywords,
  plaintextOnImplicitPortFinding,
  smtpFinding,
  starttlsMaskedFinding,
  starttlsNotOfferedFinding,
  tlsExpectedFinding,
} from './findings';
import { describeReply, type Expect, formatReply } from './reply';
import { clearExposure } from './sasl';
import type { SmtpCapabilities, SmtpDetails, SmtpReply } from './types';

/** What the session was asked to do, with every default applied. */
export interface SessionPlan {
  /** TLS from the first byte, STARTTLS required / if offered / never, and how a mode mismatch is handled. */
  readonly security: SecurityPlan;
  readonly ehloName: string;
  readonly address: string | undefined;
  readonly tls: TlsOptions;
  readonly credentials: { username: string; password: string } | undefined;
  /** A token login test instead of the password one, with OAUTHBEARER's host and port. */
  readonly token?: { credentials: TokenCredentials; endpoint: { host: string; port: number } } | undefined;
  readonly greetingDelayThreshold: number;
}

type State = 'connect' | 'greeting' | 'ehlo' | 'starttls' | 'ehlo-tls' | 'auth' | 'quit' | 'done';

// A diagnosis attempt only confirms a verdict: a server of the other kind answers at once.
const RETRY_TIMEOUTS = { tls: 5000, greeting: 3000 };

/** What EHLO and HELO may be answered with; anything else is a protocol error. */
const HELLO_REPLIES: Expect = [250, 4, 5];

/**
 * One SMTP probe session as an explicit state machine over its dialogue ({@link SmtpDialogue}: every
 * command goes through its `command`); every error is a WireError that `runProbe` turns into the status.
 */
export class SmtpSession extends SmtpDialogue {
  private state: State = 'connect';
  /** The greeting read when the connection was opened, for the `greeting` step. */
  private greetingReply: SmtpReply | null = null;
  /** True once STARTTLS succeeded: the next EHLO is the re-query inside TLS. */
  private upgraded = false;

  constructor(
    ctx: ProbeContext,
    details: SmtpDetails,
    private readonly plan: SessionPlan,
  ) {
    super(ctx, details);
  }

  /** Runs the session to its end. Rejects with a WireError for outcomes `runProbe` settles. */
  run(): Promise<void> {
    // Not an async loop: its suspended frame would be held for the whole session. One reaction on the
    // current step instead, and none for a step that decides at once.
    return new Promise<void>((resolve, reject) => {
      const advance = (state: State): void => {
        try {
          let next: State | Promise<State> = state;
          while (typeof next === 'string') {
            this.state = next;
            if (next === 'done') {
              resolve();
              return;
            }
            next = this.step(next);
          }
          next.then(advance, reject);
        } catch (error) {
          reject(error);
        }
      };
      advance(this.state);
    });
  }

  private step(state: Exclude<State, 'done'>): State | Promise<State> {
    switch (state) {
      case 'connect':
        return this.connect();
      case 'greeting':
        return this.greeting();
      case 'ehlo':
        return this.ehlo();
      case 'starttls':
        return this.starttls();
      case 'ehlo-tls':
        return this.ehlo();
      case 'auth':
        return this.auth();
      case 'quit':
        return this.quit();
    }
  }

  // Not async: the step is the opener's promise and one reaction on it.
  private connect(): Promise<State> {
    return openWithGreeting<SmtpReply, SmtpReply>(this.ctx, {
      plan: this.plan.security,
      address: this.plan.address,
      tls: this.plan.tls,
      protocolName: 'SMTP',
      tlsProof: 'handshake',
      farewell: 'QUIT',
      retryTimeouts: RETRY_TIMEOUTS,
      readGreeting: (connection) => this.read('greeting', this.ctx.timeouts.greeting, connection),
      readPlaintextBanner: (connection, timeout) => this.read('greeting', timeout, connection),
      bannerLine: (banner) => formatReply(banner)[0] ?? '',
      tlsExpectedFinding: (continuing) =>
        tlsExpectedFinding(this.ctx.port, this.plan.security.starttls, continuing),
      plaintextFinding: (banner) => plaintextOnImplicitPortFinding(this.ctx.port, banner),
      onImplicitTls: (connection) => {
        this.ctx.setSecurity('implicit');
        adoptTls(this.ctx, connection.tls);
      },
    }).then((opened) => this.opened(opened));
  }

  /** The connection open and its greeting read, or what the mode diagnosis found instead. */
  private opened(opened: OpenedWithGreeting<SmtpReply, SmtpReply>): State {
    if (opened.kind === 'tls-expected') return 'done';
    if (opened.kind === 'plaintext-on-implicit-port') {
      // A plaintext greeting read as a TLS record fails the handshake: say so, never downgrade.
      this.details.greeting = opened.banner;
      this.ctx.setStatus(
        'tls-failed',
        `Port ${this.ctx.port} speaks plaintext SMTP, not implicit TLS: the TLS handshake failed and a plaintext greeting ${describeReply(opened.banner)} arrived instead.`,
      );
      return 'done';
    }
    this.connection = opened.connection;
    this.greetingReply = opened.greeting;
    return 'greeting';
  }

  private greeting(): State | Promise<State> {
    const reply = this.greetingReply;
    if (reply === null) throw new WireError('E_CLOSED', 'No greeting was read.');
    this.details.greeting = reply;
    this.ctx.setBanner(formatReply(reply)[0] ?? '');
    const waited = this.ctx.timings.greeting ?? 0;
    if (waited > this.plan.greetingDelayThreshold) this.ctx.finding(greetingDelayedFinding(waited));
    if (reply.code === 220) return 'ehlo';
    if (reply.code >= 400) {
      this.refused(reply, 'The server refused the session in its greeting');
      // RFC 5321 §3.1: after 554 the server waits for QUIT; after 421 it closes by itself.
      if (reply.code !== 421) return 'quit';
      return this.conn.close().then(() => 'done');
    }
    throw new SmtpProtocolError(`The greeting is not 220: ${describeReply(reply)}.`, {
      step: 'greeting',
      reply,
    });
  }

  // Not async (the loop in run() turns a throw into a rejection): it returns the reply reader's
  // promise, whose reaction also times the step and reads the reply, so a probe waiting for its
  // server holds no frame and no reaction of its own here.
  private ehlo(): Promise<State> {
    const secure = this.conn.secure;
    const timing = this.upgraded ? 'capabilitiesAfterTls' : 'capabilities';
    const step = secure ? 'ehlo-tls' : 'ehlo';
    this.ctx.beginStep(timing);
    return this.command(`EHLO ${this.plan.ehloName}`, HELLO_REPLIES, step, undefined, (reply) => {
      this.ctx.endStep(timing);
      return this.afterEhlo(reply, secure, step);
    });
  }

  /** Reads the EHLO reply: capabilities, or the HELO fallback after a 5xx, then the next state. */
  private afterEhlo(reply: SmtpReply, secure: boolean, step: string): State | Promise<State> {
    if (reply.code === 250) {
      const capabilities = parseCapabilities(reply);
      if (secure) this.details.ehloAfter = capabilities;
      else this.details.ehloBefore = capabilities;
      this.ctx.setCapabilities(secure ? 'after' : 'before', capabilities.raw);
      return this.capabilitiesKnown(capabilities, secure);
    }
    if (reply.code < 500) {
      this.refused(reply, 'The server refused EHLO');
      return 'quit';
    }
    this.ctx.finding(
      smtpFinding(
        'ehlo-refused',
        `EHLO was refused (${describeReply(reply)}); the probe fell back to HELO, so no extensions are known.`,
      ),
    );
    return this.command(`HELO ${this.plan.ehloName}`, HELLO_REPLIES, step).then((helo) => {
      if (helo.code !== 250) {
        this.refused(helo, 'The server refused HELO');
        return 'quit';
      }
      this.details.usedHelo = true;
      this.ctx.setCapabilities(secure ? 'after' : 'before', []);
      return this.capabilitiesKnown(null, secure);
    });
  }

  /** After a 250 to EHLO (or HELO, with no capabilities): compare with the clear ones inside TLS, else decide on STARTTLS. */
  private capabilitiesKnown(capabilities: SmtpCapabilities | null, secure: boolean): State {
    if (secure) {
      const before = this.details.ehloBefore;
      if (before !== null && capabilities !== null) {
        this.details.capabilityChanges = diffCapabilities(before, capabilities);
      }
      return 'auth';
    }
    return this.afterPlaintextEhlo(capabilities);
  }

  private afterPlaintextEhlo(capabilities: SmtpCapabilities | null): State {
    const offered = capabilities?.starttls ?? false;
    const masked = maskedStarttlsKeywords(Object.keys(capabilities?.extensions ?? {}));
    if (masked.length > 0) this.ctx.finding(starttlsMaskedFinding(masked));
    const summary = { offered, attempted: false, accepted: false, reply: null, injectedBytes: null };
    this.ctx.setStarttls(summary);
    if (this.plan.security.starttls === 'never') {
      this.ctx.setSecurity('plain');
      return 'auth';
    }
    if (offered) return 'starttls';
    const required = this.plan.security.starttls === 'required';
    this.ctx.finding(starttlsNotOfferedFinding(this.ctx.port, required));
    if (required) {
      this.ctx.setStatus(
        'tls-failed',
        `STARTTLS was required but port ${this.ctx.port} does not offer it${this.details.usedHelo ? ' (EHLO was refused)' : ''}.`,
      );
      return 'quit';
    }
    this.ctx.setSecurity('plain');
    return 'auth';
  }

  // Not async: the upgrade's promise and one reaction on it.
  private starttls(): Promise<State> {
    let refusal: SmtpReply | null = null;
    return upgradeWithStarttls(this.ctx, {
      protocol: 'smtp',
      connection: this.conn,
      tls: this.plan.tls,
      send: () =>
        this.command('STARTTLS', [2, 3, 4, 5], 'starttls', undefined, (reply) => {
          if (reply.code !== 220) refusal = reply;
          return { accepted: reply.code === 220, reply: formatReply(reply).join('\n') };
        }),
    }).then(({ upgraded }) => this.afterStarttls(upgraded, refusal));
  }

  private afterStarttls(upgraded: boolean, reply: SmtpReply | null): State {
    if (upgraded) {
      this.upgraded = true;
      // RFC 3207 §4.2: forget everything learnt in clear and ask again inside TLS.
      return 'ehlo-tls';
    }
    const shown = reply === null ? '' : describeReply(reply);
    this.ctx.finding(
      smtpFinding('starttls-refused', `STARTTLS is advertised but the server answered ${shown}.`, {
        lowered: this.ctx.port === relayPort(),
      }),
    );
    if (this.plan.security.starttls === 'required') {
      this.ctx.setStatus('tls-failed', `The server refused STARTTLS: ${shown}.`);
      return 'quit';
    }
    this.ctx.setSecurity('plain');
    return 'auth';
  }

  private auth(): State | Promise<State> {
    const before = this.details.ehloBefore?.auth ?? [];
    const finalCapabilities = this.conn.secure ? this.details.ehloAfter : this.details.ehloBefore;
    const mechanisms = finalCapabilities?.auth ?? [];
    if (before.length > 0) this.ctx.finding(authBeforeTlsFinding(before, clearExposure(before)));
    if (finalCapabilities?.requireTls) {
      this.ctx.finding(
        smtpFinding(
          'requiretls-advertised',
          'The server advertises REQUIRETLS (senders can demand TLS end to end).',
        ),
      );
    }
    this.ctx.setAuth({ mechanisms, beforeTls: before, test: null });
    if (this.plan.token === undefined && this.plan.credentials === undefined) return 'quit';
    return this.loginTest(mechanisms, before);
  }

  /** The login test the user asked for: a token, or a password. */
  private async loginTest(mechanisms: readonly string[], before: readonly string[]): Promise<State> {
    const token = this.plan.token;
    if (token !== undefined) {
      this.ctx.transcript.conceal(token.credentials.accessToken);
      const test = await this.ctx.time('auth', () =>
        testToken({
          secure: this.conn.secure,
          tls: this.conn.tls,
          mechanisms,
          token: token.credentials,
          endpoint: token.endpoint,
          command: (line, expect, redactAs) => this.command(line, expect, 'auth', redactAs),
        }),
      );
      this.ctx.setAuth({ mechanisms, beforeTls: before, test });
    } else if (this.plan.credentials !== undefined) {
      const credentials = this.plan.credentials;
      const test = await this.ctx.time('auth', () =>
        testCredentials({
          secure: this.conn.secure,
          tls: this.conn.tls,
          mechanisms,
          credentials,
          command: (line, expect, redactAs) => this.command(line, expect, 'auth', redactAs),
        }),
      );
      this.ctx.setAuth({ mechanisms, beforeTls: before, test });
    }
    return 'quit';
  }

  /** QUIT politely with a short bound; its failure never changes the outcome. */
  private quit(): State | Promise<State> {
    const connection = this.connection;
    if (connection === null) return 'done';
    return sayGoodbye(this.ctx, connection, (timeout) => {
      const draining = connection.send('QUIT');
      const read = (): Promise<SmtpReply> => this.read('quit', timeout, connection);
      return draining === undefined ? read() : draining.then(read);
    }).then(() => 'done');
  }
}
