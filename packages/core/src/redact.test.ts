import { describe, expect, it } from 'vitest';
import { createRedactor, REDACTED, redactUrlCredentials } from './redact.js';

describe('redactUrlCredentials', () => {
  it.each([
    ['http://me:s3cret@nas:32400/library', 'http://***@nas:32400/library'],
    [
      'Caused by: TypeError: Request cannot be constructed from a URL that includes credentials: https://u:p@x.y/',
      'Caused by: TypeError: Request cannot be constructed from a URL that includes credentials: https://***@x.y/',
    ],
    [
      'an @ in the password: http://me:p@ss@nas/ and http://tok@h',
      'an @ in the password: http://***@nas/ and http://***@h',
    ],
  ])('hides the user info of %j', (text, redacted) => {
    expect(redactUrlCredentials(text)).toBe(redacted);
  });

  it.each([
    'http://nas:32400/library/sections/1/all',
    'mail me at me@example.com',
    'http://nas/path/with@sign and http://host:1/?q=a@b',
  ])('leaves %j alone', (text) => {
    expect(redactUrlCredentials(text)).toBe(text);
  });
});

describe('createRedactor (the one redactor of the CLI, the server and the adapters)', () => {
  it('replaces every known secret, also in URL-encoded form', () => {
    const redactor = createRedactor();
    redactor.add('s3cr3t/token+x');
    const text = redactor.redact(
      'GET http://h/?X-Plex-Token=s3cr3t%2Ftoken%2Bx failed; token s3cr3t/token+x',
    );
    expect(text).not.toContain('s3cr3t');
    expect(text).toBe(`GET http://h/?X-Plex-Token=${REDACTED} failed; token ${REDACTED}`);
  });

  it('knows the secrets it was created with, and the user info of URLs', () => {
    const { redact } = createRedactor(['tok-98765']);
    expect(redact('Plex at http://me:pw-123@nas:32400 refused token tok-98765')).toBe(
      'Plex at http://***@nas:32400 refused token ***',
    );
  });

  it('replaces a longer secret whole when it contains a shorter one', () => {
    const redactor = createRedactor(['abcd']);
    redactor.add('abcdefgh');
    expect(redactor.redact('key abcdefgh')).toBe('key ***');
  });

  it('ignores empty, missing and very short values so ordinary text is not mangled', () => {
    const redactor = createRedactor();
    redactor.add('', undefined, null, 'ab');
    expect(redactor.redact('a b ab abc')).toBe('a b ab abc');
    expect(createRedactor(['ab'], { minLength: 1 }).redact('a b ab abc')).toBe('a b *** ***c');
  });

  it('hides credential query values even when not declared, when asked to (request URLs)', () => {
    const { redact } = createRedactor([], { queryCredentials: true });
    expect(redact('https://x/movie/1?api_key=abc123&language=en-US')).toBe(
      'https://x/movie/1?api_key=***&language=en-US',
    );
    expect(redact('http://plex:32400/library?X-Plex-Token=tok9')).toBe(
      'http://plex:32400/library?X-Plex-Token=***',
    );
    expect(createRedactor().redact('send it as X-Api-Key, not ?apikey=')).toBe(
      'send it as X-Api-Key, not ?apikey=',
    );
  });
});
