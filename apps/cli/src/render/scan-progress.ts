import type { Colors, OutputStream } from '../io';
import type { ScanProgress } from '../scan/engine';

const CLEAR_LINE = '\x1b[2K\r';

function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  if (seconds < 60) return `${Math.round(seconds)}s`;
  if (seconds < 3600)
    return `${Math.floor(seconds / 60)}m${String(Math.round(seconds % 60)).padStart(2, '0')}s`;
  return `${Math.floor(seconds / 3600)}h${String(Math.floor((seconds % 3600) / 60)).padStart(2, '0')}m`;
}

/**
 * One status line for a scan on a terminal's stderr: records written, rate, targets and probes in
 * flight, throttled targets, and — when the input is a file of known size — the share read and an
 * ETA. Redrawn at most four times a second; writes nothing unless `enabled` (stderr is a TTY), so
 * the NDJSON on stdout and piped runs never see it.
 */
export class ScanProgressLine {
  readonly #started = performance.now();
  #last = 0;
  #drawn = false;

  constructor(
    private readonly stream: OutputStream,
    private readonly color: Colors,
    readonly enabled: boolean,
    private readonly inputSize: number | undefined,
  ) {}

  update(progress: ScanProgress, force = false): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (!force && now - this.#last < 250) return;
    this.#last = now;
    const seconds = (now - this.#started) / 1000;
    const rate = progress.written / Math.max(seconds, 0.001);
    const parts = [
      `${progress.written.toLocaleString('en-US')} scanned`,
      `${rate.toFixed(rate < 10 ? 1 : 0)}/s`,
      `${progress.inFlight} in flight (${progress.probing} probing)`,
    ];
    if (progress.throttled > 0) parts.push(this.color.yellow(`${progress.throttled} throttled`));
    if (progress.resumed > 0) parts.push(`${progress.resumed} resumed`);
    if (this.inputSize !== undefined && this.inputSize > 0) {
      const share = Math.min(1, progress.inputBytes / this.inputSize);
      parts.push(`${Math.floor(share * 100)}% read`);
      if (share > 0 && progress.written > 0) parts.push(`ETA ${duration((seconds * (1 - share)) / share)}`);
    }
    const width = Math.max(20, (this.stream.columns || 80) - 1);
    this.stream.write(`${CLEAR_LINE}${this.color.dim(parts.join(' · ').slice(0, width))}`);
    this.#drawn = true;
  }

  /** Erases the line. Safe to call more than once. */
  stop(): void {
    if (!this.enabled || !this.#drawn) return;
    this.stream.write(CLEAR_LINE);
    this.#drawn = false;
  }
}
