const LOCALES: Record<string, string> = { da: 'da-DK', en: 'en-GB' };

/**
 * A number the way the language writes it: "1.234,5" in Danish, "1,234.5" in English. At most
 * `maximumFractionDigits` decimals (two unless given), none added.
 */
export function formatNumber(value: number, language: string, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(LOCALES[language] ?? LOCALES.da, { maximumFractionDigits }).format(
    value,
  );
}
