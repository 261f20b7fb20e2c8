/**
 * Every error the API answers is an RFC 9457 problem (application/problem+json) with a stable
 * `code`. This module turns whatever came back (a problem, some other body, no answer at all)
 * into one typed ApiProblem that screens can branch on by `code` and `status`.
 */

export interface ApiFieldError {
  /** JSON path of the field, e.g. `username` or `members[0].birthDate` */
  field: string;
  /** stable code of the broken rule, e.g. `required` */
  code: string;
  /** message in the language the request asked for */
  message: string;
}

/** Codes the SPA itself gives to failures that never reached (or never came back from) the API. */
export const CLIENT_CODES = {
  network: 'client.network-error',
  unexpected: 'client.unexpected-response',
} as const;

export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string | undefined;
  readonly detail: string | undefined;
  readonly type: string | undefined;
  readonly instance: string | undefined;
  readonly errors: ApiFieldError[];
  /** for `auth.locked` (429): how long to wait, from the problem or the Retry-After header */
  readonly retryAfterSeconds: number | undefined;
  /** the body as received, with any extension members */
  readonly body: unknown;

  constructor(init: {
    status: number;
    code: string;
    title?: string;
    detail?: string;
    type?: string;
    instance?: string;
    errors?: ApiFieldError[];
    retryAfterSeconds?: number;
    body?: unknown;
  }) {
    super(init.detail ?? init.title ?? init.code);
    this.name = 'ApiProblem';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.type = init.type;
    this.instance = init.instance;
    this.errors = init.errors ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.body = init.body;
  }

  /** the localised text the API gave for this problem, if any */
  get apiMessage(): string | undefined {
    return this.detail ?? this.title;
  }

  /** field errors keyed by field (the first message of each field) */
  fieldMessages(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const e of this.errors) {
      if (!(e.field in byField)) byField[e.field] = e.message;
    }
    return byField;
  }
}

export function isApiProblem(value: unknown): value is ApiProblem {
  return value instanceof ApiProblem;
}

export function hasCode(value: unknown, code: string): boolean {
  return isApiProblem(value) && value.code === code;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);

function parseFieldErrors(value: unknown): ApiFieldError[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((e) => ({
    field: str(e.field) ?? '',
    code: str(e.code) ?? '',
    message: str(e.message) ?? str(e.code) ?? '',
  }));
}

function parseSeconds(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return Math.ceil(value);
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value.trim());
  return undefined;
}

/** The code for an answer that is not a problem: derived from the status, so screens still can branch. */
function codeForStatus(status: number): string {
  if (status === 401) return 'auth.unauthenticated';
  if (status === 403) return 'auth.forbidden';
  if (status === 404) return 'not-found';
  return CLIENT_CODES.unexpected;
}

/**
 * Makes an ApiProblem from a response's status, its parsed body (JSON object, text or nothing)
 * and its headers. A body that is not a problem still yields an ApiProblem with a code made from the status.
 */
export function parseProblem(status: number, body: unknown, headers?: Headers): ApiProblem {
  const retryHeader = parseSeconds(headers?.get('Retry-After') ?? undefined);
  if (isRecord(body) && (typeof body.code === 'string' || typeof body.title === 'string' || typeof body.type === 'string')) {
    return new ApiProblem({
      status: typeof body.status === 'number' ? body.status : status,
      code: str(body.code) ?? codeForStatus(status),
      title: str(body.title),
      detail: str(body.detail),
      type: str(body.type),
      instance: str(body.instance),
      errors: parseFieldErrors(body.errors),
      retryAfterSeconds: parseSeconds(body.retryAfterSeconds) ?? retryHeader,
      body,
    });
  }
  return new ApiProblem({ status, code: codeForStatus(status), retryAfterSeconds: retryHeader, body });
}

/** Makes an ApiProblem from anything thrown while calling the API (a fetch TypeError, an abort, a problem). */
export function toApiProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  if (error instanceof Response) return parseProblem(error.status, undefined, error.headers);
  return new ApiProblem({
    status: 0,
    code: CLIENT_CODES.network,
    detail: error instanceof Error ? error.message : undefined,
    body: error,
  });
}
