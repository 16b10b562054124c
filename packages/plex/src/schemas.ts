import * as v from 'valibot';

/**
 * Valibot schemas for the parts of Plex JSON this package relies on. Unknown fields are accepted everywhere;
 * containers keep them (loose objects) while listing items drop them (plain objects), because an item
 * carries dozens of fields we never read and copying them for 60,000 episodes costs a third of a second.
 * Numeric fields accept numbers or numeric strings, because servers and proxies that convert XML send
 * `"1999"` where PMS JSON sends `1999`. A numeric field that cannot be read becomes `undefined`.
 */

/** An integer from a number or a numeric string; anything else → undefined. */
export function toInt(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) {
    const parsed = Number(value);
    return Number.isSafeInteger(parsed) ? parsed : undefined;
  }
  return undefined;
}

/** Optional lenient integer. */
const intish = v.optional(v.pipe(v.unknown(), v.transform(toInt)));

/** Required opaque id (`ratingKey`, section `key`): a non-empty string, or a number sent as one. */
const idString = v.pipe(v.union([v.string(), v.number()]), v.transform(String), v.nonEmpty());

/** Optional text that may arrive as a number (`title: 1917`). */
const text = v.optional(v.pipe(v.union([v.string(), v.number()]), v.transform(String)));

/**
 * `Guid` children. A malformed entry becomes `{ id: '' }` (dropped by the mapping, see `guidIds`) and a
 * malformed list becomes `[]`, rather than failing the item: ids are a bonus, the item is still owned.
 */
const guidChildren = v.fallback(v.array(v.fallback(v.object({ id: v.string() }), { id: '' })), []);

const part = v.object({ file: v.optional(v.string()) });
const media = v.object({ Part: v.fallback(v.array(v.fallback(part, {})), []) });

/** Fields common to movies, shows and episodes. */
const itemEntries = {
  ratingKey: idString,
  title: text,
  year: intish,
  guid: v.optional(v.string()),
  Guid: guidChildren,
};

/** A `type=1` listing item. */
export const movieItem = v.object(itemEntries);

/** A `type=2` listing item. `showOrdering` is present only when the show overrides the library default. */
export const showItem = v.object({ ...itemEntries, showOrdering: v.optional(v.string()) });

/** A `type=4` listing item. Hidden-season shows have no `parentKey`/`parentRatingKey`, which are not read. */
export const episodeItem = v.object({
  ...itemEntries,
  grandparentRatingKey: idString,
  parentIndex: intish,
  index: intish,
  Media: v.fallback(v.array(v.fallback(media, { Part: [] })), []),
});

/** A listing page. A missing (or null) `Metadata` key is an empty page (callers read `?? []`). */
export const listingContainer = v.looseObject({
  size: intish,
  totalSize: intish,
  offset: intish,
  Metadata: v.nullish(v.array(v.unknown())),
});

/** `/library/sections`. */
export const sectionsContainer = v.looseObject({
  Directory: v.nullish(
    v.array(
      v.looseObject({
        key: idString,
        title: text,
        type: v.optional(v.string()),
        agent: v.optional(v.string()),
      }),
    ),
  ),
});

/** `/library/sections/{key}/prefs`. */
export const prefsContainer = v.looseObject({
  Setting: v.fallback(
    v.array(
      v.fallback(v.looseObject({ id: v.string(), value: v.unknown(), default: v.unknown() }), {
        id: '',
        value: undefined,
        default: undefined,
      }),
    ),
    [],
  ),
});

/** `/identity` (no token needed). */
export const identityContainer = v.looseObject({
  machineIdentifier: v.pipe(v.string(), v.nonEmpty()),
  version: v.optional(v.string(), ''),
  friendlyName: v.optional(v.string()),
});
