/** What a command needs from the outside world: streams, terminal facts and the exit code it sets. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when stdout is a terminal (colour, progress bars). */
  isTTY: boolean;
}

export interface CliContext {
  io: CliIO;
  /** Set by a command; 0 unless it found problems. */
  exitCode: number;
}

export const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
};
