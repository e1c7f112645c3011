import { describe, expect, it } from 'vitest';
import da from '../locales/da.json';
import en from '../locales/en.json';
import {
  isTransient,
  PROBLEM_KEYS,
  PROBLEM_TYPE_BASE,
  problemFromResponse,
  problemKeyFromType,
  problemMessageKey,
  ProblemError,
  toProblemError,
} from './problem';

describe('problemKeyFromType', () => {
  it('takes the last segment of the problem type URI', () => {
    expect(problemKeyFromType(`${PROBLEM_TYPE_BASE}version-mismatch`)).toBe('version-mismatch');
    expect(problemKeyFromType(`${PROBLEM_TYPE_BASE}not-found/`)).toBe('not-found');
  });

  it('ignores a type whose last segment is not a known key', () => {
    expect(problemKeyFromType('about:blank')).toBeUndefined();
    expect(problemKeyFromType(`${PROBLEM_TYPE_BASE}something-new`)).toBeUndefined();
    expect(problemKeyFromType(undefined)).toBeUndefined();
  });
});

describe('problemFromResponse', () => {
  it('uses the key from the problem type rather than the status', () => {
    const error = problemFromResponse(
      {
        type: `${PROBLEM_TYPE_BASE}personal-data-rejected`,
        title: 'Personal data rejected',
        status: 400,
        detail: 'CPR number in field note',
        violations: [{ field: 'note', in: 'body', message: 'looks like a CPR number' }],
      },
      400,
    );
    expect(error).toBeInstanceOf(ProblemError);
    expect(error.key).toBe('personal-data-rejected');
    expect(error.status).toBe(400);
    expect(error.problem?.violations).toHaveLength(1);
  });

  it('falls back to the HTTP status when the body is not a problem', () => {
    expect(problemFromResponse(undefined, 404).key).toBe('not-found');
    expect(problemFromResponse('Bad gateway', 502).key).toBe('internal');
    expect(problemFromResponse({ type: 'about:blank', status: 412 }, 412).key).toBe(
      'version-mismatch',
    );
    expect(problemFromResponse(null, 418).key).toBe('unknown');
  });
});

describe('toProblemError', () => {
  it('treats a failed fetch as a network problem', () => {
    expect(toProblemError(new TypeError('Failed to fetch')).key).toBe('network');
  });

  it('keeps a ProblemError as it is and wraps anything else as unknown', () => {
    const problem = new ProblemError('forbidden', 403);
    expect(toProblemError(problem)).toBe(problem);
    expect(toProblemError(new Error('boom')).key).toBe('unknown');
  });
});

describe('isTransient', () => {
  it('retries only network and server failures', () => {
    expect(isTransient(new TypeError('Failed to fetch'))).toBe(true);
    expect(isTransient(new ProblemError('internal', 500))).toBe(true);
    expect(isTransient(new ProblemError('not-found', 404))).toBe(false);
    expect(isTransient(new ProblemError('forbidden', 403))).toBe(false);
  });
});

describe('problem messages', () => {
  const keys = [...PROBLEM_KEYS, 'network', 'unknown'] as const;

  it.each(keys)('has a Danish and an English message for %s', (key) => {
    const path = problemMessageKey(key).split('.');
    const danish = (da as Record<string, Record<string, string>>)[path[0]][path[1]];
    const english = (en as Record<string, Record<string, string>>)[path[0]][path[1]];
    expect(danish).toBeTruthy();
    expect(english).toBeTruthy();
    expect(danish).not.toBe(english);
  });
});
