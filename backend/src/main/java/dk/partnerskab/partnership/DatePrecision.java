package dk.partnerskab.partnership;

/** How exactly a milestone's date is known ("Februar 2017" is MONTH). */
public enum DatePrecision {
    DAY,
    MONTH
}
