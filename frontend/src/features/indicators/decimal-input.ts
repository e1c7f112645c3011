import { useTranslation } from 'react-i18next';

/**
 * What a number input needs to read and show decimals the language's way: a comma in Danish, a
 * point in English. A point typed in Danish still becomes the comma, so "12.5" and "12,5" both
 * mean twelve and a half; no thousands separator, which would make the point ambiguous.
 */
export function useDecimalInput() {
  const { i18n } = useTranslation();
  return {
    decimalSeparator: i18n.language === 'en' ? '.' : ',',
    thousandSeparator: false as const,
  };
}
