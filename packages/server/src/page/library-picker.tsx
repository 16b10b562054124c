import type { LibrarySection } from '@complexionist/core';
import type { FC } from 'hono/jsx';
import { libraryKind } from './client/render.js';
import { libraryName, serverNames } from './client/server-picker.js';

/** The library checkboxes of the scan form; with several servers each is named `Server/Library`. */
export const Libraries: FC<{ libraries: LibrarySection[] }> = ({ libraries }) => {
  const several = serverNames(libraries).length > 1;
  return (
    <>
      {libraries
        .filter((library) => library.type !== 'other')
        .map((library) => (
          <label class="library">
            <input
              type="checkbox"
              name="library"
              value={libraryName(library, several)}
              data-type={library.type}
            />{' '}
            {libraryName(library, several)}{' '}
            {libraryKind(library) && <span class="badge">{libraryKind(library)}</span>}
          </label>
        ))}
    </>
  );
};

/** One checkbox per server, all checked; hidden until the libraries span several servers. */
export const Servers: FC<{ names: string[] }> = ({ names }) => (
  <fieldset id="servers-field" hidden={names.length < 2}>
    <legend>Servers</legend>
    <div class="libraries" id="servers">
      {names.length > 1 &&
        names.map((name) => (
          <label class="library">
            <input type="checkbox" name="server" value={name} checked /> {name}
          </label>
        ))}
    </div>
  </fieldset>
);
