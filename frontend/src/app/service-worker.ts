/**
 * Registers the service worker that keeps the built app on the device (see vite.config.ts), so the
 * agent screen opens and reloads without a network. Development and tests run without it.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  void import('virtual:pwa-register').then(({ registerSW }) => registerSW({ immediate: true }));
}
