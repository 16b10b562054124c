import { createInterface } from 'node:readline';
import { UsageError } from '@complexionist/core';
import type { CliIo } from './io.js';

/** Reads answers line by line from stdin; one reader per conversation so no buffered line is lost. */
function lineReader(io: CliIo): { next(): Promise<string>; close(): void } {
  const rl = createInterface({ input: io.stdin, terminal: false });
  const lines: string[] = [];
  const waiting: Array<{ resolve: (line: string) => void; reject: (error: unknown) => void }> = [];
  let ended = false;
  rl.on('line', (line) => {
    const waiter = waiting.shift();
    if (waiter) waiter.resolve(line.trim());
    else lines.push(line.trim());
  });
  rl.on('close', () => {
    ended = true;
    for (const waiter of waiting.splice(0)) waiter.reject(new UsageError('No answer: stdin was closed'));
  });
  return {
    next() {
      const line = lines.shift();
      if (line !== undefined) return Promise.resolve(line);
      if (ended) return Promise.reject(new UsageError('No answer: stdin was closed'));
      return new Promise((resolve, reject) => {
        const onAbort = () => reject(io.signal.reason);
        io.signal.addEventListener('abort', onAbort, { once: true });
        waiting.push({
          resolve: (value) => {
            io.signal.removeEventListener('abort', onAbort);
            resolve(value);
          },
          reject,
        });
      });
    },
    close: () => rl.close(),
  };
}

/**
 * Asks the user to pick one of `labels` by number (1-based) on stderr and returns its index. Asks again
 * after an answer that is not a listed number; an empty answer picks `defaultIndex`.
 */
export async function askChoice(
  io: CliIo,
  title: string,
  labels: string[],
  defaultIndex: number,
): Promise<number> {
  io.stderr.write(`${title}\n${labels.map((label, i) => `  ${i + 1}) ${label}`).join('\n')}\n`);
  const reader = lineReader(io);
  try {
    for (;;) {
      io.signal.throwIfAborted();
      io.stderr.write(`Choose 1-${labels.length} [${defaultIndex + 1}]: `);
      const answer = await reader.next();
      if (answer === '') return defaultIndex;
      const n = Number(answer);
      if (Number.isInteger(n) && n >= 1 && n <= labels.length) return n - 1;
      io.stderr.write(`Please type a number from 1 to ${labels.length}.\n`);
    }
  } finally {
    reader.close();
  }
}
