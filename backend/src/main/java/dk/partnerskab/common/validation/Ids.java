package dk.partnerskab.common.validation;

import dk.partnerskab.common.problem.ProblemException;
import dk.partnerskab.common.problem.Violation;
import java.util.List;
import java.util.UUID;

/** Path ids arrive as strings so that a malformed one answers 400 naming the parameter. */
public final class Ids {

    private Ids() {
    }

    /**
     * @throws ProblemException {@code validation-failed} when {@code raw} is not a UUID
     */
    public static UUID parse(String raw, String parameter) {
        return parse(raw, parameter, "path");
    }

    /** A UUID given as a query parameter; absent or blank means none. */
    public static UUID parseOptionalQuery(String raw, String parameter) {
        return raw == null || raw.isBlank() ? null : parse(raw.strip(), parameter, "query");
    }

    private static UUID parse(String raw, String parameter, String location) {
        try {
            if (raw != null && raw.length() == 36) {
                return UUID.fromString(raw);
            }
        } catch (IllegalArgumentException e) {
            // fall through to the problem below
        }
        throw ProblemException.invalid(List.of(new Violation(parameter, location, "must be a UUID such as 6f1c0e4e-2f59-4a3a-9d1e-0b7f3c1d2a10")));
    }
}
