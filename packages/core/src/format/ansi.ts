/** ANSI styles used by the text formatter. Identity functions when colour is off. */
export interface Styles {
  bold(text: string): string;
  dim(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  green(text: string): string;
}

const wrap =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const plain = (text: string): string => text;

/** ANSI escape codes when `color` is true; plain text otherwise (the caller decides: TTY and no `NO_COLOR`). */
export function createStyles(color: boolean): Styles {
  if (!color) return { bold: plain, dim: plain, yellow: plain, cyan: plain, green: plain };
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    yellow: wrap(33, 39),
    cyan: wrap(36, 39),
    green: wrap(32, 39),
  };
}
