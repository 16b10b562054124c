import { afterEach } from 'vitest';
import { killRunningClis } from './run-cli.js';

// No CLI started by a test outlives it, even when the test fails or times out before the CLI exits.
afterEach(() => killRunningClis());
