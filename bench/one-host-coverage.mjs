// What each tool of bench/one-host.mjs reported, read from its own output: how many ports answered
// (greeting or capabilities seen), on how many the capabilities were read inside TLS, and on how many
// the certificate was verified (and how: chain and name, or chain only). Nothing here is inferred from
// what the server is known to offer; a tool that did not print it did not report it.

/** `{ answered, capsAfterTls, certVerified, verifiedHow }` counts for one run of one tool. */
function coverage(answered, capsAfterTls, certVerified, verifiedHow) {
  return { answered, capsAfterTls, certVerified, verifiedHow };
}

/** mailports JSON: the CLI's document (`results`) or bench/probes.mjs's array of results. */
export function mailportsCoverage(text) {
  let document;
  try {
    document = JSON.parse(text);
  } catch {
    return coverage(0, 0, 0, 'chain and name');
  }
  const results = Array.isArray(document) ? document : (document.results ?? []);
  const hasCapabilities = (list) => Array.isArray(list) && list.length > 0;
  return coverage(
    results.filter(
      (result) => hasCapabilities(result.capabilitiesBefore) || hasCapabilities(result.capabilitiesAfter),
    ).length,
    results.filter((result) => result.tls && hasCapabilities(result.capabilitiesAfter)).length,
    results.filter(
      (result) => result.tls?.verdict?.trusted === true && result.tls.verdict.hostnameMatches === true,
    ).length,
    'chain and name',
  );
}

/**
 * nmap's normal output. Its capability scripts read through TLS only on ports it takes for implicit
 * TLS (`implicitPorts`); on STARTTLS ports they read the plaintext list. `ssl-cert` prints the
 * certificate but verifies nothing.
 */
export function nmapCoverage(text, implicitPorts) {
  const blocks = new Map();
  let current = null;
  for (const line of text.split('\n')) {
    const portLine = /^(\d+)\/tcp\s+\S+/.exec(line);
    if (portLine) {
      current = Number(portLine[1]);
      blocks.set(current, []);
    } else if (current !== null && line.startsWith('|')) {
      blocks.get(current).push(line);
    } else {
      current = null;
    }
  }
  const withCapabilities = [...blocks]
    .filter(([, lines]) =>
      lines.some((line) => /(smtp-commands|pop3-capabilities|imap-capabilities):/.test(line)),
    )
    .map(([port]) => port);
  return coverage(
    withCapabilities.length,
    withCapabilities.filter((port) => implicitPorts.includes(port)).length,
    0,
    'shown, not verified',
  );
}

/** Sections of text that start with a marker line; returns `[markerMatch, lines]` pairs. */
function sections(text, marker) {
  const found = [];
  for (const line of text.split('\n')) {
    const match = marker.exec(line);
    if (match) found.push([match, []]);
    else if (found.length > 0) found.at(-1)[1].push(line);
  }
  return found;
}

const opensslSummaryLine = /^(Protocol version|Ciphersuite|Peer certificate|Verification|Verified peername)/;

/** bench/openssl-loop.sh: `== <protocol> <port> <before TLS|after STARTTLS|after STLS|implicit TLS>` sections. */
export function opensslLoopCoverage(text) {
  const answered = new Set();
  const capsAfter = new Set();
  const verified = new Set();
  for (const [match, lines] of sections(text, /^== \w+ (\d+) (.+)$/)) {
    const port = Number(match[1]);
    const capabilityLines = lines.filter((line) => line.trim() !== '' && !opensslSummaryLine.test(line));
    if (capabilityLines.length > 0) answered.add(port);
    if (match[2] === 'before TLS') continue;
    if (capabilityLines.length > 0) capsAfter.add(port);
    if (lines.includes('Verification: OK') && lines.some((line) => line.startsWith('Verified peername:'))) {
      verified.add(port);
    }
  }
  return coverage(answered.size, capsAfter.size, verified.size, 'chain and name');
}

/**
 * swaks transcripts, one per port after an `== swaks <port>` marker. With `--tls-verify` a chain
 * that does not verify ends TLS, so "TLS started" means the chain verified; swaks 20201014 (Debian 12)
 * does not check the name (`--tls-verify-host` came in 2024).
 */
export function swaksCoverage(text) {
  let answered = 0;
  let capsAfter = 0;
  let verified = 0;
  for (const [, lines] of sections(text, /^== swaks (\d+)$/)) {
    if (lines.some((line) => /^<[-~] {2}220 /.test(line))) answered++;
    if (lines.some((line) => line.startsWith('<~  250 '))) capsAfter++;
    if (lines.some((line) => line.startsWith('=== TLS started'))) verified++;
  }
  return coverage(answered, capsAfter, verified, 'chain only, name not checked');
}

/** One line for the table: "8/8 ports, caps after TLS 8/8, cert verified 8/8 (chain and name)". */
export function describeCoverage(result, ports) {
  return (
    `${result.answered}/${ports} ports, caps after TLS ${result.capsAfterTls}/${ports}, ` +
    `cert verified ${result.certVerified}/${ports} (${result.verifiedHow})`
  );
}
