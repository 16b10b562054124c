/** Contract test suites for the ports of @complexionist/core, run against every adapter and the demo data. */
export const PACKAGE_NAME = '@complexionist/contract';
