/**
 * Stubs the network at the fetch boundary: the app's real client, hooks and components run,
 * and only `fetch` answers from these handlers. Every request is recorded for assertions.
 */
import { vi } from 'vitest';

type Handler = {
  method: string;
  path: string;
  respond: (request: Request, url: URL) => Response | Promise<Response>;
};

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

export function problem(body: Record<string, unknown>, headers: Record<string, string> = {}): Response {
  const status = typeof body.status === 'number' ? body.status : 400;
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

export const unauthenticated = () =>
  problem({
    type: 'urn:ansinh:problem:auth.unauthenticated',
    title: 'Chưa đăng nhập',
    status: 401,
    detail: 'Vui lòng đăng nhập.',
    code: 'auth.unauthenticated',
  });

export interface ApiStub {
  /** requests seen, in order */
  requests: Request[];
  on: (method: string, path: string, respond: Handler['respond']) => ApiStub;
  /** URLs of the requests to a path */
  urls: (path: string) => URL[];
}

export function stubApi(): ApiStub {
  const handlers: Handler[] = [];
  const requests: Request[] = [];
  const fetchStub = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request);
    const url = new URL(request.url);
    // the newest handler for a route wins, so a test can override a default
    const handler = [...handlers].reverse().find((h) => h.method === request.method && h.path === url.pathname);
    if (!handler) {
      return problem({ status: 404, code: 'not-found', title: 'Không tìm thấy', detail: `No stub for ${request.method} ${url.pathname}` });
    }
    return handler.respond(request, url);
  });
  vi.stubGlobal('fetch', fetchStub);
  const stub: ApiStub = {
    requests,
    on(method, path, respond) {
      handlers.push({ method, path, respond });
      return stub;
    },
    urls: (path) => requests.map((r) => new URL(r.url)).filter((u) => u.pathname === path),
  };
  return stub;
}
