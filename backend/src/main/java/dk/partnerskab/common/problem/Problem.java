package dk.partnerskab.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details; {@code type} ends in the stable machine key the SPA maps to words. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json).")
public record Problem(
        @Schema(
                required = true,
                description = "Stable URI; its last segment is the machine key, one of ProblemKey.",
                examples = "https://partnerskabsportalen.dk/problems/not-found")
        String type,

        @Schema(required = true, examples = "Not found") String title,
        @Schema(required = true, examples = "404") int status,

        @Schema(required = true, examples = "No partnership with this id is visible to you.")
        String detail,

        @Schema(
                description = "The request path.",
                examples = "/api/v1/partnerships/6f1c0e4e-2f59-4a3a-9d1e-0b7f3c1d2a10")
        String instance,

        @Schema(description = "Correlation id of a server error, to quote when reporting it.")
        String correlationId,

        @Schema(description = "Rejected input values (validation-failed, personal-data-rejected).")
        List<Violation> violations) {

    public static final String TYPE_BASE = "https://partnerskabsportalen.dk/problems/";
    public static final String MEDIA_TYPE = "application/problem+json";
}
