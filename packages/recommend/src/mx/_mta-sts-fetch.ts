import * as https from 'node:https';
import * as tls from 'node:tls';
import { MxError } from './errors';

/** How to fetch one policy. */
export interface PolicyFetchOptions {
  /** `mta-sts.<domain>`: the name in the URL, the SNI and the certificate check. */
  host: string;
  /** The address to connect to (resolved by the caller through its resolver). */
  address: string;
  port: number;
  /** Extra trusted CAs (PEM), added to Node's roots. */
  ca?: string[];
  timeoutMs: number;
  maxBytes: number;
  signal?: AbortSignal;
}

/** A fetched policy body, with the evidence of the exchange. */
export interface PolicyFetchResult {
  body: string;
  status: number;
  contentType: string | null;
  bytes: number;
  durationMs: number;
}

/** Evidence kept when the fetch failed part-way. */
export interface PolicyFetchFailure {
  error: MxError;
  status: number | null;
  contentType: string | null;
  bytes: number;
  durationMs: number;
}

const TLS_ERRORS = /CERT|SELF_SIGNED|ALTNAME|UNABLE_TO|HOSTNAME|ISSUER/;

/**
 * Fetches `https://<host>/.well-known/mta-sts.txt` by the rules of RFC 8461 §3.3: the certificate must
 * be PKIX-valid for `host`; only status 200 is accepted and redirects are not followed; no cache; the
 * body is read up to `maxBytes` and the whole exchange (slow drip included) within `timeoutMs`; the
 * media type must be `text/plain`.
 * @returns The body, or the failure with a stable code (`E_POLICY_TLS`, `E_POLICY_REDIRECT`,
 * `E_POLICY_STATUS`, `E_POLICY_CONTENT_TYPE`, `E_POLICY_TOO_LARGE`, `E_POLICY_TIMEOUT`,
 * `E_POLICY_NETWORK`, `E_ABORTED`). Never rejects.
 */
export function fetchPolicy(
  options: PolicyFetchOptions,
): Promise<{ ok: true; result: PolicyFetchResult } | { ok: false; failure: PolicyFetchFailure }> {
  const started = Date.now();
  return new Promise((resolve) => {
    let status: number | null = null;
    let contentType: string | null = null;
    let bytes = 0;
    let settled = false;
    const finish = (outcome: { body: string } | MxError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      request.destroy();
      const durationMs = Date.now() - started;
      if (outcome instanceof MxError)
        resolve({ ok: false, failure: { error: outcome, status, contentType, bytes, durationMs } });
      else
        resolve({
          ok: true,
          result: { body: outcome.body, status: status ?? 200, contentType, bytes, durationMs },
        });
    };
    const request = https.request({
      host: options.address,
      port: options.port,
      path: '/.well-known/mta-sts.txt',
      method: 'GET',
      servername: options.host,
      headers: { host: options.host, 'cache-control': 'no-cache', 'user-agent': 'mailports' },
      ca: [...tls.rootCertificates, ...(options.ca ?? [])],
      rejectUnauthorized: true,
      checkServerIdentity: (_name, certificate) => tls.checkServerIdentity(options.host, certificate),
      agent: false,
    });
    const timer = setTimeout(
      () =>
        finish(new MxError('E_POLICY_TIMEOUT', `the policy fetch took longer than ${options.timeoutMs} ms`)),
      options.timeoutMs,
    );
    const onAbort = () => finish(new MxError('E_ABORTED', 'the policy fetch was stopped'));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    request.on('error', (error: NodeJS.ErrnoException) => {
      const code = String(error.code ?? '');
      if (TLS_ERRORS.test(code) || TLS_ERRORS.test(error.message)) {
        finish(
          new MxError(
            'E_POLICY_TLS',
            `the certificate of ${options.host} is not valid for it (${code || error.message})`,
          ),
        );
      } else finish(new MxError('E_POLICY_NETWORK', `${options.host}: ${code || error.message}`));
    });
    request.on('response', (response) => {
      status = response.statusCode ?? 0;
      contentType = response.headers['content-type'] ?? null;
      if (status >= 300 && status < 400) {
        const location = String(response.headers.location ?? '').slice(0, 200);
        return finish(
          new MxError(
            'E_POLICY_REDIRECT',
            `the policy host redirects (${status}${location ? ` to ${location}` : ''}); senders do not follow redirects`,
          ),
        );
      }
      if (status !== 200)
        return finish(new MxError('E_POLICY_STATUS', `the policy host answered ${status}, not 200`));
      const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
      if (mediaType !== 'text/plain') {
        return finish(
          new MxError(
            'E_POLICY_CONTENT_TYPE',
            `the policy is served as ${contentType ?? 'no media type'}, not text/plain`,
          ),
        );
      }
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes > options.maxBytes) {
          return finish(
            new MxError('E_POLICY_TOO_LARGE', `the policy is larger than ${options.maxBytes} bytes`),
          );
        }
        chunks.push(chunk);
      });
      response.on('end', () => finish({ body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', (error) =>
        finish(new MxError('E_POLICY_NETWORK', `the policy body failed: ${error.message}`)),
      );
    });
    request.end();
  });
}
