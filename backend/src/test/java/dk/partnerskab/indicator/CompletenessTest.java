package dk.partnerskab.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompletenessTest {

    @Test
    void twoOfThreeAreasIsIncomplete() {
        Completeness twoOfThree = Completeness.of(2, 3);
        assertEquals(2, twoOfThree.areasReported());
        assertEquals(3, twoOfThree.areasExpected());
        assertFalse(twoOfThree.complete());
    }

    @Test
    void everyAreaReportedIsComplete() {
        assertTrue(Completeness.of(3, 3).complete());
    }

    @Test
    void anIndicatorWithOneAreaIsCompleteWheneverItHasAValue() {
        assertTrue(Completeness.of(1, 1).complete());
    }

    @Test
    void completeCannotContradictTheCounts() {
        assertThrows(IllegalArgumentException.class, () -> new Completeness(2, 3, true));
        assertThrows(IllegalArgumentException.class, () -> new Completeness(3, 3, false));
        assertThrows(IllegalArgumentException.class, () -> Completeness.of(-1, 3));
    }
}
