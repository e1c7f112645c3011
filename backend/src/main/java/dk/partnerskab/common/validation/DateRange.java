package dk.partnerskab.common.validation;

/**
 * The years a date or period sent to the API may fall in. Far outside them a value is a typing
 * error or an attack, and years beyond what Java and PostgreSQL share would fail on the way to the
 * database instead of being refused at the door.
 */
public final class DateRange {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;

    /** The rule as a violation names it. */
    public static final String MESSAGE = "must be in the years " + FIRST_YEAR + " to " + LAST_YEAR;

    private DateRange() {}

    public static boolean holds(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }
}
