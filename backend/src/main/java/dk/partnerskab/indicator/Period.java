package dk.partnerskab.indicator;

import dk.partnerskab.common.validation.DateRange;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar period of a frequency: {@code 2026-03} (month), {@code 2026-Q1} (quarter, also
 * written {@code 2026-K1} in Danish), {@code 2026} (year).
 */
public record Period(Frequency frequency, int year, int index) implements Comparable<Period> {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?[QqKk]([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    public Period {
        if (!DateRange.holds(year)) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (index < 1 || index > frequency.perYear()) {
            throw new IllegalArgumentException("no " + frequency + " " + index + " in a year");
        }
    }

    public static Period month(int year, int month) {
        return new Period(Frequency.MONTH, year, month);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(Frequency.QUARTER, year, quarter);
    }

    public static Period year(int year) {
        return new Period(Frequency.YEAR, year, 1);
    }

    /** The period written in {@code text}, if it is one of {@code frequency}. */
    public static Optional<Period> parse(String text, Frequency frequency) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        Matcher m = switch (frequency) {
            case MONTH -> MONTH.matcher(t);
            case QUARTER -> QUARTER.matcher(t);
            case YEAR -> YEAR.matcher(t);
        };
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int index = frequency == Frequency.YEAR ? 1 : Integer.parseInt(m.group(2));
        if (!DateRange.holds(year) || index < 1 || index > frequency.perYear()) {
            return Optional.empty();
        }
        return Optional.of(new Period(frequency, year, index));
    }

    /** The period written in {@code text}, of whichever frequency its form says (2026-03, 2026-Q1, 2026). */
    public static Optional<Period> parseAny(String text) {
        for (Frequency frequency : Frequency.values()) {
            Optional<Period> period = parse(text, frequency);
            if (period.isPresent()) {
                return period;
            }
        }
        return Optional.empty();
    }

    /** Months, quarters or years since year 0: consecutive periods differ by one. */
    public int ordinal() {
        return year * frequency.perYear() + index - 1;
    }

    public Period next() {
        return index == frequency.perYear()
                ? new Period(frequency, year + 1, 1)
                : new Period(frequency, year, index + 1);
    }

    /** The coarser period that holds this one, e.g. 2026-05 → 2026-Q2 → 2026. */
    public Period within(Frequency coarser) {
        if (!frequency.aggregatesTo(coarser)) {
            throw new IllegalArgumentException(frequency + " does not add up to " + coarser);
        }
        int size = frequency.perYear() / coarser.perYear();
        return new Period(coarser, year, (index - 1) / size + 1);
    }

    /** How many periods of this period's frequency make up {@code coarser}. */
    public int countIn(Frequency coarser) {
        return frequency.perYear() / coarser.perYear();
    }

    /** The first period of {@code frequency} in this one, e.g. 2026 → 2026-01. */
    public Period firstOf(Frequency finer) {
        int size = finer.perYear() / frequency.perYear();
        return new Period(finer, year, (index - 1) * size + 1);
    }

    /** The period's first day, which orders and indexes stored values. */
    public java.time.LocalDate start() {
        return java.time.LocalDate.of(year, (index - 1) * (12 / frequency.perYear()) + 1, 1);
    }

    /** The period's middle as a fractional year, to put periods of different frequencies on one time line. */
    public double midYear() {
        return year + (index - 0.5) / frequency.perYear();
    }

    @Override
    public int compareTo(Period o) {
        return Double.compare(midYear(), o.midYear());
    }

    @Override
    public String toString() {
        return switch (frequency) {
            case MONTH -> String.format("%04d-%02d", year, index);
            case QUARTER -> year + "-Q" + index;
            case YEAR -> Integer.toString(year);
        };
    }
}
