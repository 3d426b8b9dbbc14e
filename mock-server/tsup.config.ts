import { defineConfig } from 'tsup';

/**
 * The production build of the server: `node mock-server/dist/node.js` starts it without tsx. The
 * workspace's TypeScript (the contract) is bundled in; npm dependencies stay in node_modules.
 */
export default defineConfig({
  entry: { node: 'src/node.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  outDir: 'dist',
  clean: true,
  sourcemap: true,
  noExternal: [/^@assist\//],
  external: ['@electric-sql/pglite', 'pg', 'hono', '@hono/node-server', 'zod', 'minisearch', 'msw'],
});
