import { describe, expect, it } from 'vitest';
import { createRedactor } from './redact.js';

describe('createRedactor', () => {
  it('hides credential query values even when they were not declared as secrets', () => {
    const redact = createRedactor();
    expect(redact('https://x/movie/1?api_key=abc123&language=en-US')).toBe(
      'https://x/movie/1?api_key=***&language=en-US',
    );
    expect(redact('http://plex:32400/library?X-Plex-Token=tok9')).toBe(
      'http://plex:32400/library?X-Plex-Token=***',
    );
  });

  it('hides every declared secret, also URL-encoded', () => {
    const redact = createRedactor(['s3cr/t', 'other']);
    expect(redact('key s3cr/t and s3cr%2Ft and other')).toBe('key *** and *** and ***');
  });

  it('hides the user info of a URL (a plex.url with user:password@)', () => {
    expect(createRedactor([])('Could not reach Plex at http://me:pw-123@nas:32400/identity')).toBe(
      'Could not reach Plex at http://***@nas:32400/identity',
    );
  });

  it('ignores empty secrets', () => {
    expect(createRedactor([''])('unchanged')).toBe('unchanged');
  });
});
