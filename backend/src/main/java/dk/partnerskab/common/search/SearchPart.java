package dk.partnerskab.common.search;

import java.util.Map;

/**
 * One feature's share of the search: a select of the columns {@link SearchRequest} lists, and the
 * values of any parameters of its own.
 */
public record SearchPart(String sql, Map<String, Object> parameters) {

    public SearchPart(String sql) {
        this(sql, Map.of());
    }
}
