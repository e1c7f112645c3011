import { describe, expect, it } from 'vitest';
import { ProblemError } from './problem';
import { rejectedBodyFields } from './field-errors';

describe('rejectedBodyFields', () => {
  it('names the body fields of a validation problem', () => {
    const error = new ProblemError('validation-failed', 400, {
      violations: [
        { field: 'name', in: 'body', message: 'must not be blank' },
        { field: 'purposes[1]', in: 'body', message: 'size must be at most 2000' },
        { field: 'size', in: 'query', message: 'must be at most 100' },
      ],
    });
    expect([...rejectedBodyFields(error)]).toEqual([
      ['name', 'invalid'],
      ['purposes[1]', 'invalid'],
    ]);
  });

  it('marks CPR rejections as personal data', () => {
    const error = new ProblemError('personal-data-rejected', 400, {
      violations: [{ field: 'description', in: 'body', message: 'looks like a CPR number' }],
    });
    expect(rejectedBodyFields(error).get('description')).toBe('personal-data');
  });

  it('names no fields for other problems or no error', () => {
    expect(rejectedBodyFields(new ProblemError('version-mismatch', 412)).size).toBe(0);
    expect(rejectedBodyFields(null).size).toBe(0);
  });
});
