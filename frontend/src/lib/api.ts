/**
 * THE one API client, typed by the paths generated from openapi/openapi.yaml (src/lib/api-types.ts).
 * The session is an HttpOnly cookie the SPA never sees; every request says which language the
 * user reads, so problem messages come back localised.
 */
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './api-types';
import { parseProblem, toApiProblem } from './problem';

export type Schemas = components['schemas'];

let currentLanguage = 'vi';

/** Called by i18n whenever the user switches language. */
export function setApiLanguage(language: string): void {
  currentLanguage = language;
}

const acceptLanguage: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', currentLanguage);
    return request;
  },
};

export const api = createClient<paths>({
  baseUrl: '/',
  credentials: 'include',
  // looked up on each call, so tests can stub the network at the fetch boundary
  fetch: (request: Request) => globalThis.fetch(request),
});
api.use(acceptLanguage);

/** What an openapi-fetch call resolves to: data on success, the parsed body as `error` otherwise. */
interface FetchResult<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

/**
 * Awaits an openapi-fetch call and returns its data, or throws an ApiProblem for an error answer
 * or a failed network call. Query and mutation functions use it so TanStack Query sees ApiProblems.
 */
export async function unwrap<D>(call: Promise<FetchResult<D>>): Promise<Exclude<D, undefined>> {
  let result: FetchResult<D>;
  try {
    result = await call;
  } catch (thrown) {
    throw toApiProblem(thrown);
  }
  if (result.error !== undefined || !result.response.ok) {
    throw parseProblem(result.response.status, result.error, result.response.headers);
  }
  return result.data as Exclude<D, undefined>;
}
