export { useMswServer } from '@complexionist/testkit/msw';

/** Base URL the http tests talk to (msw answers it; nothing goes on the network). */
export const BASE = 'http://api.test/3';
