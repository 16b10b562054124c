/** Find the movies missing from your Plex collections and the episodes missing from your shows. */
export const PACKAGE_NAME = 'complexionist';
