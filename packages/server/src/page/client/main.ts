/** The browser entry of the page, bundled by `page-bundle.mjs` into `/assets/app.js`. */
import { startPage } from './page-main.js';

startPage();
