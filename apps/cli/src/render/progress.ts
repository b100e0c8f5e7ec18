import type { Colors, OutputStream } from '../io';

/** One line of the progress display. */
interface Row {
  label: string;
  state: 'waiting' | 'running' | 'done';
  startedAt: number;
  summary: string;
  good: boolean;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const CLEAR_LINE = '\x1b[2K';
const up = (lines: number) => (lines > 0 ? `\x1b[${lines}A` : '');

/**
 * Live progress of parallel probes on a terminal's stderr: one line per port, rewritten in place as
 * probes start and finish, erased when done so only the result remains. It writes nothing unless
 * `enabled` (stderr is a TTY and the output is not JSON), so piped and scripted runs never see it.
 */
export class Progress {
  private readonly rows: Row[] = [];
  private drawn = 0;
  private frame = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly stream: OutputStream,
    private readonly color: Colors,
    readonly enabled: boolean,
  ) {}

  /** Adds a line (e.g. `587/smtp`) and returns its index. */
  add(label: string): number {
    this.rows.push({ label, state: 'waiting', startedAt: 0, summary: '', good: false });
    return this.rows.length - 1;
  }

  /** Marks a line as running. */
  start(index: number): void {
    const row = this.rows[index];
    if (!row) return;
    row.state = 'running';
    row.startedAt = performance.now();
    this.schedule();
  }

  /** Marks a line as finished with a short summary (`ok, implicit TLS`). */
  end(index: number, summary: string, good: boolean): void {
    const row = this.rows[index];
    if (!row) return;
    row.state = 'done';
    row.summary = summary;
    row.good = good;
    this.draw();
  }

  /** Erases the display and stops the animation timer. Safe to call more than once. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (!this.enabled || this.drawn === 0) return;
    let text = up(this.drawn);
    for (let line = 0; line < this.drawn; line++) text += `${CLEAR_LINE}\n`;
    this.stream.write(text + up(this.drawn));
    this.drawn = 0;
  }

  private schedule(): void {
    if (!this.enabled) return;
    if (!this.timer) {
      this.timer = setInterval(() => {
        this.frame = (this.frame + 1) % FRAMES.length;
        this.draw();
      }, 100);
      // Never keep the process alive just to animate.
      this.timer.unref();
    }
    this.draw();
  }

  private draw(): void {
    if (!this.enabled) return;
    // A pseudo-terminal without a size reports 0 columns: assume the classic 80.
    const width = Math.max(20, (this.stream.columns || 80) - 1);
    const now = performance.now();
    const lines = this.rows.map((row) => {
      const label = row.label.padEnd(12);
      let line: string;
      if (row.state === 'waiting') line = `${this.color.dim('·')} ${label} ${this.color.dim('waiting')}`;
      else if (row.state === 'running') {
        const seconds = ((now - row.startedAt) / 1000).toFixed(1);
        line = `${this.color.cyan(FRAMES[this.frame]!)} ${label} ${this.color.dim(`probing… ${seconds}s`)}`;
      } else {
        const mark = row.good ? this.color.green('✓') : this.color.red('✗');
        // Cut before colouring: a wrapped line would break the cursor arithmetic.
        line = `${mark} ${label} ${row.summary.slice(0, Math.max(0, width - label.length - 3))}`;
      }
      return line;
    });
    let text = up(this.drawn);
    for (const line of lines) text += `${CLEAR_LINE}${line}\n`;
    this.drawn = lines.length;
    this.stream.write(text);
  }
}
