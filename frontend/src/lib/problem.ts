import type { components } from '../api/schema';
import type { Problem, Violation } from '../api/types';

/** Prefix of every problem `type` URI the API sends; the last path segment is the machine key. */
export const PROBLEM_TYPE_BASE = 'https://partnerskabsportalen.dk/problems/';

/** A machine key the API sends, as the contract lists them. */
export type ApiProblemKey = components['schemas']['ProblemKey'];

// Every key the contract lists and none other: the compiler fails here when it gains or loses one,
// so each has a message (the locales test reads this list).
const API_PROBLEM_KEYS = {
  'validation-failed': true,
  'personal-data-rejected': true,
  unauthenticated: true,
  forbidden: true,
  'not-found': true,
  'method-not-allowed': true,
  'not-acceptable': true,
  'invalid-state-transition': true,
  'last-steward': true,
  'confirmation-required': true,
  conflict: true,
  'import-in-progress': true,
  'version-mismatch': true,
  'payload-too-large': true,
  'storage-quota-exceeded': true,
  'unsupported-media-type': true,
  'precondition-required': true,
  'too-many-requests': true,
  internal: true,
  'service-unavailable': true,
} as const satisfies Record<ApiProblemKey, true>;

export const PROBLEM_KEYS = Object.keys(API_PROBLEM_KEYS) as ApiProblemKey[];

/** A key the API sends, or one of ours: `network` (no answer) and `unknown` (anything else). */
export type ProblemKey = ApiProblemKey | 'network' | 'unknown';

// Partial: an error body may come from something other than the API (a proxy, a gateway), so nothing is assumed.
export type ProblemDetails = Partial<Problem>;

function isKnownKey(key: string): key is ApiProblemKey {
  return Object.hasOwn(API_PROBLEM_KEYS, key);
}

/** The machine key of a problem `type` URI: its last path segment, when it is one we know. */
export function problemKeyFromType(type: string | undefined | null): ProblemKey | undefined {
  if (!type) return undefined;
  const segment = type.split(/[?#]/)[0].replace(/\/+$/, '').split('/').pop() ?? '';
  return isKnownKey(segment) ? segment : undefined;
}

function problemKeyFromStatus(status: number | undefined): ProblemKey {
  switch (status) {
    case 400:
      return 'validation-failed';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not-found';
    case 405:
      return 'method-not-allowed';
    case 406:
      return 'not-acceptable';
    case 409:
      return 'invalid-state-transition';
    case 412:
      return 'version-mismatch';
    case 413:
      return 'payload-too-large';
    case 415:
      return 'unsupported-media-type';
    case 428:
      return 'precondition-required';
    default:
      return status !== undefined && status >= 500 ? 'internal' : 'unknown';
  }
}

/** The i18n key of the message that tells the user what happened and what to do. */
export function problemMessageKey(key: ProblemKey): `problems.${ProblemKey}` {
  return `problems.${key}`;
}

/** An API call that failed, carrying the problem key to show and the problem itself. */
export class ProblemError extends Error {
  readonly key: ProblemKey;
  readonly status: number | undefined;
  readonly problem: ProblemDetails | undefined;

  constructor(key: ProblemKey, status?: number, problem?: ProblemDetails, cause?: unknown) {
    super(problem?.detail || problem?.title || key, { cause });
    this.name = 'ProblemError';
    this.key = key;
    this.status = status;
    this.problem = problem;
  }
}

function asProblemDetails(body: unknown): ProblemDetails | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const candidate = body as Record<string, unknown>;
  return {
    type: typeof candidate.type === 'string' ? candidate.type : undefined,
    title: typeof candidate.title === 'string' ? candidate.title : undefined,
    status: typeof candidate.status === 'number' ? candidate.status : undefined,
    detail: typeof candidate.detail === 'string' ? candidate.detail : undefined,
    instance: typeof candidate.instance === 'string' ? candidate.instance : undefined,
    correlationId:
      typeof candidate.correlationId === 'string' ? candidate.correlationId : undefined,
    violations: Array.isArray(candidate.violations)
      ? candidate.violations.filter(isViolation)
      : undefined,
  };
}

function isViolation(value: unknown): value is Violation {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.field === 'string' &&
    typeof candidate.in === 'string' &&
    typeof candidate.message === 'string'
  );
}

/** Turns an error response (its parsed body and HTTP status) into a {@link ProblemError}. */
export function problemFromResponse(body: unknown, status: number): ProblemError {
  const problem = asProblemDetails(body);
  const key = problemKeyFromType(problem?.type) ?? problemKeyFromStatus(problem?.status ?? status);
  return new ProblemError(key, status, problem);
}

/**
 * Whether the problem says that a path parameter named `parameter` is malformed, as the API answers
 * for an id that is not a UUID.
 */
export function isMalformedPathParameter(problem: ProblemError, parameter: string): boolean {
  return (
    problem.key === 'validation-failed' &&
    (problem.problem?.violations ?? []).some(
      (violation) => violation.in === 'path' && violation.field === parameter,
    )
  );
}

/** Any thrown value as a {@link ProblemError}; a failed fetch becomes `network`. */
export function toProblemError(error: unknown): ProblemError {
  if (error instanceof ProblemError) return error;
  if (error instanceof TypeError) return new ProblemError('network', undefined, undefined, error);
  return new ProblemError('unknown', undefined, undefined, error);
}

/** Whether retrying the same request could succeed (no answer, or the server failed). */
export function isTransient(error: unknown): boolean {
  const problem = toProblemError(error);
  return problem.key === 'network' || problem.key === 'internal';
}
