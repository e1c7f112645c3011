package dk.partnerskab.common.paging;

import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A validated {@code ?page=&size=&sort=} triple. Query values arrive as strings so that "abc" or
 * "-1" answer a 400 naming the parameter instead of the framework's bare 404.
 *
 * @param sortField the field to sort on, one of the resource's allowed names
 * @param descending true for a leading "-" in {@code sort}
 */
public record PageRequest(int page, int size, String sortField, boolean descending) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    /**
     * @throws ProblemException {@code validation-failed} naming every bad parameter
     */
    public static PageRequest parse(
            String page, String size, String sort, Set<String> allowedSorts, String defaultSort) {
        List<Violation> violations = new ArrayList<>();
        int p = parseInt(page, 0, "page", 0, Integer.MAX_VALUE / MAX_SIZE, violations);
        int s = parseInt(size, DEFAULT_SIZE, "size", 1, MAX_SIZE, violations);
        String sortValue = sort == null || sort.isBlank() ? defaultSort : sort.trim();
        boolean descending = sortValue.startsWith("-");
        String field = descending ? sortValue.substring(1) : sortValue;
        if (!allowedSorts.contains(field)) {
            violations.add(new Violation(
                    "sort",
                    "query",
                    "must be one of "
                            + String.join(", ", allowedSorts.stream().sorted().toList())
                            + ", optionally prefixed with '-'"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return new PageRequest(p, s, field, descending);
    }

    public int offset() {
        return page * size;
    }

    public int totalPages(long totalItems) {
        return (int) ((totalItems + size - 1) / size);
    }

    /** A list's page envelope, {@code {items, page, size, totalItems, totalPages}}. */
    @FunctionalInterface
    public interface Envelope<T, P> {
        P of(List<T> items, int page, int size, long totalItems, int totalPages);
    }

    /** This page of a list with {@code totalItems} in all, in the list's envelope ({@code GoalPage::new}). */
    public <T, P> P envelope(List<T> items, long totalItems, Envelope<T, P> envelope) {
        return envelope.of(items, page, size, totalItems, totalPages(totalItems));
    }

    private static int parseInt(String raw, int fallback, String name, int min, int max, List<Violation> violations) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                violations.add(new Violation(name, "query", "must be between " + min + " and " + max));
            }
            return value;
        } catch (NumberFormatException e) {
            violations.add(new Violation(name, "query", "must be a whole number"));
            return fallback;
        }
    }
}
