import { ConfigError, type IgnoreList, UsageError } from '@complexionist/core';
import { isSeq } from 'yaml';
import { IGNORE_KINDS, type IgnoreKind, normalizeIgnoreValue } from './ignore-values.js';
import { editYamlFile, readYamlDocument } from './yaml-file.js';

const EXAMPLES: Record<IgnoreKind, string> = {
  collections: 'a TMDB collection id such as 8091',
  movies: 'a TMDB movie id such as 603',
  shows: 'a TVDB show id such as 81189, or tmdb:1396',
  episodes: 'an episode such as 81189:S01E02 or tmdb:1396:S01E02',
};

function checked(kind: string, value: string | number): { kind: IgnoreKind; value: string | number } {
  if (!IGNORE_KINDS.includes(kind as IgnoreKind)) {
    throw new UsageError(`There is no ignore list "${kind}"; use ${IGNORE_KINDS.join(', ')}.`);
  }
  const normalized = normalizeIgnoreValue(kind as IgnoreKind, value);
  if (normalized === null) {
    throw new UsageError(
      `${JSON.stringify(String(value))} is not valid in ignore.${kind}; give ${EXAMPLES[kind as IgnoreKind]}.`,
    );
  }
  return { kind: kind as IgnoreKind, value: normalized };
}

/** What an ignore edit did. */
export interface IgnoreChange {
  /** False when the value was already there (add) or not there (remove); the file is then left as it was. */
  changed: boolean;
  /** The value as stored (normalised: `tvdb:81189` → `"81189"`, `s1e2` → `S01E02`). */
  value: string | number;
}

function edit(file: string, kindName: string, raw: string | number, add: boolean): IgnoreChange {
  const { kind, value } = checked(kindName, raw);
  const path = ['ignore', kind];
  let changed = false;
  editYamlFile(file, (doc) => {
    const list = doc.getIn(path, true);
    if (list !== undefined && list !== null && !isSeq(list)) {
      throw new ConfigError(`${file}: ignore.${kind} must be a list.`);
    }
    const items = isSeq(list) ? list.items : [];
    const index = items.findIndex(
      (item) => normalizeIgnoreValue(kind, doc.createNode(item).toJSON()) === value,
    );
    if (add && index === -1) {
      if (isSeq(list)) list.add(doc.createNode(value));
      else doc.setIn(path, doc.createNode([value]));
      changed = true;
    } else if (!add && index !== -1 && isSeq(list)) {
      list.delete(index);
      changed = true;
    }
    return changed;
  });
  return { changed, value };
}

/** Adds a value to `ignore.<kind>` of a YAML file, keeping comments; creates the file when missing. */
export function addIgnore(file: string, kind: string, value: string | number): IgnoreChange {
  return edit(file, kind, value, true);
}

/** Removes a value (written any equivalent way) from `ignore.<kind>` of a YAML file. */
export function removeIgnore(file: string, kind: string, value: string | number): IgnoreChange {
  return edit(file, kind, value, false);
}

/** The ignore lists written in one YAML file (normalised; unreadable entries left out). */
export function listIgnore(file: string): IgnoreList {
  const doc = readYamlDocument(file);
  const read = (kind: IgnoreKind) => {
    const list = doc.getIn(['ignore', kind]) as unknown;
    const items: unknown[] = Array.isArray(list) ? list : isSeq(list) ? (list.toJSON() as unknown[]) : [];
    return items.map((item) => normalizeIgnoreValue(kind, item)).filter((v) => v !== null);
  };
  return {
    collections: read('collections') as number[],
    movies: read('movies') as number[],
    shows: read('shows') as string[],
    episodes: read('episodes') as string[],
  };
}
