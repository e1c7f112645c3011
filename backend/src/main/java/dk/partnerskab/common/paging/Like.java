package dk.partnerskab.common.paging;

/** Case-insensitive "contains" patterns for LIKE … ESCAPE '\', with the user's wildcards taken literally. */
public final class Like {

    public static final String ESCAPE = " escape '\\'";

    private Like() {}

    public static String containing(String text) {
        return "%"
                + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
