package dk.partnerskab.common.problem;

/** The machine keys of our problem types, each with its HTTP status and a stable title. */
public enum ProblemKey {
    VALIDATION_FAILED("validation-failed", 400, "The request is invalid"),
    PERSONAL_DATA_REJECTED("personal-data-rejected", 400, "Personal data about citizens is not allowed"),
    UNAUTHENTICATED("unauthenticated", 401, "Authentication required"),
    FORBIDDEN("forbidden", 403, "Not allowed"),
    NOT_FOUND("not-found", 404, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable"),
    INVALID_STATE_TRANSITION("invalid-state-transition", 409, "Invalid state transition"),
    LAST_STEWARD("last-steward", 409, "The partnership would have nobody to run it"),
    CONFIRMATION_REQUIRED("confirmation-required", 409, "The value needs confirmation"),
    CONFLICT("conflict", 409, "Changed by someone else at the same time"),
    IMPORT_IN_PROGRESS("import-in-progress", 409, "Another import is running"),
    VERSION_MISMATCH("version-mismatch", 412, "The resource was changed by someone else"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Request body too large"),
    STORAGE_QUOTA_EXCEEDED("storage-quota-exceeded", 413, "The partnership's storage quota is used up"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    PRECONDITION_REQUIRED("precondition-required", 428, "If-Match header required"),
    TOO_MANY_REQUESTS("too-many-requests", 429, "Too many requests"),
    INTERNAL("internal", 500, "Internal error"),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Temporarily unavailable");

    private final String key;
    private final int status;
    private final String title;

    ProblemKey(String key, int status, String title) {
        this.key = key;
        this.status = status;
        this.title = title;
    }

    public String key() {
        return key;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String type() {
        return Problem.TYPE_BASE + key;
    }
}
