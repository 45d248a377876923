// Builds the bare stack page (bench/bare) into bench/dist-bare for npm run bench.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: { outDir: fileURLToPath(new URL('../dist-bare', import.meta.url)), emptyOutDir: true, assetsInlineLimit: 0, modulePreload: { polyfill: false } },
});
