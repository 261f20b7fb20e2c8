import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// Browser tests run against the real backend, which serves the built SPA (`npm run build` first;
// the backend build copies frontend/dist in). Each run gets a fresh embedded database.
// E2E_PORT / E2E_DB_PORT let two checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 18080);
// the embedded database gets its own port too, so a `make run` on this machine (3307) is never reused
const DB_PORT = Number(process.env.E2E_DB_PORT ?? 18306);
const jar = process.env.ANSINH_JAR ?? '../backend/target/quarkus-app/quarkus-run.jar';
const resultsDir = resolve(import.meta.dirname, 'test-results');
mkdirSync(resultsDir, { recursive: true });
// The config is read again in each worker: make the data dir once (dropping those of earlier runs)
// and pass it on through the environment.
if (!process.env.ANSINH_E2E_DATA_DIR) {
  for (const old of readdirSync(resultsDir).filter((name) => name.startsWith('ansinh-data-'))) {
    rmSync(join(resultsDir, old), { recursive: true, force: true });
  }
  process.env.ANSINH_E2E_DATA_DIR = mkdtempSync(join(resultsDir, 'ansinh-data-'));
}
const dataDir = process.env.ANSINH_E2E_DATA_DIR;

// Browsers are never downloaded here: Debian's Chromium (apt-get install chromium).
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './e2e',
  outputDir: join(resultsDir, 'artifacts'),
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['html', { outputFolder: 'playwright-report', open: 'never' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // no animations: screenshots show screens at rest
    reducedMotion: 'reduce',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `java -jar ${jar}`,
    env: {
      QUARKUS_HTTP_PORT: String(PORT),
      ANSINH_DATA_DIR: dataDir,
      ANSINH_DB_PORT: String(DB_PORT),
    },
    url: `http://localhost:${PORT}/q/health/ready`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
