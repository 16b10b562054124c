import { constants } from 'node:fs';
import { access, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UsageError } from '@complexionist/core';
import type { CliIo } from '../../shared/io.js';

/** Where a report goes. */
export interface ReportTarget {
  /** A file path (relative to the working directory); absent means stdout. */
  output?: string;
  quiet: boolean;
}

/**
 * Writes a finished report: to stdout (which then holds only the report), or to `--output FILE` with a
 * one-line note on stderr (unless `-q`). The text always ends with a newline.
 */
export async function writeReport(text: string, target: ReportTarget, io: CliIo): Promise<void> {
  const body = text.endsWith('\n') ? text : `${text}\n`;
  if (target.output === undefined) {
    io.stdout.write(body);
    return;
  }
  const path = resolve(io.cwd, target.output);
  try {
    await writeFile(path, body, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(`Cannot write the report to ${target.output} (${reason})`, {
      hint: 'Check that the folder exists and is writable.',
      cause: error,
    });
  }
  if (!target.quiet) io.stderr.write(`Report written to ${target.output}\n`);
}

/**
 * Refuses an `--output` path that cannot be written (no such folder, a folder, no permission) before a scan
 * starts, so a long scan is never lost at the end. Nothing is created: a failed scan leaves no empty file.
 */
export async function checkWritable(output: string, io: CliIo): Promise<void> {
  const path = resolve(io.cwd, output);
  const refuse = (reason: string, cause?: unknown): never => {
    throw new UsageError(`Cannot write the report to ${output}: ${reason}.`, {
      hint: 'Check that the folder exists and is writable, or choose another --output.',
      cause,
    });
  };
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) refuse('it is a folder');
  try {
    await access(existing ? path : dirname(path), constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'not writable';
    const folder = dirname(output) === '.' ? 'the current folder' : `the folder ${dirname(output)}`;
    refuse(code === 'ENOENT' ? `${folder} does not exist` : `permission denied (${code})`, error);
  }
}

/**
 * Colour is for people reading a terminal: only text reports printed to stdout, when stdout is a terminal
 * (or `FORCE_COLOR` is set, e.g. for a pager), and never when `NO_COLOR` is set to anything (no-color.org).
 */
export function useColor(io: CliIo, format: string, output: string | undefined): boolean {
  if (format !== 'text' || output !== undefined || isSet(io.env.NO_COLOR)) return false;
  const force = io.env.FORCE_COLOR;
  return io.isTTY.stdout || (isSet(force) && force !== '0' && force !== 'false');
}

function isSet(value: string | undefined): value is string {
  return value !== undefined && value !== '';
}
