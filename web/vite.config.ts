/** Vite build of slant's web UI: `npx vite build web` writes web/dist/, which `slant serve` serves at `/`. */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  // Relative to this file's folder (Vite's root when run as `vite build web`).
  root: '.',
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The server's CSP allows only scripts from this origin: no inline module-preload polyfill.
    modulePreload: { polyfill: false },
    // Small inlined assets become data: URLs, which the CSP allows for images only; keep files.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: {
    // `npx vite web` for development: API calls go to a `slant serve` on the default port.
    proxy: { '/api': 'http://127.0.0.1:8484', '/openapi.json': 'http://127.0.0.1:8484' },
  },
});
