package dk.partnerskab.common.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One rejected input value: which field, where it came from, and what is wrong with it. */
@Schema(description = "A rejected input value.")
public record Violation(
        @Schema(required = true, description = "Name of the field, parameter or header.", examples = "size")
        String field,

        @Schema(
                required = true,
                description = "Where the value came from.",
                enumeration = {"body", "query", "path", "header"},
                examples = "query")
        String in,

        @Schema(
                required = true,
                description = "What is wrong and what is accepted.",
                examples = "must be between 1 and 100")
        String message) {}
