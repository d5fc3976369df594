// Where the command line's commands write: stdout for results, stderr for errors and warnings.
// Commands take this instead of touching process streams so tests can run them in-process.

export interface Output {
  out(text: string): void;
  err(text: string): void;
  /** Whether `err` writes to a terminal: progress bars are drawn only then. */
  readonly errIsTTY?: boolean;
  readonly errColumns?: number;
}

export const processOutput: Output = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  get errIsTTY() {
    return process.stderr.isTTY === true;
  },
  get errColumns() {
    return process.stderr.columns;
  },
};

/** The one-line error format every command uses: `sourced: FILE: reason`. */
export function fileError(output: Output, path: string, reason: string): void {
  output.err(`sourced: ${path}: ${reason}\n`);
}
