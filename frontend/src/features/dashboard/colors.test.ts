import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { CORRECTION_COLOR } from './colors';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

function themeColor(name: string): string {
  const [color, shade] = name.split('.');
  return DEFAULT_THEME.colors[color][Number(shade)];
}

describe('the correction badge', () => {
  it('keeps AA contrast for small text on white and on a striped row', () => {
    const text = themeColor(CORRECTION_COLOR);
    expect(contrast(text, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(text, DEFAULT_THEME.colors.gray[0])).toBeGreaterThanOrEqual(4.5);
  });

  it('would not with the orange it had before', () => {
    expect(contrast(themeColor('orange.9'), '#ffffff')).toBeLessThan(4.5);
  });
});
