import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared.js';

// Two entries: the engine (`@complexionist/core`) and the demo library (`@complexionist/core/demo`).
export default defineConfig({ ...libraryBuild, entry: { index: 'src/index.ts', demo: 'src/demo/index.ts' } });
