import { describe, expect, it } from 'vitest';
import { highlightTerms, searchWords } from './search-words';

describe('searchWords', () => {
  it('splits on anything but letters and digits and drops one-letter words', () => {
    expect(searchWords('Tryghed, i  Sydby-området 2027 a')).toEqual([
      'tryghed',
      'sydby',
      'området',
      '2027',
    ]);
  });

  it('keeps each word once', () => {
    expect(searchWords('Møde møde MØDE')).toEqual(['møde']);
  });

  it('finds no word in a query of single letters and signs', () => {
    expect(searchWords(' a – b ! ')).toEqual([]);
  });
});

describe('highlightTerms', () => {
  it('marks the word and its stem, so inflected forms are marked too', () => {
    expect(highlightTerms('vandringer')).toEqual(['vandringer', 'vandring']);
    expect(highlightTerms('mødet')).toEqual(['mødet', 'mød']);
  });

  it('leaves short words whole', () => {
    expect(highlightTerms('by')).toEqual(['by']);
    expect(highlightTerms('ene')).toEqual(['ene']);
  });
});
