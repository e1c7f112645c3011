package dk.partnerskab.indicator;

/** Why an import row is rejected; the SPA words each in Danish. */
public enum ImportRejection {
    MISSING_INDICATOR,
    UNKNOWN_INDICATOR,
    NOT_REPORTER,
    MISSING_AREA,
    UNKNOWN_AREA,
    BAD_PERIOD,
    MISSING_VALUE,
    NOT_A_NUMBER,
    NEGATIVE,
    TOO_LARGE,
    TEXT_TOO_LONG,
    PERSONAL_DATA,
    DUPLICATE,
    /** Someone entered or corrected the value after the preview the import was based on. */
    CHANGED_SINCE_PREVIEW
}
