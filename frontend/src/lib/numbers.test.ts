import { describe, expect, it } from 'vitest';
import { formatNumber } from './numbers';

describe('formatNumber', () => {
  it('writes numbers the Danish way', () => {
    expect(formatNumber(1234.5, 'da')).toBe('1.234,5');
    expect(formatNumber(-3.25, 'da')).toBe('-3,25');
    expect(formatNumber(12, 'da')).toBe('12');
  });

  it('writes numbers the English way', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });

  it('rounds to two decimals unless asked for more', () => {
    expect(formatNumber(2 / 3, 'da')).toBe('0,67');
    expect(formatNumber(0.123456, 'da', 10)).toBe('0,123456');
  });
});
