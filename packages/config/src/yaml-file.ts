import { readFileSync } from 'node:fs';
import { ConfigError } from '@complexionist/core';
import { type Document, isMap, parseDocument } from 'yaml';
import { writePrivateFile } from './private-file.js';
import { yamlSyntaxError } from './yaml-error.js';

function load(file: string): Document {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') {
      throw new ConfigError(`${file} could not be read (${(error as Error).message}).`);
    }
  }
  const doc: Document = parseDocument(text);
  const [first] = doc.errors;
  if (first) throw yamlSyntaxError(file, first);
  if (doc.contents === null) doc.contents = doc.createNode({});
  if (!isMap(doc.contents)) throw new ConfigError(`${file}: the top level must be a mapping of settings.`);
  return doc;
}

/** Reads a YAML file (missing → empty) as a document that keeps the user's comments and layout. */
export function readYamlDocument(file: string): Document {
  return load(file);
}

/**
 * Edits a YAML file, keeping comments, order and every other key; creates the file (and its folder) when
 * missing. The file is written only when `edit` returns true, owner-only (0600: it may hold API keys and
 * the Plex token) and atomically (see {@link writePrivateFile}).
 */
export function editYamlFile(file: string, edit: (doc: Document) => boolean): void {
  const doc = load(file);
  if (!edit(doc)) return;
  writePrivateFile(file, doc.toString());
}
