import { clientMain, MAIN_FUNCTIONS } from './page-main.js';
import { RENDERERS } from './render.js';

/**
 * The page script, assembled from the typed functions of `render.ts` and `page-main.ts` (their source text, so
 * the browser runs exactly the code the tests and the type checker see). Names come from `fn.name` because a
 * bundler may rename a function to avoid a clash.
 */
function buildClientScript(): string {
  const functions = Object.values(RENDERERS);
  const renderers = Object.entries(RENDERERS)
    .map(([name, fn]) => `${name}: ${fn.name}`)
    .join(', ');
  return [
    "'use strict';",
    '(() => {',
    // esbuild's keepNames (tsx, some bundler setups) wraps functions in `__name(fn, "name")`; give it a no-op.
    'const __name = (fn) => fn;',
    ...functions.map(String),
    `const renderers = { ${renderers} };`,
    ...MAIN_FUNCTIONS.map(String),
    `${clientMain.name}(renderers);`,
    '})();',
    '',
  ].join('\n');
}

/** The JavaScript served at `/assets/app.js`. */
export const CLIENT_SCRIPT: string = buildClientScript();
