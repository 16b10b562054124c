/**
 * Escape sequences a terminal acts on: CSI (`ESC [ … final`, colours, cursor moves, screen clears), OSC
 * (`ESC ] … BEL` or `ESC ] … ESC \`, window titles and hyperlinks), DCS/SOS/PM/APC strings, and the
 * two-character `ESC x` forms. Removed whole, so no `[31m` debris is left behind.
 */
const ESCAPE_SEQUENCE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /\u001b(?:\[[0-?]*[ -/]*[@-~]?|[\]PX^_][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[ -~])|\u009b[0-?]*[ -/]*[@-~]?/g;

/** Every other C0 control (newline and tab kept), DEL and the C1 controls (U+0080–U+009F). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * `text` without terminal control characters. Titles come from Plex, TMDB and TheTVDB, where anyone can
 * type them: printed raw, `ESC ] 0 ; …` retitles the window, `ESC [ 2 J` clears the screen, and a lone
 * CR lets a title overwrite the line before it.
 */
export function stripControls(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}

/** A copy of plain data (a report) with {@link stripControls} applied to every string in it. */
export function stripControlsDeep<T>(value: T): T {
  if (typeof value === 'string') return stripControls(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => stripControlsDeep(item)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = stripControlsDeep(item);
    return out as T;
  }
  return value;
}
