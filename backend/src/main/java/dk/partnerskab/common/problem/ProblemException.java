package dk.partnerskab.common.problem;

import java.util.List;

/** Thrown by services for any expected failure; the mapper turns it into problem+json. */
public class ProblemException extends RuntimeException {

    private final ProblemKey key;
    private final List<Violation> violations;

    public ProblemException(ProblemKey key, String detail) {
        this(key, detail, List.of());
    }

    public ProblemException(ProblemKey key, String detail, List<Violation> violations) {
        super(detail, null, false, false);
        this.key = key;
        this.violations = List.copyOf(violations);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemKey.NOT_FOUND, detail);
    }

    public static ProblemException invalid(List<Violation> violations) {
        return new ProblemException(
                ProblemKey.VALIDATION_FAILED,
                violations.size() == 1
                        ? "Invalid value for '" + violations.get(0).field() + "'."
                        : "Some values are invalid.",
                violations);
    }

    public ProblemKey key() {
        return key;
    }

    public List<Violation> violations() {
        return violations;
    }
}
