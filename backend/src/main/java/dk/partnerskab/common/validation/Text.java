package dk.partnerskab.common.validation;

/** Optional free text as stored: trimmed, and absent rather than blank. */
public final class Text {

    private Text() {}

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** At most {@code max} characters, ending in "…" when cut. */
    public static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
