import { defineConfig } from 'tsup';
import { cdnOptions, esmOptions } from './build/options.js';

/**
 * Two builds of the same sources (see build/options.ts):
 * - `dist/esm`: the npm package (ES modules, Lit and i18next left to the application, .d.ts);
 * - `dist/cdn/<version>`: what the script-tag loader loads (everything bundled, minified: core.js, then the components that import it).
 * `pnpm build` at the root cleans `dist` once first: two configs with `clean: true` would race.
 */
export default defineConfig([esmOptions(), ...cdnOptions()]);
