package dk.partnerskab.common.http;

import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.ProblemKey;
import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency over HTTP: every GET sends the version as a strong ETag, every edit must
 * send it back in If-Match, so that nobody silently overwrites someone else's change.
 */
public final class Preconditions {

    private Preconditions() {}

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * @return the version the client based its edit on
     * @throws ProblemException {@code precondition-required} without If-Match,
     *         {@code validation-failed} when it is not one of our ETags
     */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(
                    ProblemKey.PRECONDITION_REQUIRED,
                    "Send the ETag you last read in an If-Match header, so that changes made by others are not overwritten.");
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(java.util.List.of(new dk.partnerskab.common.problem.Violation(
                    "If-Match", "header", "must be an ETag from this API, such as \"3\"")));
        }
    }

    /**
     * @throws ProblemException {@code version-mismatch} when someone else changed it since
     */
    public static void requireVersion(long expected, long current) {
        if (expected != current) {
            throw new ProblemException(
                    ProblemKey.VERSION_MISMATCH,
                    "Someone else changed this in the meantime (you edited version " + expected + ", it is now at "
                            + current + "). Reload it and make your change again.");
        }
    }
}
