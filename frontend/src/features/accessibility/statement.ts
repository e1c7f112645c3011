/*
 * The facts of the accessibility statement (tilgængelighedserklæring), in one place so they can be
 * kept true: who answers for the site, how to reach them, when the statement was made and last
 * reviewed, and what does not yet conform. Digitaliseringsstyrelsen asks for a review at least
 * once a year and whenever a change makes the statement untrue.
 */

/** Who answers for the site and how a user reports a problem; replace before going live. */
export const STATEMENT_CONTACT = {
  organisation: 'Partnerskabsportalen',
  site: 'partnerskabsportalen.dk',
  email: 'tilgaengelighed@partnerskabsportalen.dk',
  /** The law asks for a telephone contact as well as a written one; shown when set. */
  phone: '' as string,
};

/** ISO dates: when the statement was prepared, and when it was last reviewed. */
export const STATEMENT_PREPARED_ON = '2026-12-07';
export const STATEMENT_REVIEWED_ON = '2026-12-07';

/** The success criteria of WCAG 2.1 a known issue breaks, and what it is, in both languages. */
export interface KnownIssue {
  criteria: string[];
  da: string;
  en: string;
}

/** What does not yet conform to WCAG 2.1 AA (EN 301 549). Remove an issue when it is fixed. */
export const KNOWN_ISSUES: KnownIssue[] = [
  {
    criteria: ['1.3.1', '4.1.2', '4.1.3'],
    da: 'Portalen er endnu ikke gennemgået manuelt med skærmlæser; kun de automatiske axe-test og tastaturbetjeningen i browsertestene er gennemført.',
    en: 'The portal has not yet been reviewed by hand with a screen reader; only the automated axe tests and the keyboard use in the browser tests have been done.',
  },
  {
    criteria: ['1.1.1', '1.3.1', '2.4.2'],
    da: 'Dokumenter, som partnerskabernes medlemmer uploader (underskrevne aftaler, rapporter fra indsatser), bliver ikke kontrolleret for tilgængelighed, og de kan mangle tekstalternativer, overskrifter og titler.',
    en: 'Documents uploaded by the members of the partnerships (signed agreements, activity reports) are not checked for accessibility and may lack text alternatives, headings and titles.',
  },
  {
    criteria: ['1.3.1', '4.1.2'],
    da: 'Regneark med indikatorværdier, som kan hentes fra portalen, er ikke afprøvet med skærmlæser.',
    en: 'Spreadsheets of indicator values downloaded from the portal have not been tried with a screen reader.',
  },
  {
    criteria: ['1.4.10', '1.4.4'],
    da: 'Ikke alle sider er endnu gennemgået manuelt ved 400 % forstørrelse og en skærmbredde på 320 pixel; brede tabeller kan kræve vandret rulning.',
    en: 'Not every page has yet been reviewed by hand at 400 % zoom and a screen width of 320 pixels; wide tables may need horizontal scrolling.',
  },
];

/** Digitaliseringsstyrelsen's page for users who meet content that is not accessible. */
export const ENFORCEMENT_URL =
  'https://digst.dk/digital-inklusion/webtilgaengelighed/oplever-du-ikke-tilgaengeligt-indhold/';
