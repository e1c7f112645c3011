package dk.partnerskab.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IcsTest {

    @Test
    void longLinesAreFoldedWithoutSplittingLetters() {
        StringBuilder out = new StringBuilder();
        Ics.line(out, "SUMMARY:" + "æ".repeat(60));
        for (String line : out.toString().split("\r\n")) {
            assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, line);
        }
        assertEquals(
                "SUMMARY:" + "æ".repeat(60), out.toString().replace("\r\n ", "").strip());
        assertEquals("a\\, b\\; c\\nd\\\\", Ics.text("a, b; c\nd\\"));
    }
}
