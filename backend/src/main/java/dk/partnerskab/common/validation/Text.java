package dk.partnerskab.common.validation;

/** Optional free text as stored: trimmed, and absent rather than blank. */
public final class Text {

    private Text() {}

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * At most {@code max} characters, ending in "…" when cut. Characters are counted as PostgreSQL
     * counts them for a {@code varchar(max)}, in code points, and a cut never splits a surrogate
     * pair (half an emoji would reach the database as a question mark).
     */
    public static String cut(String text, int max) {
        if (text == null || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
