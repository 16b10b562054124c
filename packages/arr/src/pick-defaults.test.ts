import { ConfigError } from '@complexionist/core';
import { describe, expect, it } from 'vitest';
import { pickProfile, pickRootFolder } from './pick-defaults.js';

const folders = [
  { id: 1, path: '/movies' },
  { id: 2, path: '/movies-4k/' },
];
const profiles = [
  { id: 4, name: 'HD-1080p' },
  { id: 5, name: 'Ultra-HD' },
];

describe('pickRootFolder', () => {
  it('takes the configured folder, ignoring a trailing slash on either side', () => {
    expect(pickRootFolder('radarr', folders, '/movies-4k')).toBe('/movies-4k/');
    expect(pickRootFolder('radarr', folders, '/movies/')).toBe('/movies');
  });

  it('takes the only folder when none is configured', () => {
    expect(pickRootFolder('sonarr', [{ id: 3, path: '/tv' }], undefined)).toBe('/tv');
  });

  it('lists the choices and the setting when several exist and none is configured', () => {
    const error = catchError(() => pickRootFolder('radarr', folders, undefined));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(
      'Radarr has 2 root folders: "/movies", "/movies-4k/"; set `radarr.root_folder` to one of them, e.g. `complexionist config --set radarr.root_folder "/movies"`.',
    );
  });

  it('names the configured folder that does not exist', () => {
    expect(catchError(() => pickRootFolder('sonarr', folders, '/tv')).message).toMatch(
      /^Sonarr has no root folder "\/tv": "\/movies", "\/movies-4k\/"; set `sonarr.root_folder`/,
    );
  });

  it('says where to add one when there is none', () => {
    expect(catchError(() => pickRootFolder('radarr', [], undefined)).message).toBe(
      'Radarr has no root folders; add one in Radarr (Settings → Media Management → Root Folders).',
    );
  });
});

describe('pickProfile', () => {
  it('takes the configured profile by name, case-insensitively, or by id', () => {
    expect(pickProfile('radarr', profiles, 'ultra-hd').id).toBe(5);
    expect(pickProfile('radarr', profiles, '4').name).toBe('HD-1080p');
  });

  it('takes the only profile when none is configured', () => {
    expect(pickProfile('sonarr', [{ id: 1, name: 'Any' }], undefined).id).toBe(1);
  });

  it('lists names and ids when it cannot choose', () => {
    expect(catchError(() => pickProfile('radarr', profiles, undefined)).message).toBe(
      'Radarr has 2 profiles: "HD-1080p" (id 4), "Ultra-HD" (id 5); set `radarr.quality_profile` to one of them, e.g. `complexionist config --set radarr.quality_profile "HD-1080p"`.',
    );
    expect(catchError(() => pickProfile('radarr', profiles, 'SD')).message).toMatch(/has no profile "SD"/);
  });
});

function catchError(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}
