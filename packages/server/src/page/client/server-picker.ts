/** The scan form's server picker and `Server/Library` names, shown when the libraries span several servers. */
import { esc, libraryKind } from './render.js';

/** A library as `/api/libraries` lists it (`server` is set when several servers are configured). */
export interface PickerLibrary {
  title: string;
  type: string;
  server?: string;
}

/** The distinct server names, in the order the libraries list them; empty with one unnamed server. */
export function serverNames(libraries: readonly PickerLibrary[]): string[] {
  return [...new Set(libraries.flatMap((library) => (library.server ? [library.server] : [])))];
}

/** `Tower/Movies` when there are several servers, else the library's title. */
export function libraryName(library: PickerLibrary, several: boolean): string {
  return several && library.server ? `${library.server}/${library.title}` : library.title;
}

/** A library checkbox; with several servers it names its server (`Tower/Movies`, as a scan accepts it). */
export function pickerLibraryHtml(library: PickerLibrary, several: boolean): string {
  const kind = libraryKind(library);
  const name = libraryName(library, several);
  return `<label class="library"><input type="checkbox" name="library" value="${esc(name)}" data-type="${esc(
    library.type,
  )}"> ${esc(name)}${kind ? ` <span class="badge">${kind}</span>` : ''}</label>`;
}

/** One checkbox per server, all checked (every server is scanned by default). */
export function serverPickerHtml(names: readonly string[]): string {
  return names
    .map(
      (name) =>
        `<label class="library"><input type="checkbox" name="server" value="${esc(name)}" checked> ${esc(name)}</label>`,
    )
    .join('');
}

/**
 * The `servers` a scan sends: the checked ones, or none (every server) when all or none are checked, so a
 * scan with the defaults equals one made without the page.
 */
export function chosenServers(boxes: readonly { value: string; checked: boolean }[]): string[] {
  const checked = boxes.filter((box) => box.checked).map((box) => box.value);
  return checked.length === boxes.length ? [] : checked;
}
