import { type IgnoreKind, normalizeIgnoreValue } from '@complexionist/config';
import {
  type OptionNameOf,
  SCAN_OPTIONS,
  type ScanOptionDef,
  type ScanOptionName,
  type ScanOptionValues,
  scanOptionNames,
} from '@complexionist/core';
import { vValidator } from '@hono/valibot-validator';
import type { ValidationTargets } from 'hono';
import * as v from 'valibot';
import { errorJson } from './http-errors.js';
import { plainIssueMessage } from './validation-messages.js';

const libraries = v.optional(
  v.pipe(v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200))), v.maxLength(100)),
);

/** The valibot schema of one scan option, from its definition in core's option table (docs/options.md). */
function optionSchema(def: ScanOptionDef): v.GenericSchema {
  const min = def.min ?? 0;
  const max = def.max ?? Number.MAX_SAFE_INTEGER;
  switch (def.kind) {
    case 'boolean':
      return v.boolean();
    case 'whole':
      return v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
    case 'hours':
      return v.pipe(v.number(), v.minValue(min), v.maxValue(max));
    case 'choice':
      return v.picklist(def.choices ?? []);
    case 'titles':
      return v.pipe(
        v.array(v.pipe(v.string(), v.maxLength(def.maxItemLength ?? 500))),
        v.maxLength(def.maxItems ?? 1000),
      );
  }
}

type OptionEntries<N extends ScanOptionName> = {
  [K in N]: v.OptionalSchema<v.GenericSchema<ScanOptionValues[K]>, undefined>;
};

/** The optional fields a request of `scope` takes in `options`. */
function optionEntries<S extends 'movies' | 'episodes'>(scope: S): OptionEntries<OptionNameOf<S>> {
  return Object.fromEntries(
    scanOptionNames(scope).map((name) => [name, v.optional(optionSchema(SCAN_OPTIONS[name]))]),
  ) as OptionEntries<OptionNameOf<S>>;
}

const movieOptions = optionEntries('movies');
const episodeOptions = optionEntries('episodes');

const request = <T extends string, O extends v.ObjectEntries>(type: T, options: O) =>
  v.strictObject({
    type: v.literal(type),
    libraries,
    // Several Plex servers (docs/spec.md §5): scan only these, by name; every server when absent.
    servers: libraries,
    options: v.optional(v.strictObject(options)),
  });

/** Body of `POST /api/scans`. Unknown fields are rejected so typos do not pass silently. */
export const ScanRequestSchema = v.variant('type', [
  request('movies', movieOptions),
  request('episodes', episodeOptions),
  request('scan', { ...movieOptions, ...episodeOptions }),
]);

/** A validated scan request. */
export type ScanRequest = v.InferOutput<typeof ScanRequestSchema>;

/** Options of any scan request (the union of the movie and episode options). */
export type ScanRequestOptions = NonNullable<Extract<ScanRequest, { type: 'scan' }>['options']>;

const EXAMPLES: Record<IgnoreKind, string> = {
  collections: 'Expected a TMDB collection id such as 8091',
  movies: 'Expected a TMDB movie id such as 603',
  shows: 'Expected a TVDB id such as "81189" or a TMDB id such as "tmdb:1396"',
  episodes: 'Expected "<showId>:S01E02" where showId is a TVDB id or "tmdb:N"',
};

/** TMDB and TVDB ids start at 1: `0`, `tmdb:0` or `0:S01E02` name nothing. */
function hasPositiveId(value: string | number): boolean {
  const id = /^(?:tmdb:)?(\d+)/.exec(String(value))?.[1];
  return id !== undefined && Number(id) > 0;
}

/** An ignore value of one kind, normalised as the config file stores it (`tvdb:81189` → `"81189"`, `s1e2` → `S01E02`). */
const ignoreValue = <K extends IgnoreKind>(kind: K) =>
  v.pipe(
    v.union([v.string(), v.number()], EXAMPLES[kind]),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const value = normalizeIgnoreValue(kind, dataset.value);
      if (value === null || !hasPositiveId(value)) {
        addIssue({ message: EXAMPLES[kind] });
        return NEVER;
      }
      return value as K extends 'collections' | 'movies' ? number : string;
    }),
  );

/** Body of `POST`/`DELETE /api/ignores`: the value is normalised for its kind. */
export const IgnoreEntrySchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('collections'), value: ignoreValue('collections') }),
  v.strictObject({ kind: v.literal('movies'), value: ignoreValue('movies') }),
  v.strictObject({ kind: v.literal('shows'), value: ignoreValue('shows') }),
  v.strictObject({ kind: v.literal('episodes'), value: ignoreValue('episodes') }),
]);

/** Query of `GET /api/reports/latest`. */
export const LatestReportQuerySchema = v.object({
  type: v.picklist(['movies', 'episodes', 'scan'], 'Expected "movies", "episodes" or "scan"'),
  format: v.optional(v.picklist(['json', 'csv'], 'Expected "json" or "csv"'), 'json'),
});

/** Query of `GET /api/lists/radarr`. */
export const RadarrListQuerySchema = v.object({
  format: v.optional(v.picklist(['radarr', 'stevenlu'], 'Expected "radarr" or "stevenlu"'), 'radarr'),
  /** `1`: add the films of the latest watchlist read that no server owns (docs/spec.md §8). */
  watchlist: v.optional(v.picklist(['0', '1'], 'Expected 0 or 1')),
});

/**
 * A validator that answers 400 with a JSON error naming the first field at fault
 * (e.g. `{"error":{"code":"usage","field":"options.minOwned","message":"options.minOwned: …"}}`).
 */
export function validate<T extends v.GenericSchema, Target extends keyof ValidationTargets>(
  target: Target,
  schema: T,
) {
  return vValidator(target, schema, (result, c) => {
    if (result.success) return;
    // Without a JSON Content-Type Hono reads no body at all, so the fields would seem missing: say why instead.
    if (target === 'json' && !/^application\/([\w.+-]*\+)?json\b/i.test(c.req.header('content-type') ?? '')) {
      return errorJson(c, 400, {
        code: 'usage',
        field: 'body',
        message: 'The body was not read as JSON: send Content-Type: application/json.',
      });
    }
    const issue = result.issues[0];
    const field = (issue && v.getDotPath(issue)) || (target === 'json' ? 'body' : target);
    const message = issue ? plainIssueMessage(issue, field) : `${field} is invalid.`;
    return errorJson(c, 400, { code: 'usage', field, message });
  });
}
