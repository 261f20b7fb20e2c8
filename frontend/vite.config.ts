import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

// The API (and Quarkus' /q endpoints) run on :8080 during `make dev`; in production the
// backend serves this app's dist/ itself, so the SPA always talks to its own origin.
const backend = process.env.ANSINH_BACKEND_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [
    react(),
    // A service worker keeps the built app (HTML, scripts, styles) on the device, so payment agents can
    // open and reload the agent screen without a network. API answers are never cached by it: the agent
    // screen keeps its own copy in IndexedDB. Only the production build registers it.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: {
        name: 'An Sinh',
        short_name: 'An Sinh',
        description: 'Quản lý hồ sơ trợ giúp xã hội — chi trả',
        lang: 'vi',
        start_url: '/agent',
        scope: '/',
        display: 'standalone',
        theme_color: '#1d5fa6',
        background_color: '#ffffff',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,woff2}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/q\//],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
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
