import { isMap, isSeq } from 'yaml';
import { editYamlFile } from './yaml-file.js';

/** `PLEX_TOKEN_ANNEX`: the `.env` variable holding the token of the server `name` added by sign-in. */
export function serverTokenVariable(name: string): string {
  const tail = name
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return `PLEX_TOKEN_${tail || 'SERVER'}`;
}

/**
 * Adds a server to `plex.servers` in a YAML file (keeping comments and every other key), its token written as
 * a `${VAR}` reference so the secret stays in `<home>/.env`. An entry of the same name (any case) is replaced.
 */
export function addPlexServerToFile(
  file: string,
  entry: { name: string; url: string; tokenVariable: string },
): void {
  editYamlFile(file, (doc) => {
    const node = doc.createNode({ name: entry.name, url: entry.url, token: `\${${entry.tokenVariable}}` });
    const list = doc.getIn(['plex', 'servers']);
    if (!isSeq(list)) {
      doc.setIn(['plex', 'servers'], doc.createNode([]));
    }
    const seq = doc.getIn(['plex', 'servers']);
    if (!isSeq(seq)) return false;
    const same = seq.items.findIndex(
      (item) => isMap(item) && String(item.get('name')).toLowerCase() === entry.name.toLowerCase(),
    );
    if (same >= 0) seq.items[same] = node;
    else seq.items.push(node);
    return true;
  });
}
