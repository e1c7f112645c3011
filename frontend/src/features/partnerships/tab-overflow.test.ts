import { describe, expect, it } from 'vitest';
import { tabsThatFit } from './tab-overflow';

describe('tabsThatFit', () => {
  const widths = [80, 60, 100, 90];

  it('shows every tab when they fit on the line, gaps included', () => {
    // 80 + 60 + 100 + 90 and three gaps of 10.
    expect(tabsThatFit(widths, 360, 50, 10)).toBe(4);
    expect(tabsThatFit(widths, 1000, 50, 10)).toBe(4);
  });

  it('keeps room for the "Mere" button when they do not', () => {
    // "Mere" (50), then 80, 60 and 100 each after a gap of 10: 140, 210, 320.
    expect(tabsThatFit(widths, 359, 50, 10)).toBe(3);
    expect(tabsThatFit(widths, 320, 50, 10)).toBe(3);
    expect(tabsThatFit(widths, 319, 50, 10)).toBe(2);
    expect(tabsThatFit(widths, 209, 50, 10)).toBe(1);
  });

  it('puts every tab in the menu on a line narrower than the first tab and the button', () => {
    expect(tabsThatFit(widths, 130, 50, 10)).toBe(0);
  });

  it('shows every tab before the line has a width', () => {
    expect(tabsThatFit(widths, 0, 50, 10)).toBe(4);
  });
});
