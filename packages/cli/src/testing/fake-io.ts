import { Readable } from 'node:stream';
import type { CliIo } from '../shared/io.js';

/** A {@link CliIo} for in-process tests: captured stdout/stderr, scripted stdin, fixed clock. */
export interface FakeIo {
  io: CliIo;
  stdout(): string;
  stderr(): string;
  /** Aborts the I/O's signal, as Ctrl-C would. */
  interrupt(): void;
  /** URLs the command asked to open in a browser. */
  opened: string[];
}

/** Options of {@link fakeIo}. */
export interface FakeIoOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Lines typed on stdin. */
  input?: string[];
  tty?: Partial<CliIo['isTTY']>;
  now?: Date;
  columns?: number;
}

/** Builds a {@link FakeIo}. */
export function fakeIo(options: FakeIoOptions = {}): FakeIo {
  let out = '';
  let err = '';
  const controller = new AbortController();
  const opened: string[] = [];
  const now = options.now ?? new Date('2026-03-01T12:00:00Z');
  const io: CliIo = {
    stdout: { write: (chunk: string) => (out += chunk) },
    stderr: {
      write: (chunk: string) => (err += chunk),
      ...(options.columns ? { columns: options.columns } : {}),
    },
    stdin: Readable.from((options.input ?? []).map((line) => `${line}\n`)),
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    isTTY: { stdin: false, stdout: false, stderr: false, ...options.tty },
    now: () => now,
    signal: controller.signal,
    openBrowser: async (url) => {
      opened.push(url);
    },
  };
  return {
    io,
    stdout: () => out,
    stderr: () => err,
    interrupt: () => controller.abort(new DOMException('Interrupted', 'AbortError')),
    opened,
  };
}
