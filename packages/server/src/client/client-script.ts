import { pageDom } from './page-dom.js';
import { clientMain } from './page-main.js';
import { pageModel } from './page-model.js';
import { pageView } from './page-view.js';
import { RENDERERS } from './render.js';

/**
 * The page script, assembled from the source text of the typed client functions, so the browser runs exactly
 * the code the tests and the type checker see. Each client file is self-contained (`render.ts` as plain
 * functions, the others as factories taking their parts as parameters), so no import survives into the text.
 * Renderer names come from `fn.name` because a bundler may rename a function to avoid a clash.
 */
function buildClientScript(): string {
  const renderers = Object.entries(RENDERERS)
    .map(([name, fn]) => `${name}: ${fn.name}`)
    .join(', ');
  return [
    "'use strict';",
    '(() => {',
    // esbuild's keepNames (tsx, some bundler setups) wraps functions in `__name(fn, "name")`; give it a no-op.
    'const __name = (fn) => fn;',
    ...Object.values(RENDERERS).map(String),
    `const renderers = { ${renderers} };`,
    `(${clientMain})(renderers, ${pageModel}, ${pageDom}, ${pageView});`,
    '})();',
    '',
  ].join('\n');
}

/** The JavaScript served at `/assets/app.js`. */
export const CLIENT_SCRIPT: string = buildClientScript();
