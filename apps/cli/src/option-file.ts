import { X509Certificate } from 'node:crypto';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { UsageError } from './errors';
import { printable } from './sanitize';

/**
 * The most a file named on the command line may hold (`--ca`): 1 MiB. The Mozilla CA bundle is about
 * 220 kB, so a real bundle fits four times over; anything bigger is a mistake, or a device.
 */
export const OPTION_FILE_MAX_BYTES = 1024 * 1024;

/**
 * Reads a file named by an option, bounded: a regular file only (a FIFO, a device such as
 * `/dev/zero` or a directory is refused before a byte is read, and opening never waits for a
 * writer), at most {@link OPTION_FILE_MAX_BYTES} (checked on the size and again while reading, for a
 * file that grows).
 * @param option - The option's name for messages, e.g. `--ca`.
 * @throws UsageError naming the option, the file and why.
 */
export async function readOptionFile(option: string, path: string): Promise<Buffer> {
  const maxBytes = OPTION_FILE_MAX_BYTES;
  const shown = printable(path);
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    // O_NONBLOCK: opening a FIFO no one writes to returns at once instead of waiting forever.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError(`${option}: cannot read '${shown}' (${code})`, 'pass a regular file');
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      throw new UsageError(
        `${option}: '${shown}' is not a regular file`,
        'pass a file (not a directory, device or pipe)',
      );
    }
    const tooBig = () =>
      new UsageError(
        `${option}: '${shown}' is larger than ${OPTION_FILE_MAX_BYTES / 1024 / 1024} MiB`,
        'pass only the certificates you need',
      );
    if (stats.size > maxBytes) throw tooBig();
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    while (length <= maxBytes) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw tooBig();
    // A copy: a view would keep the whole read buffer (the size limit) alive for as long as the
    // contents are used, which for a scan's --ca is the whole run.
    return Buffer.from(buffer.subarray(0, length));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError(`${option}: cannot read '${shown}' (${code})`, 'pass a regular file');
  } finally {
    await handle.close();
  }
}

const BLOCK = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g;

/**
 * Checks a PEM bundle for `--ca`: it must hold at least one certificate block, and every block must
 * be a certificate that parses. A malformed block is refused rather than skipped: TLS would otherwise
 * stop reading the bundle there and drop the certificates after it, without a word.
 * @throws UsageError naming the file and the first bad block.
 */
export function checkCaBundle(pem: Buffer, path: string): Buffer {
  const shown = printable(path);
  const text = pem.toString('latin1');
  const blocks = [...text.matchAll(BLOCK)];
  if (blocks.length === 0) {
    throw new UsageError(
      `--ca: '${shown}' holds no PEM certificate`,
      'the file must contain -----BEGIN CERTIFICATE----- blocks',
    );
  }
  const begins = text.split('-----BEGIN CERTIFICATE-----').length - 1;
  if (begins !== blocks.length) {
    throw new UsageError(
      `--ca: '${shown}' has a certificate block without its END line`,
      'every -----BEGIN CERTIFICATE----- needs its -----END CERTIFICATE-----',
    );
  }
  for (const [index, block] of blocks.entries()) {
    try {
      new X509Certificate(block[0]);
    } catch {
      throw new UsageError(
        `--ca: certificate ${index + 1} of ${blocks.length} in '${shown}' is not a valid certificate`,
        'remove or replace that block; the others would otherwise be ignored with it',
      );
    }
  }
  return pem;
}
