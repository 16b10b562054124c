import * as v from 'valibot';
import { toInt } from './schemas.js';

/** `Guid` children, as on library items; a malformed list is read as absent. */
const guids = v.optional(v.fallback(v.array(v.fallback(v.object({ id: v.string() }), { id: '' })), []));

/**
 * One watchlist item (api-notes §8.4.2): `ratingKey` (24 hex), `type` `movie` or `show`, `title`, `year`,
 * `originallyAvailableAt`, and `Guid[]` when the list was asked for with `includeGuids=1`.
 */
export const watchlistItem = v.object({
  ratingKey: v.pipe(v.union([v.string(), v.number()]), v.transform(String), v.nonEmpty()),
  type: v.string(),
  title: v.optional(v.pipe(v.union([v.string(), v.number()]), v.transform(String))),
  year: v.optional(v.pipe(v.unknown(), v.transform(toInt))),
  originallyAvailableAt: v.optional(v.string()),
  Guid: guids,
});

/** A page of the watchlist, or the answer of `/library/metadata/{ratingKey}`. */
export const watchlistContainer = v.looseObject({
  totalSize: v.optional(v.pipe(v.unknown(), v.transform(toInt))),
  Metadata: v.nullish(v.array(v.unknown())),
});
