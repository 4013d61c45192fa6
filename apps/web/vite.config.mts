import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Built by tools/build-web.mjs into apps/web/dist, which the API serves at `/`. Hashed file
// names under assets/ let the API cache them for a year; index.html is revalidated.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The CSP allows no inline script, and no data: URL for scripts: keep every asset a file.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
