import * as v from 'valibot';
import { toInt } from './schemas.js';

/** plex.tv JSON sends true/false; its XML twin sends "1"/"0". Anything else is false. */
const flag = v.optional(
  v.pipe(
    v.unknown(),
    v.transform((value) => value === true || value === 1 || value === '1' || value === 'true'),
  ),
  false,
);

const positiveInt = v.pipe(
  v.unknown(),
  v.transform(toInt),
  v.number('must be a positive integer'),
  v.minValue(1),
);

/** `POST /api/v2/pins` and `GET /api/v2/pins/{id}`. `authToken` is null until the user approves. */
export const pinSchema = v.looseObject({
  id: positiveInt,
  code: v.pipe(v.string(), v.nonEmpty()),
  expiresIn: v.optional(v.pipe(v.unknown(), v.transform(toInt))),
  expiresAt: v.nullish(v.string()),
  authToken: v.nullish(v.string()),
});

/** One entry of `connections[]` in `/api/v2/resources`. */
const connectionSchema = v.looseObject({
  uri: v.pipe(v.string(), v.nonEmpty()),
  protocol: v.nullish(v.string()),
  address: v.nullish(v.string()),
  port: v.optional(v.pipe(v.unknown(), v.transform(toInt))),
  local: flag,
  relay: flag,
});

/** One device of `/api/v2/resources` (a top-level array of servers and players). */
export const resourceSchema = v.looseObject({
  name: v.optional(v.string(), ''),
  clientIdentifier: v.optional(v.string(), ''),
  provides: v.optional(v.string(), ''),
  owned: flag,
  accessToken: v.nullish(v.string()),
  connections: v.fallback(
    v.array(v.fallback(connectionSchema, { uri: '', port: undefined, local: false, relay: false })),
    [],
  ),
});

/** `/api/v2/user`: only `username` is read. */
export const userSchema = v.looseObject({
  username: v.nullish(v.string()),
  title: v.nullish(v.string()),
});
