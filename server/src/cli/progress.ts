// The progress line of a folder analysis on a terminal: a bar, files done, rate and time left.
// Drawn on standard error only when it is a terminal; nothing is drawn when it is piped or a file.

export class Progress {
  private done = 0;
  private drawn = false;
  private lastDraw = -Infinity;
  private readonly started: number;

  constructor(
    private readonly total: number,
    private readonly write: (text: string) => void,
    private readonly columns: number = 80,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  /** One more file done; redraws at most ten times a second. */
  tick(): void {
    this.done++;
    const t = this.now();
    if (t - this.lastDraw >= 100 || this.done === this.total) this.draw(t);
  }

  /** Prints a line (an error) above the bar. */
  note(text: string): void {
    this.clear();
    this.write(text);
    this.draw(this.now());
  }

  /** Removes the bar: what stays on the terminal is the output and the summary. */
  end(): void {
    this.clear();
  }

  /** "[#####.....] 4567/10000 45% 812 files/s ETA 7s", fitted to the terminal's width. */
  line(t: number): string {
    const seconds = (t - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const left = rate > 0 ? (this.total - this.done) / rate : NaN;
    const pct = this.total > 0 ? Math.floor((100 * this.done) / this.total) : 100;
    const tail = ` ${this.done}/${this.total} ${pct}% ${rate >= 10 ? Math.round(rate) : rate.toFixed(1)} files/s ETA ${Number.isFinite(left) ? duration(left) : '?'}`;
    const width = Math.max(10, Math.min(40, this.columns - tail.length - 3));
    const full = this.total > 0 ? Math.round((width * this.done) / this.total) : width;
    return `[${'#'.repeat(full)}${'.'.repeat(width - full)}]${tail}`;
  }

  private draw(t: number): void {
    this.lastDraw = t;
    this.write(`\r${this.line(t)}\x1b[K`);
    this.drawn = true;
  }

  private clear(): void {
    if (this.drawn) this.write('\r\x1b[K');
    this.drawn = false;
  }
}

function duration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  const m = Math.floor(seconds / 60);
  return m < 60 ? `${m}m${String(Math.ceil(seconds % 60)).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
