/** A stream the CLI writes text to (process.stdout/stderr, or a test buffer). */
export interface TextSink {
  write(chunk: string): unknown;
  /** Terminal width, when the sink is a terminal. */
  columns?: number;
}

/** Where interactive input comes from (process.stdin, or a test stream). */
export type TextSource = NodeJS.ReadableStream;

/**
 * Everything a command touches in the outside world. `bin.ts` builds it from `process`; tests pass their own,
 * so every command runs in-process without a terminal.
 */
export interface CliIo {
  stdout: TextSink;
  stderr: TextSink;
  stdin: TextSource;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Which of the three streams are terminals (decides colour, progress bars and prompts). */
  isTTY: { stdin: boolean; stdout: boolean; stderr: boolean };
  /** The clock; every date comparison of a scan uses it. */
  now: () => Date;
  /** Aborted on Ctrl-C. */
  signal: AbortSignal;
  /** Opens a URL in the user's browser; resolves whether or not it worked. Absent means "cannot". */
  openBrowser?: (url: string) => Promise<void>;
}
