import pkg from '../package.json' with { type: 'json' };

/** This package's version, as `GET /api/health` and the page report it. */
export const VERSION: string = pkg.version;
