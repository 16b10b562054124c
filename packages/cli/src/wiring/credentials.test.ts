import { describe, expect, it } from 'vitest';
import { checkCredentials } from './credentials.js';

const all = { plexUrl: 'http://plex:32400', plexToken: 'tok', tmdbKey: 'tmdb', tvdbKey: 'tvdb' };

describe('credentials a scan needs', () => {
  it('every scan needs the Plex URL and token, and says how to get them', () => {
    expect(() => checkCredentials('episodes', { ...all, plexToken: undefined })).toThrow(
      expect.objectContaining({ kind: 'config', message: expect.stringContaining('plex.token is missing') }),
    );
    expect(() => checkCredentials('movies', { ...all, plexUrl: ' ', plexToken: '' })).toThrow(
      expect.objectContaining({
        message: 'Plex is not set up: plex.url and plex.token are missing.',
        hint: expect.stringContaining('complexionist auth plex --login'),
      }),
    );
  });

  it('movies need a TMDB key and the message names the setting, the command and the variable', () => {
    expect(() => checkCredentials('movies', { ...all, tmdbKey: undefined })).toThrow(
      'TMDB API key is missing: set tmdb.api_key (complexionist auth tmdb --key KEY) or TMDB_API_KEY.',
    );
  });

  it('episodes need a TVDB or a TMDB key; either one is enough', () => {
    expect(() => checkCredentials('episodes', { ...all, tmdbKey: undefined })).not.toThrow();
    expect(() => checkCredentials('episodes', { ...all, tvdbKey: undefined })).not.toThrow();
    expect(() => checkCredentials('episodes', { ...all, tvdbKey: undefined, tmdbKey: undefined })).toThrow(
      /tvdb\.api_key .* or tmdb\.api_key/,
    );
  });

  it('scan needs what both scans need', () => {
    expect(() => checkCredentials('scan', { ...all, tmdbKey: undefined })).toThrow(/tmdb\.api_key/);
    expect(() => checkCredentials('scan', all)).not.toThrow();
  });
});
