import { defineConfig } from 'tsup';
import { loaderOptions, uiOptions } from './build/options.js';

/**
 * assist.js, ui.js and queue.js into the versioned CDN folder that @assist/elements' build fills
 * (build that first; `pnpm build` at the root does). `build/integrity.ts` then lists the whole folder.
 */
export default defineConfig([loaderOptions(), uiOptions()]);
