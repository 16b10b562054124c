/** Renders a Plex JSON body (`{"MediaContainer": {...}}`) as the XML PMS serves by default. */

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** XML element name of a JSON child: library items are `Video` or `Directory` (api-notes §1.2). */
function elementName(key: string, child: Record<string, unknown>): string {
  if (key !== 'Metadata') return key;
  return child.type === 'movie' || child.type === 'episode' ? 'Video' : 'Directory';
}

function element(name: string, obj: Record<string, unknown>): string {
  let attrs = '';
  let children = '';
  for (const [key, value] of Object.entries(obj)) {
    if (Array.isArray(value)) {
      for (const child of value as Record<string, unknown>[])
        children += element(elementName(key, child), child);
    } else if (value !== null && value !== undefined && typeof value !== 'object') {
      const text = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
      attrs += ` ${key}="${escapeXml(text)}"`;
    }
  }
  return children ? `<${name}${attrs}>${children}</${name}>` : `<${name}${attrs}/>`;
}

/** XML text of a body whose root key is the element name (e.g. `MediaContainer`). */
export function toPlexXml(body: Record<string, Record<string, unknown>>): string {
  const [name, root] = Object.entries(body)[0] ?? ['MediaContainer', {}];
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element(name, root)}\n`;
}
