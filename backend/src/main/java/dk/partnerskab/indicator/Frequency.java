package dk.partnerskab.indicator;

/** How often an indicator is measured; also the levels a series is aggregated to. */
public enum Frequency {
    MONTH(12),
    QUARTER(4),
    YEAR(1);

    private final int perYear;

    Frequency(int perYear) {
        this.perYear = perYear;
    }

    public int perYear() {
        return perYear;
    }

    /** Whether values of this frequency can be added up to {@code coarser} (month → quarter → year). */
    public boolean aggregatesTo(Frequency coarser) {
        return coarser.perYear <= perYear && perYear % coarser.perYear == 0;
    }
}
