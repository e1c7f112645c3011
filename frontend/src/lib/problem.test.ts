import { describe, expect, it } from 'vitest';
import da from '../locales/da.json';
import en from '../locales/en.json';
import {
  isMalformedPathParameter,
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
    // A body too large may be refused by a proxy in front of the API, without a problem body.
    expect(problemFromResponse('<html>Request Entity Too Large</html>', 413).key).toBe(
      'payload-too-large',
    );
  });

  it('knows the last chair or secretariat member cannot be removed', () => {
    expect(
      problemFromResponse({ type: `${PROBLEM_TYPE_BASE}last-steward`, status: 409 }, 409).key,
    ).toBe('last-steward');
  });

  it('knows the keys for a wrong method, an unacceptable answer and an unreadable body', () => {
    for (const [key, status] of [
      ['method-not-allowed', 405],
      ['not-acceptable', 406],
      ['unsupported-media-type', 415],
    ] as const) {
      expect(problemFromResponse({ type: `${PROBLEM_TYPE_BASE}${key}`, status }, status).key).toBe(
        key,
      );
      expect(problemFromResponse(undefined, status).key).toBe(key);
    }
  });

  it('keeps only violations that name a field', () => {
    const error = problemFromResponse(
      {
        type: `${PROBLEM_TYPE_BASE}validation-failed`,
        status: 400,
        violations: [
          { field: 'size', in: 'query', message: 'must be between 1 and 100' },
          'oops',
          {},
        ],
      },
      400,
    );
    expect(error.problem?.violations).toEqual([
      { field: 'size', in: 'query', message: 'must be between 1 and 100' },
    ]);
  });
});

describe('isMalformedPathParameter', () => {
  const malformedId = problemFromResponse(
    {
      type: `${PROBLEM_TYPE_BASE}validation-failed`,
      status: 400,
      violations: [{ field: 'id', in: 'path', message: 'must be a UUID' }],
    },
    400,
  );

  it('recognises a validation problem about the path parameter', () => {
    expect(isMalformedPathParameter(malformedId, 'id')).toBe(true);
    expect(isMalformedPathParameter(malformedId, 'meetingId')).toBe(false);
  });

  it('ignores other problems and query parameters of the same name', () => {
    expect(isMalformedPathParameter(new ProblemError('not-found', 404), 'id')).toBe(false);
    const query = problemFromResponse(
      {
        type: `${PROBLEM_TYPE_BASE}validation-failed`,
        status: 400,
        violations: [{ field: 'id', in: 'query', message: 'must be a UUID' }],
      },
      400,
    );
    expect(isMalformedPathParameter(query, 'id')).toBe(false);
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
    const [group, name] = problemMessageKey(key).split('.');
    expect(group).toBe('problems');
    const danish = (da.problems as Record<string, string>)[name];
    const english = (en.problems as Record<string, string>)[name];
    expect(danish).toBeTruthy();
    expect(english).toBeTruthy();
    expect(danish).not.toBe(english);
  });
});
