import { addIgnore, removeIgnore } from '@complexionist/config';
import type { IgnoreList } from '@complexionist/core';
import type { IgnoreStore } from '../types.js';
import { ignoreList, withIgnore, withoutIgnore } from './memory-stores.js';

/**
 * The ignore list of the configuration: starts from the loaded `ignore.*` settings and writes every change to
 * the YAML file `complexionist ignore add|remove` edits (comments kept), so the CLI sees it too.
 */
export function configIgnoreStore(file: string, initial: IgnoreList): IgnoreStore {
  let list = ignoreList(initial);
  return {
    async list() {
      return ignoreList(list);
    },
    async add(kind, value) {
      const change = addIgnore(file, kind, value);
      list = withIgnore(list, kind, change.value);
      return ignoreList(list);
    },
    async remove(kind, value) {
      const change = removeIgnore(file, kind, value);
      list = withoutIgnore(list, kind, change.value);
      return ignoreList(list);
    },
  };
}
