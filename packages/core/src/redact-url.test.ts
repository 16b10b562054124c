import { describe, expect, it } from 'vitest';
import { redactUrlCredentials } from './redact-url.js';

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
