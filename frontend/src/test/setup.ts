import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// antd pages are large DOMs and role queries in jsdom are slow; give async queries room on a busy machine
configure({ asyncUtilTimeout: 5000 });

// Node's Request (used by openapi-fetch) needs absolute URLs and Node's own AbortSignal; in jsdom
// the page's relative URLs and jsdom's AbortSignal would make it throw. Resolve and drop them here.
const NodeRequest = globalThis.Request;
class PageRequest extends NodeRequest {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    const url = typeof input === 'string' ? new URL(input, window.location.href) : input;
    const { signal: _signal, ...rest } = init ?? {};
    super(url, rest);
  }
}
globalThis.Request = PageRequest as typeof Request;

// antd's responsive grid asks matchMedia; jsdom has none. Report a 1280px-wide screen.
if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => {
      const min = /min-width:\s*([\d.]+)px/.exec(query);
      const max = /max-width:\s*([\d.]+)px/.exec(query);
      const width = 1280;
      const matches = (!min || width >= Number(min[1])) && (!max || width <= Number(max[1]));
      return {
        matches,
        media: query,
        onchange: null,
        addListener: vi.fn(),
        removeListener: vi.fn(),
        addEventListener: vi.fn(),
        removeEventListener: vi.fn(),
        dispatchEvent: vi.fn(),
      };
    },
  });
}

// jsdom does not implement getComputedStyle for pseudo-elements, which antd asks for scrollbars
const { getComputedStyle } = window;
window.getComputedStyle = (element: Element, pseudo?: string | null) => getComputedStyle(element, pseudo ? undefined : pseudo);

// jsdom does not scroll; the router's scroll restoration asks it to on every navigation
window.scrollTo = () => {};

if (!('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

// jsdom has no canvas; charts (ECharts, SVG renderer) only measure text with it
HTMLCanvasElement.prototype.getContext = function getContext() {
  return { measureText: (text: string) => ({ width: text.length * 7 }), font: '' } as unknown as CanvasRenderingContext2D;
} as unknown as typeof HTMLCanvasElement.prototype.getContext;
