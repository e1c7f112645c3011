import { describe, expect, it } from 'vitest';
import { isUuid } from './ids';

describe('isUuid', () => {
  it('accepts a UUID in either case', () => {
    expect(isUuid('7f1d5a7e-2b2c-4d0a-9a3e-5c1e2f3a4b01')).toBe(true);
    expect(isUuid('7F1D5A7E-2B2C-4D0A-9A3E-5C1E2F3A4B01')).toBe(true);
  });

  it('rejects anything else', () => {
    expect(isUuid('')).toBe(false);
    expect(isUuid('123')).toBe(false);
    expect(isUuid('7f1d5a7e2b2c4d0a9a3e5c1e2f3a4b01')).toBe(false);
    expect(isUuid('7f1d5a7e-2b2c-4d0a-9a3e-5c1e2f3a4b01x')).toBe(false);
    expect(isUuid('zf1d5a7e-2b2c-4d0a-9a3e-5c1e2f3a4b01')).toBe(false);
  });
});
