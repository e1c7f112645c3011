package dk.partnerskab.common.search;

import java.util.UUID;

/**
 * What a feature's search part needs to write its select: how many words are searched and in which
 * partnerships. The search binds {@code :tsquery}, {@code :like0} …, {@code :visible} and {@code
 * :partnership} and provides {@code q.query}, the Danish prefix query, through a CTE named {@code q}.
 *
 * <p>Every part selects the same columns, in this order: {@code kind, id, partnership_id, title,
 * body, rank, at, meeting_id, meeting_title, item_id} (the last three null outside meetings).
 *
 * @param wordCount how many words every hit must contain
 * @param all whether every partnership is searched (admins); otherwise only {@code :visible}
 * @param partnershipId only this partnership, or null
 */
public record SearchRequest(int wordCount, boolean all, UUID partnershipId) {

    /** The conditions keeping {@code column} to the partnerships searched, each led by {@code and}. */
    public String visible(String column) {
        return (all ? "" : " and " + column + " = any(:visible)")
                + (partnershipId != null ? " and " + column + " = :partnership" : "");
    }

    /**
     * A stemmed prefix match on the stored Danish vector, or every word as a substring of the text
     * (so "vandring" is found inside "tryghedsvandring"). Naming both indexed columns lets
     * PostgreSQL OR their GIN indexes together.
     */
    public String matches(String vector, String text) {
        StringBuilder sql = new StringBuilder("(").append(vector).append(" @@ q.query or (");
        for (int i = 0; i < wordCount; i++) {
            sql.append(i == 0 ? "" : " and ")
                    .append(text)
                    .append(" ilike :like")
                    .append(i);
        }
        return sql.append("))").toString();
    }

    /**
     * The select of a thing searched by one stored text and vector ({@code search_text},
     * {@code search_tsv}) on its own row, one hit per row however many of its fields match.
     *
     * @param kind the hit kind's name
     * @param from the row source with its alias, e.g. {@code "goal g"}
     * @param alias the alias
     * @param title the title column
     * @param at the column to order equal ranks by, newest first
     * @param where further conditions, each led by {@code and}, or empty
     */
    public String row(String kind, String from, String alias, String title, String at, String where) {
        String a = alias + ".";
        return "select '" + kind + "' as kind, " + a + "id, " + a + "partnership_id, " + title + " as title, "
                + a + "search_text as body, ts_rank(" + a + "search_tsv, q.query) as rank, " + at + " as at, "
                + "cast(null as uuid) as meeting_id, cast(null as text) as meeting_title, cast(null as uuid) as item_id "
                + "from " + from + " cross join q where true" + where + visible(a + "partnership_id") + " and "
                + matches(a + "search_tsv", a + "search_text");
    }
}
