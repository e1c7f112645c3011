import { describe, expect, it } from 'vitest';
import da from '../locales/da.json';
import en from '../locales/en.json';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keysOf(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('locales', () => {
  it('have the same keys in Danish and English', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(da).sort());
  });

  it('have no empty texts', () => {
    for (const locale of [da, en]) {
      for (const key of keysOf(locale)) {
        const text = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], locale);
        expect(text, key).toEqual(expect.stringMatching(/\S/));
      }
    }
  });
});
