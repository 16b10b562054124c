import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';

describe('redact (every log line and error body of the server)', () => {
  it('hides declared secrets and the user info of URLs', () => {
    expect(redact('Plex at http://me:pw-123@nas:32400 refused token tok-98765', ['tok-98765'])).toBe(
      'Plex at http://***@nas:32400 refused token ***',
    );
  });
});
