package dk.partnerskab.indicator;

/** How an indicator's values for shorter periods (and for areas) add up to a longer period. */
public enum Aggregation {
    /** Counts: burglaries per month add up to burglaries per quarter. */
    SUM,
    /** Rates and scores: the mean of the periods. */
    AVERAGE,
    /** Stocks: the number of active neighbourhood watchers at the end of the period. */
    LAST
}
