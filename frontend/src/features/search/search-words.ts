/** Anything but a letter or a digit separates words, as the API splits the query. */
const SEPARATOR = /[^\p{L}\p{N}]+/u;
/** Shorter words are left out of the search by the API. */
export const MIN_WORD_LENGTH = 2;
/** The API searches for no more words than this. */
const MAX_WORDS = 8;

/*
 * Common Danish inflectional endings, longest first. The API matches the words' Danish stems, so
 * "vandringer" finds "vandring"; marking the stem as well lets such a hit show what matched.
 */
const ENDINGS = [
  'heden',
  'heder',
  'erne',
  'ene',
  'ere',
  'ers',
  'ens',
  'ets',
  'hed',
  'er',
  'en',
  'et',
  'es',
  'e',
  's',
];
/** An ending is only cut off when this much of the word is left, so short words stay whole. */
const MIN_STEM_LENGTH = 3;

/** The words the API searches for in a query: lower case, each once, long enough to count. */
export function searchWords(query: string): string[] {
  const words = query
    .toLocaleLowerCase('da')
    .split(SEPARATOR)
    .filter((word) => word.length >= MIN_WORD_LENGTH);
  return [...new Set(words)].slice(0, MAX_WORDS);
}

/**
 * What to mark in a hit's excerpt: each word of the query and its stem. Marked wherever it occurs,
 * also inside a longer word, because the API finds words as parts of compounds ("tryghed" finds
 * "tryghedsvandring").
 */
export function highlightTerms(query: string): string[] {
  const terms = new Set<string>();
  for (const word of searchWords(query)) {
    terms.add(word);
    const ending = ENDINGS.find(
      (candidate) => word.endsWith(candidate) && word.length - candidate.length >= MIN_STEM_LENGTH,
    );
    if (ending) terms.add(word.slice(0, -ending.length));
  }
  return [...terms];
}
