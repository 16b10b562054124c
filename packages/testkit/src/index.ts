/** Fake Plex, plex.tv, TMDB and TVDB servers on 127.0.0.1 for tests and benchmarks. */
export const PACKAGE_NAME = '@complexionist/testkit';
