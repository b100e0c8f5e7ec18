import type { IncomingMessage } from 'node:http';

/** Why a published configuration could not be read; every one is a finding, never a crash. */
export type FetchFailureCode =
  | 'E_FETCH_ADDRESS'
  | 'E_FETCH_NETWORK'
  | 'E_FETCH_TLS'
  | 'E_FETCH_TIMEOUT'
  | 'E_FETCH_STATUS'
  | 'E_FETCH_REDIRECTS'
  | 'E_FETCH_DOWNGRADE'
  | 'E_FETCH_TOO_LARGE'
  | 'E_FETCH_CONTENT_TYPE'
  | 'E_FETCH_ABORTED';

/** How one fetch ended. */
export type FetchOutcome =
  | { ok: true; url: string; body: string; contentType: string }
  | { ok: false; url: string; code: FetchFailureCode; message: string };

/** Bounds and plumbing of every published-configuration fetch. */
export interface FetchLimits {
  /** Largest body read, in bytes; default 128 KiB (autoconfig files are a few KiB). */
  maxBytes: number;
  /** Time for one request, connect to last byte, in ms; default 5000. */
  timeout: number;
  /** Redirects followed at most; default 3 (each must stay on HTTPS unless `allowHttp`). */
  maxRedirects: number;
  /** Allow `http:` URLs and redirects to them; default false. */
  allowHttp: boolean;
  /** Extra trusted CA certificates (PEM), as for the probes. */
  ca?: string | Buffer | Array<string | Buffer> | undefined;
  /** Resolves a name to the addresses to connect to (discovery's resolver). */
  addresses: (host: string) => Promise<string[]>;
  /** For tests and demos: connect to this port instead of the URL's (443). */
  port?: number | undefined;
  signal?: AbortSignal | undefined;
}

const XML_TYPES = /^(?:text|application)\/(?:[\w.+-]+\+)?xml\b/i;

function failure(url: string, code: FetchFailureCode, message: string): FetchOutcome {
  return { ok: false, url, code, message };
}

/** One request, no redirects followed: the response head and a bounded body. */
async function once(
  url: URL,
  limits: FetchLimits,
  request: { method: 'GET' | 'POST'; body?: string },
): Promise<{ response: IncomingMessage; body: Buffer | null; tooLarge: boolean } | FetchOutcome> {
  const text = url.toString();
  const addresses = await limits.addresses(url.hostname).catch(() => []);
  const address = addresses[0];
  if (address === undefined) return failure(text, 'E_FETCH_ADDRESS', `${url.hostname} did not resolve`);
  const secure = url.protocol === 'https:';
  const { request: send } = secure ? await import('node:https') : await import('node:http');
  const { isIP } = await import('node:net');
  return new Promise((resolve) => {
    let settled = false;
    const finish = (value: Awaited<ReturnType<typeof once>>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      limits.signal?.removeEventListener('abort', onAbort);
      handle.destroy();
      resolve(value);
    };
    const handle = send({
      host: address,
      port: url.port ? Number(url.port) : (limits.port ?? (secure ? 443 : 80)),
      path: `${url.pathname}${url.search}`,
      method: request.method,
      // SNI carries names only (RFC 6066 §3); the certificate is still checked against the URL's host.
      ...(isIP(url.hostname.replace(/^\[|\]$/g, '')) === 0 ? { servername: url.hostname } : {}),
      headers: {
        host: url.host,
        'user-agent': 'mailports',
        accept: 'application/xml, text/xml',
        ...(request.body !== undefined
          ? { 'content-type': 'text/xml; charset=utf-8', 'content-length': Buffer.byteLength(request.body) }
          : {}),
      },
      ...(limits.ca !== undefined ? { ca: limits.ca } : {}),
    });
    const timer = setTimeout(
      () => finish(failure(text, 'E_FETCH_TIMEOUT', `no complete answer within ${limits.timeout} ms`)),
      limits.timeout,
    );
    const onAbort = () => finish(failure(text, 'E_FETCH_ABORTED', 'stopped before it finished'));
    limits.signal?.addEventListener('abort', onAbort, { once: true });
    handle.on('error', (error: NodeJS.ErrnoException) => {
      const tls = /CERT|SSL|TLS|SELF_SIGNED|altnames/i.test(`${error.code ?? ''} ${error.message}`);
      finish(failure(text, tls ? 'E_FETCH_TLS' : 'E_FETCH_NETWORK', error.message));
    });
    handle.on('response', (response) => {
      if (response.statusCode !== 200) {
        finish({ response, body: null, tooLarge: false });
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limits.maxBytes) {
          finish({ response, body: null, tooLarge: true });
          return;
        }
        chunks.push(chunk);
      });
      response.on('end', () => finish({ response, body: Buffer.concat(chunks), tooLarge: false }));
      response.on('error', (error) => finish(failure(text, 'E_FETCH_NETWORK', error.message)));
    });
    if (limits.signal?.aborted) onAbort();
    handle.end(request.body);
  });
}

/**
 * Fetches one published configuration within hard bounds: HTTPS only (unless `allowHttp`), at most
 * `maxRedirects` redirects (each checked again, a redirect to `http:` is a downgrade), `maxBytes` of
 * body, `timeout` per request, an XML content type. Never rejects: every failure is an outcome with a
 * stable code and a sentence.
 */
export async function fetchBounded(
  start: string,
  limits: FetchLimits,
  request: { method: 'GET' | 'POST'; body?: string } = { method: 'GET' },
): Promise<FetchOutcome> {
  let url: URL;
  try {
    url = new URL(start);
  } catch {
    return failure(start, 'E_FETCH_NETWORK', 'not a URL');
  }
  const seen = new Set<string>();
  for (let hop = 0; ; hop += 1) {
    const text = url.toString();
    if (url.protocol !== 'https:' && !(limits.allowHttp && url.protocol === 'http:')) {
      return failure(
        text,
        'E_FETCH_DOWNGRADE',
        hop > 0 ? `redirected to ${url.protocol}//, not HTTPS: not followed` : 'not an HTTPS URL',
      );
    }
    if (seen.has(text))
      return failure(text, 'E_FETCH_REDIRECTS', 'the redirects loop back to an earlier URL');
    seen.add(text);
    const answer = await once(url, limits, request);
    if ('ok' in answer) return answer;
    const { response, body, tooLarge } = answer;
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && response.headers.location) {
      if (hop >= limits.maxRedirects) {
        return failure(text, 'E_FETCH_REDIRECTS', `more than ${limits.maxRedirects} redirects`);
      }
      try {
        url = new URL(response.headers.location, url);
      } catch {
        return failure(text, 'E_FETCH_STATUS', 'a redirect to something that is not a URL');
      }
      continue;
    }
    if (status !== 200) return failure(text, 'E_FETCH_STATUS', `HTTP ${status}`);
    if (tooLarge) return failure(text, 'E_FETCH_TOO_LARGE', `larger than ${limits.maxBytes} bytes: not read`);
    const contentType = String(response.headers['content-type'] ?? '');
    if (!XML_TYPES.test(contentType)) {
      return failure(text, 'E_FETCH_CONTENT_TYPE', `served as ${contentType || 'no content type'}, not XML`);
    }
    return { ok: true, url: text, body: (body ?? Buffer.alloc(0)).toString('utf8'), contentType };
  }
}
