package dk.partnerskab.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.partnerskab.common.paging.PageRequest;
import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.ProblemKey;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    private static final Set<String> SORTS = Set.of("name", "createdAt");

    @Test
    void defaultsToFirstPageOfTwentyByDefaultSort() {
        PageRequest page = PageRequest.parse(null, null, null, SORTS, "name");
        assertEquals(new PageRequest(0, 20, "name", false), page);
        assertEquals(0, page.offset());
    }

    @Test
    void leadingMinusSortsDescending() {
        PageRequest page = PageRequest.parse("2", "10", "-createdAt", SORTS, "name");
        assertTrue(page.descending());
        assertEquals("createdAt", page.sortField());
        assertEquals(20, page.offset());
    }

    @Test
    void countsPagesRoundingUp() {
        PageRequest page = PageRequest.parse("0", "10", "name", SORTS, "name");
        assertEquals(0, page.totalPages(0));
        assertEquals(1, page.totalPages(10));
        assertEquals(3, page.totalPages(21));
    }

    @Test
    void reportsEveryBadParameterAtOnce() {
        ProblemException e =
                assertThrows(ProblemException.class, () -> PageRequest.parse("x", "1000", "nope", SORTS, "name"));
        assertEquals(ProblemKey.VALIDATION_FAILED, e.key());
        assertEquals(3, e.violations().size());
        assertEquals("page", e.violations().get(0).field());
        assertEquals("size", e.violations().get(1).field());
        assertEquals("sort", e.violations().get(2).field());
    }

    @Test
    void acceptsBoundaries() {
        assertFalse(PageRequest.parse("0", "1", "name", SORTS, "name").descending());
        assertEquals(100, PageRequest.parse("0", "100", null, SORTS, "name").size());
    }
}
