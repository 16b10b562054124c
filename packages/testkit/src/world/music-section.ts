import type { WorldOtherSection } from './types.js';

/** A music section: every world has one, so scans prove they skip sections of other types. */
export const musicSection = (key: string): WorldOtherSection => ({
  key,
  title: 'Music',
  type: 'artist',
  agent: 'tv.plex.agents.music',
  scanner: 'Plex Music',
  language: 'en',
});
