/** What Vite puts into `import.meta.env` for the playground (see playground/scripts/start.mjs). */
interface ImportMetaEnv {
  /** The admin token of the real server `pnpm start` runs, made for this run. */
  readonly VITE_ASSIST_ADMIN_TOKEN?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
