import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The API (and Quarkus' /q endpoints) run on :8080 during `make dev`; in production the
// backend serves this app's dist/ itself, so the SPA always talks to its own origin.
const backend = process.env.ANSINH_BACKEND_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: {
      // anchored, so that SPA routes that merely start with "q" or "api" stay with Vite
      '^/api/': { target: backend, changeOrigin: false },
      '^/q/': { target: backend, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'eslint/**/*.test.js'],
    css: false,
    testTimeout: 20000,
  },
});
