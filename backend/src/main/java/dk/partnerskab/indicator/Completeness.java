package dk.partnerskab.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How many of an indicator's areas have a value for one period. A total is complete when every
 * area the indicator is broken down by has reported; the areas expected are the indicator's areas
 * as defined now, so an area added later makes earlier periods incomplete too (their totals do not
 * cover what the plan now covers). An indicator with one area is complete whenever it has a value.
 */
@Schema(description = "How many of the indicator's areas have a value for the period (\"2 af 3 områder\").")
public record Completeness(
        @Schema(required = true, examples = "2") int areasReported,
        @Schema(required = true, examples = "3") int areasExpected,

        @Schema(required = true, description = "Every area has reported: the total is the partnership's.")
        boolean complete) {

    public Completeness {
        if (areasReported < 0 || areasExpected < 0) {
            throw new IllegalArgumentException("negative area count");
        }
        if (complete != (areasReported >= areasExpected)) {
            throw new IllegalArgumentException("complete must follow from the counts; use Completeness.of");
        }
    }

    public static Completeness of(int areasReported, int areasExpected) {
        return new Completeness(areasReported, areasExpected, areasReported >= areasExpected);
    }
}
