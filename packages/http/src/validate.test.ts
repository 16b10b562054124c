import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { validateBody } from './validate.js';

const schema = v.object({ id: v.number(), parts: v.array(v.object({ title: v.string() })) });

describe('validateBody', () => {
  it('returns the body when the fields we use are there, whatever else it carries', () => {
    expect(
      validateBody(schema, { id: 1, parts: [], extra: true }, { service: 'tmdb', path: '/collection/1' }),
    ).toEqual({
      id: 1,
      parts: [],
    });
  });

  it('names the service, the path and the dotted field of a mismatch', () => {
    const call = () =>
      validateBody(
        schema,
        { id: 1, parts: [{ title: 'A' }, { title: 7 }] },
        { service: 'tmdb', path: '/collection/1' },
      );
    expect(call).toThrow(/^TMDB sent an unexpected response for \/collection\/1: field `parts\.1\.title`/);
    expect(call).toThrow(
      expect.objectContaining({ kind: 'response', service: 'tmdb', path: '/collection/1' }),
    );
  });

  it('puts the status and the checked part of the body in front of the field', () => {
    expect(() =>
      validateBody(
        v.object({ ratingKey: v.string() }),
        {},
        {
          service: 'plex',
          path: '/library/sections/1/all',
          status: 200,
          at: 'MediaContainer.Metadata[3]',
        },
      ),
    ).toThrow(
      /^Plex sent an unexpected response for \/library\/sections\/1\/all \(HTTP 200\): field `MediaContainer\.Metadata\[3\]\.ratingKey`: /,
    );
  });

  it('reports a body that is not an object at all', () => {
    expect(() => validateBody(schema, null, { service: 'tvdb', path: '/series/1' })).toThrow(
      /TheTVDB sent an unexpected response for \/series\/1: field `\(body\)`/,
    );
  });
});
